// fast-check generators for filter laws: random events over the fixture's places, and random filters.
import fc from 'fast-check';
import { EVENT_TYPES, type AtlasEvent, type Dataset } from '@/data/schema';
import type { Filters } from '@/domain/filters';
import { makeDataset, makeEvent } from './fixtures';

const PLACES = ['muse', 'ruili', 'laukkai', 'vientiane'];
/** Where people are moved from and to: the places, and one the dataset does not list. */
const ENDS = [...PLACES, 'atlantis'];
const ORIGINS = ['MM', 'LA', 'TH'];
const ACTORS = ['Ming family', 'Ming Guoping', 'Wei Huairen'];
const DAYS = ['2023-05-02', '2023-09-01', '2023-11-18', '2024-02-01', '2024-12-31', '2025-03-03'];

const eventArb = fc
  .record({
    n: fc.nat(),
    type: fc.constantFrom(...EVENT_TYPES),
    origin: fc.constantFrom(...ORIGINS),
    date: fc.constantFrom(...DAYS),
    place: fc.constantFrom(...PLACES),
    from: fc.option(fc.constantFrom(...ENDS), { nil: undefined }),
    to: fc.option(fc.constantFrom(...ENDS), { nil: undefined }),
    actors: fc.subarray(ACTORS),
    transferred: fc.option(fc.nat(5000), { nil: undefined }),
    detained: fc.option(fc.nat(5000), { nil: undefined }),
  })
  .map(({ n, transferred, detained, ...rest }) =>
    makeEvent({
      id: `e-${n}`,
      ...rest,
      counts: {
        ...(transferred === undefined ? {} : { transferred }),
        ...(detained === undefined ? {} : { detained }),
      },
    }),
  );

/** A dataset of random events over the fixture's places (ids made unique). */
export const datasetArb = fc.array(eventArb, { maxLength: 30 }).map((events): Dataset => ({
  ...makeDataset(),
  events: events.map((e, i): AtlasEvent => ({ ...e, id: `${e.id}-${i}` })),
}));

export const filtersArb: fc.Arbitrary<Filters> = fc.record({
  from: fc.option(fc.constantFrom(...DAYS), { nil: null }),
  to: fc.option(fc.constantFrom(...DAYS), { nil: null }),
  types: fc.subarray([...EVENT_TYPES]),
  origins: fc.subarray(ORIGINS),
  places: fc.subarray(PLACES),
  actors: fc.subarray(ACTORS),
  q: fc.constantFrom('', 'muse', 'suspects', 'ming', 'laos 268'),
});

// The fused pass agrees with the plain domain functions on every dataset and filter, and counts as they do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Place, Tally } from '@/data/schema';
import { datasetArb, filtersArb } from '@/testing/filter-arbitraries';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { chipCounts, chipCountsByMatching } from './chip-counts';
import { buildColumnarIndex } from './columnar-index';
import { cumulativeTransfers } from './cumulative';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { filterEvents, includesEvent, matches } from './filter-events';
import { DEFAULT_FILTERS, type Filters } from './filters';
import {
  eventsOf,
  fusedPass,
  passChipCounts,
  passCumulative,
  passingEvents,
  passFor,
  passOf,
  passPlaceGroups,
} from './fused-derive';
import { keyFigures } from './key-figures';
import { placeGroups, touchedPlaces, typesPresent } from './place-groups';
import { compareTallies, compareTally } from './comparison';

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

/** The definition: every event tested against `matches`, with no columns involved. */
const matching = (index: DatasetIndex, f: Filters): AtlasEvent[] =>
  index.events.filter((e) => matches(index, e, f));

describe('fusedPass', () => {
  it('matches the definitions: matches, chip counts by matching, the cumulative series and place groups', () => {
    fc.assert(
      fc.property(
        datasetArb,
        filtersArb,
        fc.option(fc.integer({ min: 1, max: 6 })),
        (ds, f, max) => {
          const index = buildIndex(ds);
          const pass = fusedPass(buildColumnarIndex(index), f);
          // Plain arrays, so the plain (not pass-backed) series and groups code runs on them.
          const expected = matching(index, f);
          expect(passingEvents(pass)).toEqual(expected);
          expect(pass.transferred).toBe(
            expected.reduce((s, e) => s + (e.counts.transferred ?? 0), 0),
          );
          expect(passChipCounts(pass)).toEqual(chipCountsByMatching(index, f));
          const points = max ?? undefined;
          const series = passCumulative(pass, points);
          // Event ids live on a getter (listed when read); compare them as plain fields.
          const plain = series.points.map((p) => ({ ...p, eventIds: p.eventIds }));
          expect({ ...series, points: plain }).toEqual(cumulativeTransfers(expected, points));
          // The place lists are also lazy: spread copies the (enumerable) accessor's value.
          expect(passPlaceGroups(pass, index.placeById).map((g) => ({ ...g }))).toEqual(
            placeGroups(expected, index.placeById),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps chip and key orders of the plain functions', () => {
    const index = buildIndex(makeDataset());
    const pass = fusedPass(buildColumnarIndex(index), filters({ types: ['transfer'] }));
    const plain = chipCountsByMatching(index, filters({ types: ['transfer'] }));
    const fused = passChipCounts(pass);
    expect([...fused.places.keys()]).toEqual([...plain.places.keys()]);
    expect([...fused.origins.keys()]).toEqual([...plain.origins.keys()]);
    expect([...fused.actors.keys()]).toEqual([...plain.actors.keys()]);
  });

  it('treats a range with a month bound as the string comparison does', () => {
    const ds = {
      ...makeDataset(),
      events: [
        makeEvent({ id: 'a', date: '2024-04-15' }),
        makeEvent({ id: 'b', date: '2024-03-31', dateEnd: '2024-04-02', datePrecision: 'range' }),
        makeEvent({ id: 'c', date: '2024-05-01' }),
      ],
    };
    const index = buildIndex(ds);
    const columns = buildColumnarIndex(index);
    for (const f of [
      filters({ from: '2024-04', to: '2024-04' }),
      filters({ from: '2024-04-02' }),
      filters({ to: '2024-03-31' }),
      filters({ from: '2025-01-01' }),
    ])
      expect(passingEvents(fusedPass(columns, f)).map((e) => e.id)).toEqual(
        matching(index, f).map((e) => e.id),
      );
  });

  it('narrows a remembered search as the user types on, with the same answers as a full scan', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const index = buildIndex(ds);
        const columns = buildColumnarIndex(index);
        for (const q of ['m', 'mu', 'muse', 'muse 5', 'muse 571', 'ming', 'suspects muse', 's'])
          expect(passingEvents(fusedPass(columns, filters({ q })))).toEqual(
            matching(index, filters({ q })),
          );
      }),
      { numRuns: 100 },
    );
  });

  it('selects nothing for chosen values the dataset lacks, and reuses the text scan', () => {
    const index = buildIndex(makeDataset());
    const columns = buildColumnarIndex(index);
    expect(fusedPass(columns, filters({ places: ['nowhere'] })).count).toBe(0);
    const first = fusedPass(columns, filters({ q: 'Muse' }));
    expect(columns.textMatches.size).toBe(1);
    const second = fusedPass(columns, filters({ q: ' muse ', types: ['transfer'] }));
    expect(columns.textMatches.size).toBe(1);
    expect(second.count).toBeLessThanOrEqual(first.count);
    expect(first.count).toBe(matching(index, filters({ q: 'Muse' })).length);
  });
});

describe('column widths', () => {
  it('keeps counts past 32 bits exact', () => {
    const big = 2 ** 40;
    const ds = {
      ...makeDataset(),
      events: [
        makeEvent({ id: 'a', counts: { transferred: big } }),
        makeEvent({ id: 'b', counts: { transferred: 3 } }),
      ],
    };
    const index = buildIndex(ds);
    const pass = fusedPass(buildColumnarIndex(index), DEFAULT_FILTERS);
    expect(pass.transferred).toBe(big + 3);
    expect(passCumulative(pass).points.at(-1)?.total).toBe(big + 3);
  });
});

describe('the app entry points', () => {
  it('share one pass per filters object and hand the same array to every view', () => {
    const index = buildIndex(makeDataset());
    const f = filters({ types: ['transfer'] });
    const events = filterEvents(index, f);
    expect(filterEvents(index, f)).toBe(events);
    expect(passOf(events)).toBe(passFor(index, f));
    expect(eventsOf(passFor(index, f))).toBe(events);
    // An equal but new filters object is a new change: a new pass, the same answer.
    expect(filterEvents(index, { ...f })).not.toBe(events);
    expect(filterEvents(index, { ...f })).toEqual(events);
    expect(chipCounts(index, f)).toEqual(chipCountsByMatching(index, f));
  });

  it('give pass-backed series equal to the plain ones, and plain arrays the plain path', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (ds, f) => {
        const index = buildIndex(ds);
        const events = filterEvents(index, f);
        const fast = cumulativeTransfers(events, 3);
        expect(fast.points.map((p) => ({ ...p, eventIds: p.eventIds }))).toEqual(
          cumulativeTransfers([...events], 3).points,
        );
        expect(placeGroups(events, index.placeById).map((g) => ({ ...g }))).toEqual(
          placeGroups([...events], index.placeById),
        );
        expect(passOf([...events])).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('give pass-backed tally gaps, key figures, types, touched places and membership equal to the plain ones', () => {
    const day = fc.constantFrom(
      '2023-01-01',
      '2023-09-01',
      '2024-06-15',
      '2024-12-31',
      '2026-01-01',
    );
    const tallyArb = fc.record({
      scope: fc.constantFrom('Myanmar', 'Laos', 'Thailand', 'Cambodia', 'Myawaddy route'),
      announced: day,
      since: fc.option(day, { nil: null }),
      value: fc.nat(10_000),
      origins: fc.subarray(['MM', 'LA', 'TH', 'KH']),
    });
    fc.assert(
      fc.property(datasetArb, filtersArb, fc.array(tallyArb, { maxLength: 4 }), (ds, f, raw) => {
        const tallies: Tally[] = raw.map((t, i) => ({
          ...t,
          id: `t-${i}`,
          qualifier: 'exact',
          measure: 'transferred',
          sources: [{ source: 'src', quote: 'q' }],
        }));
        const index = buildIndex({ ...ds, tallies });
        const events = filterEvents(index, f);
        const plain = [...events];
        expect(passOf(events)).toBeDefined();
        expect(compareTallies(tallies, events, f)).toEqual(compareTallies(tallies, plain, f));
        const unfiltered = DEFAULT_FILTERS;
        for (const tally of tallies)
          expect(compareTally(tally, events, unfiltered)).toEqual(
            compareTally(tally, plain, unfiltered),
          );
        expect(keyFigures(index, events, f)).toEqual(keyFigures(index, plain, f));
        expect(typesPresent(events)).toEqual(typesPresent(plain));
        const fast = includesEvent(events);
        const slow = includesEvent(plain);
        for (const id of [...index.events.map((e) => e.id), 'no-such-event']) {
          const expected = plain.some((e) => e.id === id);
          expect(fast(id)).toBe(expected);
          expect(slow(id)).toBe(expected);
        }
        const ids = (places: Place[]) => places.map((p) => p.id).sort();
        expect(ids(touchedPlaces(events, index.placeById))).toEqual(
          ids(touchedPlaces(plain, index.placeById)),
        );
      }),
      { numRuns: 200 },
    );
  });
});

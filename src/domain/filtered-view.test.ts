// The filtered view agrees with the plain definitions on every dataset and filter, and keeps what it derived.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Place, Tally } from '@/data/schema';
import { datasetArb, filtersArb } from '@/testing/filter-arbitraries';
import { makeDataset } from '@/testing/fixtures';
import {
  chipCountsByMatching,
  cumulativeTransfers,
  filterByMatching,
  itemizedOver,
  movementGroups,
  placeGroups,
  touchedPlaces,
  transferredOver,
  typesPresent,
} from '@/testing/oracles';
import { compareTallies, headlineComparison } from './comparison';
import { buildIndex } from './dataset-index';
import type { EventGroup } from './derived-shapes';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { FilteredView, viewOf } from './filtered-view';
import { columnsOf } from './fused-derive';

const day = fc.constantFrom('2023-01-01', '2023-09-01', '2024-06-15', '2024-12-31', '2026-01-01');
const talliesArb = fc
  .array(
    fc.record({
      scope: fc.constantFrom('Myanmar', 'Laos', 'Thailand', 'Cambodia', 'Myawaddy route'),
      announced: day,
      since: fc.option(day, { nil: null }),
      value: fc.nat(10_000),
      origins: fc.subarray(['MM', 'LA', 'TH', 'KH']),
    }),
    { maxLength: 4 },
  )
  .map((raw) =>
    raw.map((t, i): Tally => ({
      ...t,
      id: `t-${i}`,
      qualifier: 'exact',
      measure: 'transferred',
      sources: [{ source: 'src', quote: 'q' }],
    })),
  );

const ids = (places: readonly Place[]) => places.map((p) => p.id).sort();

describe('FilteredView', () => {
  it('derives what the plain definitions do: events, chips, series, groups, places, membership', () => {
    fc.assert(
      fc.property(
        datasetArb,
        filtersArb,
        fc.option(fc.integer({ min: 1, max: 6 })),
        (ds, f, max) => {
          const index = buildIndex(ds);
          const view = new FilteredView(index, f);
          const expected = filterByMatching(index, f);
          expect(view.events).toEqual(expected);
          expect(view.ids).toEqual(expected.map((e) => e.id));
          expect(view.count).toBe(expected.length);
          expect(view.transferred).toBe(transferredOver(expected));
          expect(view.chipCounts).toEqual(chipCountsByMatching(index, f));
          const points = max ?? undefined;
          const series = view.cumulative(points);
          // Event ids live on a getter (listed when read); compare them as plain fields.
          const plain = series.points.map((p) => ({ ...p, eventIds: p.eventIds }));
          expect({ ...series, points: plain }).toEqual(cumulativeTransfers(expected, points));
          // The groups' event lists live on a getter too.
          const withEvents = (g: EventGroup) => ({ ...g, events: g.events });
          expect(view.placeGroups.map(withEvents)).toEqual(placeGroups(expected, index.placeById));
          expect(view.movementGroups.map(withEvents)).toEqual(
            movementGroups(expected, index.placeById),
          );
          expect(view.typesPresent).toEqual(typesPresent(expected));
          expect(ids(view.touchedPlaces)).toEqual(ids(touchedPlaces(expected, index.placeById)));
          for (const id of [...index.events.map((e) => e.id), 'no-such-event'])
            expect(view.includes(id)).toBe(expected.some((e) => e.id === id));
          // Row flags, in the columns' order, name exactly the passing events.
          const { events } = columnsOf(index);
          expect(events.filter((_, row) => view.passedRows[row] === 1)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares tallies over the events before the date range cuts them, as the plain sums do', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, talliesArb, (ds, f, tallies) => {
        const index = buildIndex({ ...ds, tallies });
        const view = new FilteredView(index, f);
        const undated = itemizedOver(filterByMatching(index, { ...f, from: null, to: null }));
        expect(view.compare(tallies)).toEqual(compareTallies(tallies, undated, f));
        const headline = headlineComparison(tallies, undated, f);
        expect(view.headline).toEqual(headline);
        expect(view.keyFigures).toEqual({
          events: filterByMatching(index, f).length,
          transferred: transferredOver(filterByMatching(index, f)),
          latest: headline,
        });
        for (const tally of tallies) {
          const origins = tally.origins ?? [];
          expect(view.undated.transferredBetween(origins, tally.since, tally.announced)).toBe(
            undated.transferredBetween(origins, tally.since, tally.announced),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps each derivation: a second read gives the same object, so views can memoise on it', () => {
    const view = new FilteredView(buildIndex(makeDataset()), {
      ...DEFAULT_FILTERS,
      from: '2023-11-01',
    });
    expect(view.events).toBe(view.events);
    expect(view.chipCounts).toBe(view.chipCounts);
    expect(view.cumulative(40)).toBe(view.cumulative(40));
    expect(view.cumulative(40)).not.toBe(view.cumulative());
    expect(view.placeGroups).toBe(view.placeGroups);
    expect(view.movementGroups).toBe(view.movementGroups);
    expect(view.touchedPlaces).toBe(view.touchedPlaces);
    expect(view.headline).toBe(view.headline);
    expect(view.keyFigures).toBe(view.keyFigures);
    expect(view.undated).toBe(view.undated);
    expect(view.undated.filters).toEqual({ ...view.filters, from: null, to: null });
    expect(view.undated.undated).toBe(view.undated);
  });

  it('is its own undated view when no date range is set', () => {
    const filters: Filters = { ...DEFAULT_FILTERS, types: ['transfer'] };
    const view = new FilteredView(buildIndex(makeDataset()), filters);
    expect(view.undated).toBe(view);
  });
});

describe('viewOf', () => {
  it('keeps one unfiltered view per dataset, and makes a new view of any other filters', () => {
    const index = buildIndex(makeDataset());
    const unfiltered = viewOf(index, DEFAULT_FILTERS);
    expect(viewOf(index, DEFAULT_FILTERS)).toBe(unfiltered);
    expect(unfiltered.filters).toBe(DEFAULT_FILTERS);
    expect(viewOf(buildIndex(makeDataset()), DEFAULT_FILTERS)).not.toBe(unfiltered);
    // Equal filters from a URL or a story are another object: only the store's defaults are kept.
    const copy = { ...DEFAULT_FILTERS };
    expect(viewOf(index, copy)).not.toBe(unfiltered);
    expect(viewOf(index, copy).events).toEqual(unfiltered.events);
  });
});

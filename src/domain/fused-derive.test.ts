// The fused pass agrees with the plain domain functions on every dataset and filter, and counts as they do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filters } from '@/state/view-store';
import { DEFAULT_FILTERS } from '@/state/view-store';
import { datasetArb, filtersArb } from '@/testing/filter-arbitraries';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { chipCounts } from './chip-counts';
import { buildColumnarIndex } from './columnar-index';
import { cumulativeTransfers } from './cumulative';
import { buildIndex } from './dataset-index';
import { filterEvents } from './filter-events';
import {
  fusedPass,
  passChipCounts,
  passCumulative,
  passingEvents,
  passPlaceGroups,
} from './fused-derive';
import { placeGroups } from './place-groups';

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('fusedPass', () => {
  it('matches filterEvents, chipCounts, cumulativeTransfers and placeGroups', () => {
    fc.assert(
      fc.property(
        datasetArb,
        filtersArb,
        fc.option(fc.integer({ min: 1, max: 6 })),
        (ds, f, max) => {
          const index = buildIndex(ds);
          const pass = fusedPass(buildColumnarIndex(index), f);
          const expected = filterEvents(index, f);
          expect(passingEvents(pass)).toEqual(expected);
          expect(pass.transferred).toBe(
            expected.reduce((s, e) => s + (e.counts.transferred ?? 0), 0),
          );
          expect(passChipCounts(pass)).toEqual(chipCounts(index, f));
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
    const plain = chipCounts(index, filters({ types: ['transfer'] }));
    const fused = passChipCounts(pass);
    expect(Object.keys(fused.places)).toEqual(Object.keys(plain.places));
    expect(Object.keys(fused.origins)).toEqual(Object.keys(plain.origins));
    expect(Object.keys(fused.actors)).toEqual(Object.keys(plain.actors));
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
        filterEvents(index, f).map((e) => e.id),
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
    expect(first.count).toBe(filterEvents(index, filters({ q: 'Muse' })).length);
  });
});

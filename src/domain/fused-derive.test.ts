// The fused pass on its edges: key orders, month bounds, a narrowing search, wide counts (the whole is in filtered-view.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArb } from '@/testing/filter-arbitraries';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { chipCountsByMatching, filterByMatching as matching } from '@/testing/oracles';
import { buildColumnarIndex } from './columnar-index';
import { buildIndex } from './dataset-index';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { fusedPass } from './fused-derive';
import { passCumulative } from './pass-cumulative';
import { passChipCounts, passingEvents } from './pass-readers';

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('fusedPass', () => {
  it('keeps chip and key orders of the plain definitions', () => {
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

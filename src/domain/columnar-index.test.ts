// The column index keeps every actor and place apart at and beyond 65,536 distinct values (no code wraps).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/schema';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { buildColumnarIndex } from './columnar-index';
import { buildIndex } from './dataset-index';
import { DEFAULT_FILTERS } from './filters';
import { fusedPass } from './fused-derive';
import { passingEvents } from './pass-readers';

/** n events, event i naming actor `Actor i` and place `p{i}` (moving from `f{i}`). */
function distinctValues(n: number): Dataset {
  const base = makeDataset();
  return {
    ...base,
    events: Array.from({ length: n }, (_, i) =>
      makeEvent({ id: `e${i}`, actors: [`Actor ${i}`], place: `p${i}`, from: `f${i}` }),
    ),
  };
}

/** Built once per size: 70,000 events take a moment to index. */
const SIZES = [65_535, 65_536, 65_537, 70_000];
const columnsBySize = new Map(
  SIZES.map((n) => [n, buildColumnarIndex(buildIndex(distinctValues(n)))]),
);

describe('buildColumnarIndex with many distinct values', () => {
  it('selects exactly the events of one actor or place, whatever its code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SIZES).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 }))),
        fc.constantFrom('actor', 'place', 'from'),
        ([n, k], key) => {
          const columns = columnsBySize.get(n);
          if (!columns) throw new Error(`no index for ${n}`);
          const filters =
            key === 'actor'
              ? { ...DEFAULT_FILTERS, actors: [`Actor ${k}`] }
              : { ...DEFAULT_FILTERS, places: [key === 'place' ? `p${k}` : `f${k}`] };
          expect(passingEvents(fusedPass(columns, filters)).map((e) => e.id)).toEqual([`e${k}`]);
        },
      ),
      { numRuns: 60 },
    );
    // Sixty fused passes over up to 70,000 rows: seconds, not milliseconds, on a busy 2-core machine.
  }, 30_000);

  it('selects Actor 0 and the first place alone among 70,000 (the codes that wrapped onto them)', () => {
    const columns = columnsBySize.get(70_000);
    if (!columns) throw new Error('no index');
    for (const filters of [
      { ...DEFAULT_FILTERS, actors: ['Actor 0'] },
      { ...DEFAULT_FILTERS, places: ['p0'] },
      { ...DEFAULT_FILTERS, places: ['f0'] },
    ])
      expect(passingEvents(fusedPass(columns, filters)).map((e) => e.id)).toEqual(['e0']);
  });
});

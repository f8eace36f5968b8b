// Tally grouping by baseline and the official-versus-itemized gap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeTally } from '@/testing/fixtures';
import { baselineKey, tallySeries, talliesInRange } from './tally-series';

const tallyArb = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    value: fc.integer({ min: 0, max: 100_000 }),
    measure: fc.constantFrom('transferred' as const, 'arrested' as const),
    since: fc.constantFrom(null, '2023-01-01', '2023-07-01'),
    scope: fc.constantFrom('Myanmar', 'Myawaddy route', 'four countries'),
  })
  .map((r) => ({
    ...r,
    announced: `2024-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
  }));

describe('tallySeries', () => {
  it('joins only tallies with the same measure, baseline and scope', () => {
    const series = tallySeries([
      makeTally({
        id: 'b',
        announced: '2024-05-27',
        value: 49000,
        qualifier: 'over',
        since: '2023-07-01',
      }),
      makeTally({
        id: 'a',
        announced: '2023-11-21',
        value: 31000,
        qualifier: 'exact',
        since: null,
      }),
      makeTally({
        id: 'c',
        announced: '2024-05-06',
        value: 49000,
        qualifier: 'exact',
        since: null,
      }),
      makeTally({ id: 'd', announced: '2024-04-01' }),
      makeTally({ id: 'e', announced: '2024-11-21', since: null, measure: 'arrested' }),
      makeTally({ id: 'f', announced: '2025-03-14', since: null, scope: 'Myawaddy route' }),
    ]);
    expect(series.map((s) => s.tallies.map((t) => t.id))).toEqual([
      ['a', 'c'],
      ['d'],
      ['b'],
      ['e'],
      ['f'],
    ]);
    expect(series[0]).toMatchObject({ measure: 'transferred', since: null, scope: 'Myanmar' });
  });

  it('never puts two different baselines in one series, and loses no tally', () => {
    fc.assert(
      fc.property(fc.array(tallyArb, { maxLength: 30 }), (rows) => {
        const tallies = rows.map((r, i) => makeTally({ id: `t-${i}`, ...r }));
        const series = tallySeries(tallies);
        expect(series.flatMap((s) => s.tallies)).toHaveLength(tallies.length);
        expect(new Set(series.map((s) => s.key)).size).toBe(series.length);
        for (const s of series) {
          for (const t of s.tallies) {
            expect([t.measure, t.since, t.scope]).toEqual([s.measure, s.since, s.scope]);
            expect(baselineKey(t)).toBe(s.key);
          }
          const dates = s.tallies.map((t) => t.announced);
          expect(dates).toEqual([...dates].sort());
        }
      }),
    );
  });
});

describe('talliesInRange', () => {
  it('keeps tallies announced within the inclusive range, all when open', () => {
    const { tallies } = makeDataset();
    expect(talliesInRange(tallies, null, null)).toHaveLength(2);
    expect(talliesInRange(tallies, '2023-11-21', '2024-03-31').map((t) => t.id)).toEqual([
      'mps-2023-11-21',
    ]);
    expect(talliesInRange(tallies, '2024-04-01', null).map((t) => t.id)).toEqual([
      'mps-2024-04-01',
    ]);
  });
});

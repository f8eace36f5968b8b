// Tally grouping by baseline and the official-versus-itemized gap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tally } from '@/data/schema';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import {
  baselineKey,
  latestComparableGap,
  scopeCountry,
  tallyGap,
  tallyGaps,
  tallySeries,
  talliesInRange,
} from './tally-series';

function makeTally(overrides: Partial<Tally> & Pick<Tally, 'id'>): Tally {
  return {
    announced: '2024-04-01',
    value: 48000,
    qualifier: 'about',
    measure: 'transferred',
    since: '2023-01-01',
    scope: 'Myanmar',
    sources: [{ source: 'xinhua', quote: 'about 48,000' }],
    ...overrides,
  };
}

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

describe('tallyGap', () => {
  const events = [
    makeEvent({ id: 'early', date: '2022-12-31', counts: { transferred: 1000 } }),
    makeEvent({ id: 'mm-1', date: '2023-11-18', counts: { transferred: 571 } }),
    makeEvent({ id: 'la-1', date: '2024-02-01', origin: 'LA', counts: { transferred: 268 } }),
    makeEvent({ id: 'mm-2', date: '2024-04-01', counts: { transferred: 352 } }),
    makeEvent({ id: 'late', date: '2024-04-02', counts: { transferred: 5000 } }),
  ];

  it('sums the scope country from the baseline to the announcement, inclusive', () => {
    const gap = tallyGap(makeTally({ id: 't' }), events);
    expect(gap).toEqual({ itemized: 923, share: 923 / 48000 });
  });

  it('starts at the beginning of the data when the baseline is unstated', () => {
    expect(tallyGap(makeTally({ id: 't', since: null }), events)?.itemized).toBe(1923);
  });

  it('matches Laos to LA', () => {
    expect(tallyGap(makeTally({ id: 't', scope: 'Laos', value: 536 }), events)).toEqual({
      itemized: 268,
      share: 0.5,
    });
  });

  it('calls route and multi-country scopes not comparable', () => {
    expect(tallyGap(makeTally({ id: 't', scope: 'Myawaddy route' }), events)).toBeNull();
    expect(tallyGap(makeTally({ id: 't', scope: 'four countries' }), events)).toBeNull();
    expect(scopeCountry(' myanmar ')).toBe('MM');
    expect(scopeCountry('Myawaddy route')).toBeNull();
  });

  it('names no country for scopes spelled like Object properties', () => {
    for (const scope of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(scopeCountry(scope)).toBeNull();
  });

  it('gives the same gaps in one pass as tally by tally', () => {
    fc.assert(
      fc.property(
        fc.array(tallyArb, { maxLength: 12 }),
        fc.array(
          fc.record({
            month: fc.integer({ min: 1, max: 12 }),
            origin: fc.constantFrom('MM', 'LA', 'TH'),
            n: fc.integer({ min: 0, max: 900 }),
          }),
          { maxLength: 40 },
        ),
        (rows, eventRows) => {
          const tallies = rows.map((r, i) => makeTally({ id: `t-${i}`, ...r }));
          const evs = eventRows.map((r, i) =>
            makeEvent({
              id: `e-${i}`,
              date: `2024-${String(r.month).padStart(2, '0')}-15`,
              origin: r.origin,
              counts: { transferred: r.n },
            }),
          );
          const gaps = tallyGaps(tallies, evs);
          for (const t of tallies) expect(gaps.get(t.id)).toEqual(tallyGap(t, evs));
        },
      ),
    );
  });

  it('picks the latest comparable tally', () => {
    const latest = latestComparableGap(
      [
        makeTally({ id: 'old', announced: '2023-11-21', since: null, value: 31000 }),
        makeTally({ id: 'new', announced: '2024-04-01' }),
        makeTally({ id: 'route', announced: '2025-03-14', scope: 'Myawaddy route' }),
      ],
      events,
    );
    expect(latest?.tally.id).toBe('new');
    expect(latest?.gap.itemized).toBe(923);
    expect(
      latestComparableGap([makeTally({ id: 'r', scope: 'four countries' })], events),
    ).toBeNull();
  });
});

// Lanes by type or origin, and row packing that keeps marks apart while rows last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { laneDensity, laneKey, laneKeys, packRows } from './lanes';

describe('laneKeys', () => {
  const { events } = makeDataset();

  it('lists the types present in canonical order', () => {
    expect(laneKeys(events, 'type')).toEqual(['transfer', 'raid', 'arrest']);
  });

  it('lists origins by how many events they hold, then by code', () => {
    const more = [
      ...events,
      makeEvent({ id: 'a', origin: 'TH' }),
      makeEvent({ id: 'b', origin: 'KH' }),
    ];
    expect(laneKeys(more, 'origin')).toEqual(['MM', 'KH', 'LA', 'TH']);
  });

  it('gives every event a lane that exists', () => {
    for (const by of ['type', 'origin'] as const) {
      const keys = laneKeys(events, by);
      for (const e of events) expect(keys).toContain(laneKey(e, by));
    }
  });
});

const spansArb = fc.array(
  fc
    .record({ x: fc.integer({ min: 0, max: 500 }), w: fc.integer({ min: 1, max: 40 }) })
    .map(({ x, w }) => ({ x0: x, x1: x + w })),
  { maxLength: 60 },
);
/** packRows over span objects, as the tests write them. */
const pack = (spans: readonly { x0: number; x1: number }[], gap: number, maxRows: number) =>
  packRows(
    spans.map((s) => s.x0),
    spans.map((s) => s.x1),
    gap,
    maxRows,
  );

describe('packRows', () => {
  it('stacks overlapping spans and reuses a row once it is free', () => {
    const { rowAt, rows } = pack(
      [
        { x0: 12, x1: 20 },
        { x0: 0, x1: 10 },
        { x0: 5, x1: 15 },
      ],
      1,
      3,
    );
    // Placed in x order whatever the input order; rows come back by input position.
    expect([...rowAt]).toEqual([0, 0, 1]);
    expect(rows).toBe(2);
  });

  it('never lets two spans in one row come closer than the gap while rows last', () => {
    fc.assert(
      fc.property(spansArb, (spans) => {
        const { rowAt, rows } = pack(spans, 2, 1000);
        expect(rows).toBeLessThanOrEqual(Math.max(1, spans.length));
        spans.forEach((a, i) =>
          spans.forEach((b, j) => {
            if (i === j || rowAt[i] !== rowAt[j]) return;
            expect(a.x1 + 2 <= b.x0 || b.x1 + 2 <= a.x0).toBe(true);
          }),
        );
      }),
    );
  });

  it('uses at most maxRows rows and places every span', () => {
    fc.assert(
      fc.property(spansArb, fc.integer({ min: 1, max: 4 }), (spans, maxRows) => {
        const { rowAt, rows } = pack(spans, 2, maxRows);
        expect(rows).toBeLessThanOrEqual(maxRows);
        expect(rowAt).toHaveLength(spans.length);
        for (const row of rowAt) expect(row).toBeLessThan(maxRows);
      }),
    );
  });
});

describe('laneDensity', () => {
  it('counts every point once, in its lane and pixel bin', () => {
    const density = laneDensity([0, 0, 1, 1], [0, 3, 9.9, 50], 2, 0, 10, 4);
    expect(density).toEqual([
      [2, 0, 0],
      [0, 0, 2],
    ]);
  });
});

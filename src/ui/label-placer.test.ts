// The shared label placer: nothing overlaps, marks stay clear, and priority decides who gives way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lineObstacles,
  overlapsOf,
  placeLabels,
  rectsOverlap,
  spotsAround,
  type LabelRequest,
  type Obstacle,
  type Rect,
} from './label-placer';

const SIZE = { width: 60, height: 14 };
const around = (id: string, x: number, y: number, priority: number): LabelRequest => ({
  id,
  priority,
  candidates: spotsAround({ x, y, radius: 5 }, SIZE, 3),
});

describe('spotsAround', () => {
  it('puts the spots beside the mark, clear of its edge by the gap', () => {
    const [right, left, above, below] = spotsAround({ x: 100, y: 50, radius: 5 }, SIZE, 3);
    expect(right).toEqual({ x: 108, y: 43, width: 60, height: 14 });
    expect(left).toEqual({ x: 32, y: 43, width: 60, height: 14 });
    expect(above).toEqual({ x: 70, y: 28, width: 60, height: 14 });
    expect(below).toEqual({ x: 70, y: 58, width: 60, height: 14 });
  });
});

describe('lineObstacles', () => {
  it('keeps a label off a level or slanted line but not off the space beside it', () => {
    const level = lineObstacles([
      { x: 0, y: 50 },
      { x: 200, y: 50 },
    ]);
    expect(level).toHaveLength(2);
    const slanted = lineObstacles([
      { x: 0, y: 0 },
      { x: 100, y: 100 },
    ]);
    const on = { x: 40, y: 40, width: 20, height: 10 };
    const beside = { x: 60, y: 20, width: 20, height: 10 };
    expect(slanted.some((r) => rectsOverlap(r, on))).toBe(true);
    expect(slanted.some((r) => rectsOverlap(r, beside))).toBe(false);
    expect(level.some((r) => rectsOverlap(r, { x: 90, y: 45, width: 40, height: 10 }))).toBe(true);
  });
});

describe('spotsAround diagonals', () => {
  it('clear a square mark at its corner, and tuck into a round mark at 45 degrees', () => {
    const square = spotsAround({ x: 100, y: 100, radius: 10 }, SIZE, 4, ['above-right']);
    expect(square[0]).toEqual({ x: 110, y: 100 - 14 - SIZE.height, ...SIZE });
    const [aboveRight, belowLeft] = spotsAround(
      { x: 100, y: 100, radius: 10, round: true },
      SIZE,
      4,
      ['above-right', 'below-left'],
    );
    const d = 14 * Math.SQRT1_2;
    expect(aboveRight).toEqual({ x: 100 + d, y: 100 - d - SIZE.height, ...SIZE });
    expect(belowLeft).toEqual({ x: 100 - d - SIZE.width, y: 100 + d, ...SIZE });
    // The corner facing the centre is `gap` from the disc's edge.
    expect(Math.hypot(d, d) - 10).toBeCloseTo(4);
  });
});

describe('placeLabels', () => {
  it('keeps the clearance off marks, taking a diagonal spot when the sides are taken', () => {
    const spots = spotsAround({ x: 100, y: 100, radius: 5 }, SIZE, 3, ['right', 'above-right']);
    // A mark 1 px right of the preferred spot: touching with no clearance, too near with 2 px.
    const mark: Obstacle = { x: 169, y: 95, width: 10, height: 10 };
    const request = { id: 'a', priority: 1, candidates: spots };
    expect(placeLabels([request], [mark]).placed[0]?.candidate).toBe(0);
    expect(placeLabels([request], [mark], undefined, 2).placed[0]?.candidate).toBe(1);
    expect(spots[1]).toEqual({ x: 105, y: 78, width: 60, height: 14 });
  });

  it('moves a label to its next spot, and drops it when every spot is taken', () => {
    const { placed, dropped } = placeLabels([around('b', 110, 100, 1), around('a', 100, 100, 2)]);
    expect(placed.map((p) => [p.id, p.candidate])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(dropped).toEqual([]);
    const crowded = placeLabels(['a', 'b', 'c', 'd', 'e'].map((id) => around(id, 100, 100, 0)));
    expect(crowded.placed.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(crowded.dropped).toEqual(['e']);
  });

  it('keeps labels off other marks and inside the frame, but lets a label touch its own mark', () => {
    const marks: Obstacle[] = [{ x: 130, y: 90, width: 20, height: 20, owner: 'other' }];
    expect(placeLabels([around('a', 100, 100, 1)], marks).placed[0]?.candidate).toBe(1);
    const own: Obstacle[] = [{ x: 130, y: 90, width: 20, height: 20, owner: 'a' }];
    expect(placeLabels([around('a', 100, 100, 1)], own).placed[0]?.candidate).toBe(0);
    const frame = { x: 0, y: 0, width: 50, height: 200 };
    expect(placeLabels([around('edge', 5, 100, 1)], [], frame).dropped).toEqual(['edge']);
    const under = { ...around('country', 140, 100, 1), ignoresObstacles: true };
    expect(placeLabels([under], marks).placed[0]?.candidate).toBe(0);
  });

  const scene: fc.Arbitrary<Scene> = fc.record({
    labels: fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 400 }),
        y: fc.integer({ min: 0, max: 300 }),
        priority: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 40 },
    ),
    marks: fc.array(
      fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) }),
      { maxLength: 20 },
    ),
  });
  interface Scene {
    labels: { x: number; y: number; priority: number }[];
    marks: { x: number; y: number }[];
  }
  const build = ({ labels, marks }: Scene) => {
    const requests = labels.map((l, i) => around(`l${i}`, l.x, l.y, l.priority));
    const obstacles: Obstacle[] = marks.map((m) => ({
      x: m.x - 6,
      y: m.y - 6,
      width: 12,
      height: 12,
    }));
    const frame: Rect = { x: 0, y: 0, width: 400, height: 300 };
    return { requests, obstacles, frame, result: placeLabels(requests, obstacles, frame) };
  };

  it('places every label as testing it against every obstacle would, however large or far the obstacles', () => {
    // The plain definition: each candidate tested against all placed labels and all obstacles.
    const plain = (requests: readonly LabelRequest[], obstacles: readonly Obstacle[]) => {
      const placed: Rect[] = [];
      return requests.map((request) => {
        const rect = request.candidates.find(
          (c) =>
            !placed.some((p) => rectsOverlap(p, c)) &&
            !obstacles.some((o) => o.owner !== request.id && rectsOverlap(o, c)),
        );
        if (rect) placed.push(rect);
        return rect ?? null;
      });
    };
    const coordinate = fc.double({ min: -2000, max: 3000, noNaN: true });
    const extent = fc.oneof(fc.double({ min: 0, max: 40, noNaN: true }), fc.constant(5000));
    const obstacle = fc.record({
      x: coordinate,
      y: coordinate,
      width: extent,
      height: extent,
      owner: fc.option(fc.constantFrom('l0', 'l1', 'l2'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 12 }),
        fc.array(obstacle, { maxLength: 80 }),
        (labels, obstacles) => {
          // Equal priorities keep the input order, as the plain definition does.
          const requests = labels.map((l, i) => around(`l${i}`, l.x, l.y, 0));
          const placed = new Map(
            placeLabels(requests, obstacles).placed.map((p) => [p.id, p.rect]),
          );
          expect(requests.map((r) => placed.get(r.id) ?? null)).toEqual(plain(requests, obstacles));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tests a spot of unbounded size against every obstacle, without walking its cells', () => {
    const wide = (id: string): LabelRequest => ({
      id,
      priority: 0,
      candidates: [
        { x: 0, y: 0, width: Infinity, height: 10 },
        { x: 0, y: 40, width: 10, height: 10 },
      ],
    });
    // Clear of the mark below it: the unbounded spot is taken.
    expect(
      placeLabels([wide('a')], [{ x: 500, y: 200, width: 4, height: 4 }]).placed[0]?.candidate,
    ).toBe(0);
    // A mark anywhere along it: the next spot.
    expect(
      placeLabels([wide('b')], [{ x: 500, y: 2, width: 4, height: 4 }]).placed[0]?.candidate,
    ).toBe(1);
  });

  it('never lets two placed labels overlap, nor a label cover a mark or leave the frame', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const { obstacles, frame, result } = build(s);
        for (const [i, a] of result.placed.entries()) {
          expect(a.rect.x).toBeGreaterThanOrEqual(frame.x);
          expect(a.rect.x + a.rect.width).toBeLessThanOrEqual(frame.width);
          for (const b of result.placed.slice(i + 1))
            expect(rectsOverlap(a.rect, b.rect)).toBe(false);
          for (const o of obstacles) expect(rectsOverlap(a.rect, o)).toBe(false);
        }
      }),
    );
  });

  it('drops a label only for a mark, the frame, or a label of at least its priority', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const { requests, obstacles, frame, result } = build(s);
        const byId = new Map(requests.map((r) => [r.id, r]));
        expect(result.placed.length + result.dropped.length).toBe(requests.length);
        for (const id of result.dropped) {
          const request = byId.get(id);
          if (!request) throw new Error(`unknown label ${id}`);
          for (const spot of request.candidates) {
            const blocked =
              spot.x < frame.x ||
              spot.y < frame.y ||
              spot.x + spot.width > frame.width ||
              spot.y + spot.height > frame.height ||
              obstacles.some((o) => rectsOverlap(o, spot)) ||
              result.placed.some(
                (p) =>
                  (byId.get(p.id)?.priority ?? -1) >= request.priority &&
                  rectsOverlap(p.rect, spot),
              );
            expect(blocked).toBe(true);
          }
        }
      }),
    );
  });
});

describe('overlapsOf', () => {
  const box = (x: number, y: number) => ({ x, y, width: 10, height: 10 });

  it('lists, for each mark, the others its box overlaps, and nothing for a mark alone', () => {
    // a overlaps b, b overlaps c, a does not reach c; d stands alone.
    expect(overlapsOf([box(0, 0), box(8, 0), box(16, 0), box(40, 40)])).toEqual([
      [1],
      [0, 2],
      [1],
      [],
    ]);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }) }),
          {
            maxLength: 12,
          },
        ),
        (points) => {
          const overlaps = overlapsOf(points.map((p) => box(p.x, p.y)));
          overlaps.forEach((others, i) => {
            for (const j of others) expect(overlaps[j]).toContain(i);
          });
        },
      ),
    );
  });
});

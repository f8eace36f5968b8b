// Label placement: no two labels overlap, none covers another mark, the most important go first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-layout';

const candidate = (id: string, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  x,
  y,
  radius: 5,
  width: 60,
  height: 16,
  priority,
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    expect(placeLabels([candidate('a', 100, 100, 1)])).toEqual([
      { id: 'a', side: 'right', left: 108, top: 92 },
    ]);
  });

  it('moves a second label to a free side, and drops it when every side is taken', () => {
    const placed = placeLabels([candidate('big', 100, 100, 10), candidate('small', 110, 100, 1)]);
    expect(placed.map((p) => [p.id, p.side])).toEqual([
      ['big', 'right'],
      ['small', 'left'],
    ]);
    const crowded = placeLabels(
      [
        candidate('a', 100, 100, 3),
        candidate('b', 100, 100, 2),
        candidate('c', 100, 100, 1),
      ].concat([candidate('d', 100, 100, 0), candidate('e', 100, 100, -1)]),
    );
    expect(crowded.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps labels off other marks and inside the viewport', () => {
    const marks = [
      { id: 'a', x: 100, y: 100, radius: 5 },
      { id: 'b', x: 140, y: 100, radius: 10 },
    ];
    const [a] = placeLabels([candidate('a', 100, 100, 1)], marks);
    expect(a?.side).toBe('left');
    expect(placeLabels([candidate('edge', 5, 100, 1)], [], { width: 50, height: 200 })).toEqual([]);
  });

  it('never lets two placed labels overlap', () => {
    const arb = fc.array(
      fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (points) => {
        const candidates = points.map((p, i) => candidate(`l${i}`, p.x, p.y, i));
        const placed = placeLabels(candidates);
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) {
            const apart =
              a.left + 60 <= b.left ||
              b.left + 60 <= a.left ||
              a.top + 16 <= b.top ||
              b.top + 16 <= a.top;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });
});

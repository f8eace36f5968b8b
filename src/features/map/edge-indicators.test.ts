// Edge indicators: grouped by direction, counted, and placed on the frame's edge towards their marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '@/ui/label-placer';
import { clearOfControls, edgeIndicators, underKey } from './edge-indicators';

const frame = { width: 800, height: 500 };

describe('edgeIndicators', () => {
  it('puts marks far to the east and far to the north-east into two indicators with their counts', () => {
    const found = edgeIndicators(
      [
        { x: 1500, y: 250, count: 3, item: 'east-a' },
        { x: 1600, y: 260, count: 4, item: 'east-b' },
        { x: 1400, y: -700, count: 2, item: 'north-east' },
      ],
      frame,
      8,
    );
    const east = found.find((i) => i.direction === 0);
    expect(east).toMatchObject({ edge: 'right', count: 7, items: ['east-a', 'east-b'] });
    expect(east?.x).toBeCloseTo(792);
    const northEast = found.find((i) => i.direction === 7);
    expect(northEast).toMatchObject({ edge: 'top', count: 2, items: ['north-east'] });
    expect(northEast?.y).toBeCloseTo(8);
  });

  it('counts every off-screen mark exactly once and keeps each indicator on the inset edge', () => {
    const outside = fc
      .tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }))
      .filter(([x, y]) => x < 0 || y < 0 || x > frame.width || y > frame.height);
    fc.assert(
      fc.property(fc.array(outside, { minLength: 1, maxLength: 40 }), (points) => {
        const marks = points.map(([x, y], i) => ({ x, y, count: 1 + (i % 3), item: i }));
        const found = edgeIndicators(marks, frame, 8);
        expect(found.flatMap((f) => f.items).sort((a, b) => a - b)).toEqual(
          marks.map((m) => m.item),
        );
        expect(found.reduce((n, f) => n + f.count, 0)).toBe(marks.reduce((n, m) => n + m.count, 0));
        for (const f of found) {
          expect(f.x).toBeGreaterThanOrEqual(8 - 1e-6);
          expect(f.x).toBeLessThanOrEqual(frame.width - 8 + 1e-6);
          expect(f.y).toBeGreaterThanOrEqual(8 - 1e-6);
          expect(f.y).toBeLessThanOrEqual(frame.height - 8 + 1e-6);
        }
      }),
    );
  });
});

describe('clearOfControls', () => {
  const legend = { x: 8, y: 400, width: 150, height: 92 };
  const bounds = { width: 800, height: 500 };

  it('slides a bottom pill past the legend it sits under, and a left pill above it', () => {
    const bottom = { x: 40, y: 470, width: 90, height: 24 };
    expect(clearOfControls(bottom, 'bottom', [legend], bounds, 4)).toEqual({ ...bottom, x: 162 });
    const left = { x: 8, y: 420, width: 90, height: 24 };
    expect(clearOfControls(left, 'left', [legend], bounds, 4)).toEqual({ ...left, y: 372 });
  });

  it('leaves a pill that no control covers where it is', () => {
    const pill = { x: 400, y: 470, width: 90, height: 24 };
    expect(clearOfControls(pill, 'bottom', [legend], bounds, 4)).toBe(pill);
  });

  it('lifts a pill above the keys when no spot along the bottom is free', () => {
    // A short frame: the legend, a run's month key and the credit end to end along the bottom.
    const key = { x: 162, y: 460, width: 520, height: 30 };
    const credit = { x: 690, y: 476, width: 102, height: 18 };
    const pill = { x: 300, y: 470, width: 90, height: 24 };
    const moved = clearOfControls(pill, 'bottom', [legend, key, credit], bounds, 4);
    expect(moved).toEqual({ ...pill, y: key.y - 4 - pill.height });
    expect([legend, key, credit].some((c) => rectsOverlap(moved, c))).toBe(false);
  });

  it('never ends on a control while a free spot exists along the edge', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 700 }), (x) => {
        const pill = { x, y: 470, width: 90, height: 24 };
        const credit = { x: 700, y: 476, width: 92, height: 18 };
        const moved = clearOfControls(pill, 'bottom', [legend, credit], bounds, 4);
        expect(rectsOverlap(moved, legend) || rectsOverlap(moved, credit)).toBe(false);
      }),
    );
  });
});

describe('underKey', () => {
  const keys = [
    { x: 8, y: 360, width: 300, height: 30 },
    { x: 10, y: 10, width: 30, height: 60 },
  ];
  it('finds a point under any key, edges included, and none beside them', () => {
    expect(underKey({ x: 150, y: 375 }, keys)).toBe(true);
    expect(underKey({ x: 8, y: 390 }, keys)).toBe(true);
    expect(underKey({ x: 25, y: 40 }, keys)).toBe(true);
    expect(underKey({ x: 309, y: 375 }, keys)).toBe(false);
    expect(underKey({ x: 150, y: 359 }, keys)).toBe(false);
    expect(underKey({ x: 150, y: 375 }, [])).toBe(false);
  });
});

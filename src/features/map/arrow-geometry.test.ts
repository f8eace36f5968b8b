// Arrow shapes: whole inside the frame, a short stub towards an off-screen end, nothing when both ends are off.
import { describe, expect, it } from 'vitest';
import { arrowShape, curvePoints, inFrame, lengthOf, shortenEnd, STUB_PX } from './arrow-geometry';

const frame = { width: 400, height: 300 };

describe('arrowShape', () => {
  it('draws the whole curve when both ends are in the frame, bending left of travel', () => {
    const shape = arrowShape({ x: 50, y: 150 }, { x: 350, y: 150 }, frame, 8);
    expect(shape?.kind).toBe('whole');
    const middle = shape?.line[Math.floor((shape.line.length - 1) / 2)];
    // Travelling east on screen, left is up (smaller y).
    expect(middle?.y).toBeLessThan(150);
    expect(shape?.line[0]).toEqual({ x: 50, y: 150 });
    expect(shape?.line.at(-1)).toEqual({ x: 350, y: 150 });
  });

  it('ends a line leaving the frame in a stub inside it, no longer than STUB_PX', () => {
    const shape = arrowShape({ x: 300, y: 150 }, { x: 2000, y: -900 }, frame, 8);
    expect(shape?.kind).toBe('out');
    const line = shape?.line ?? [];
    expect(line[0]).toEqual({ x: 300, y: 150 });
    expect(lengthOf(line)).toBeLessThanOrEqual(STUB_PX + 1e-9);
    expect(line.every((p) => inFrame(p, frame, 8))).toBe(true);
  });

  it('starts a line arriving from off-screen as a stub that ends on the destination', () => {
    const shape = arrowShape({ x: -800, y: -600 }, { x: 100, y: 100 }, frame, 8);
    expect(shape?.kind).toBe('in');
    expect(shape?.line.at(-1)).toEqual({ x: 100, y: 100 });
    expect(lengthOf(shape?.line ?? [])).toBeLessThanOrEqual(STUB_PX + 1e-9);
  });

  it('draws nothing when both ends are off-screen', () => {
    expect(arrowShape({ x: -500, y: 10 }, { x: 900, y: 10 }, frame, 8)).toBeNull();
  });
});

describe('shortenEnd', () => {
  it('stops the line the given pixels short of its end, so the head meets a mark rim', () => {
    const line = curvePoints({ x: 0, y: 0 }, { x: 200, y: 0 });
    const short = shortenEnd(line, 12);
    expect(lengthOf(short)).toBeCloseTo(lengthOf(line) - 12, 6);
  });
});

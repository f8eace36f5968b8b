// The brush without a page: a short press is a click, a drag past the threshold a range, whichever way it went.
// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveBrush, pressBrush, releaseBrush, type Brush } from './brush-controller';

/** Presses at `start`, moves through `path`, and lets go at the last point (or where it pressed). */
function gesture(start: number, path: readonly number[]) {
  let brush: Brush = pressBrush(start);
  for (const x of path) brush = moveBrush(brush, x);
  return { brush, end: releaseBrush(brush, path.at(-1) ?? start) };
}

describe('brush controller', () => {
  it('takes a press released where it began, or under 4 px away, as a click there', () => {
    expect(gesture(100, []).end).toEqual({ kind: 'click', x: 100 });
    expect(gesture(100, [102, 103]).end).toEqual({ kind: 'click', x: 103 });
    expect(gesture(100, [97]).end).toEqual({ kind: 'click', x: 97 });
    expect(gesture(100, [103]).brush.dragging).toBe(false);
  });

  it('takes 4 px or more as a drag, and gives the range low to high either way', () => {
    expect(gesture(100, [104]).end).toEqual({ kind: 'range', lo: 100, hi: 104 });
    expect(gesture(100, [150, 60]).end).toEqual({ kind: 'range', lo: 60, hi: 100 });
    expect(gesture(100, [104]).brush).toEqual({ start: 100, current: 104, dragging: true });
  });

  it('keeps a drag a drag when the pointer comes back near where it began', () => {
    expect(gesture(100, [140, 101]).end).toEqual({ kind: 'range', lo: 100, hi: 101 });
  });

  it('counts a release far away as a drag even with no move reported before it', () => {
    expect(releaseBrush(pressBrush(100), 180)).toEqual({ kind: 'range', lo: 100, hi: 180 });
  });

  it('follows the pointer while pressed, and never turns a drag back into a click', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 20 }),
        (start, path) => {
          const { brush, end } = gesture(start, path);
          expect(brush.start).toBe(start);
          expect(brush.current).toBe(path.at(-1) ?? start);
          const far = path.some((x) => Math.abs(x - start) >= 4);
          expect(end.kind).toBe(far ? 'range' : 'click');
          if (end.kind === 'range') expect(end.lo).toBeLessThanOrEqual(end.hi);
        },
      ),
    );
  });
});

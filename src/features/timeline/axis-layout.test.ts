// The axis's ghost squares: one per pixel spot of a hidden mark, wherever the spot is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeScale } from '@/domain/time-scale';
import { ghostPath } from './axis-layout';

/** The plain definition: each hidden slot's spot, the first time it is met. */
function ghostsBySet(px: Int32Array, py: Int32Array, shown: Uint8Array): string {
  const seen = new Set<string>();
  let d = '';
  for (let i = 0; i < shown.length; i++) {
    const key = `${px[i]},${py[i]}`;
    if (shown[i] === 1 || seen.has(key)) continue;
    seen.add(key);
    d += `M${(px[i] ?? 0) - 2},${(py[i] ?? 0) - 2}h4v4h-4z`;
  }
  return d;
}

describe('ghostPath', () => {
  const scale = createTimeScale('2023-01-01', '2023-12-31', 10, 90);

  it('draws one square per spot of a hidden mark', () => {
    const px = Int32Array.from([20, 20, 40, 50]);
    const py = Int32Array.from([5, 5, 5, 7]);
    const shown = Uint8Array.from([0, 0, 0, 1]);
    expect(ghostPath({ px, py, height: 30, scale }, shown)).toBe('M18,3h4v4h-4zM38,3h4v4h-4z');
  });

  it('agrees with the plain definition, spots off the drawing included', () => {
    // Few values, so spots repeat: inside the 98 × 38 px grid, on its edges and beyond them.
    const x = fc.constantFrom(-4, 0, 20, 97, 98, 150);
    const y = fc.constantFrom(-4, 0, 5, 37, 38, 60);
    fc.assert(
      fc.property(fc.array(fc.tuple(x, y, fc.boolean()), { maxLength: 60 }), (slots) => {
        const px = Int32Array.from(slots, ([x]) => x);
        const py = Int32Array.from(slots, ([, y]) => y);
        const shown = Uint8Array.from(slots, ([, , on]) => (on ? 1 : 0));
        expect(ghostPath({ px, py, height: 30, scale }, shown)).toBe(ghostsBySet(px, py, shown));
      }),
    );
  });
});

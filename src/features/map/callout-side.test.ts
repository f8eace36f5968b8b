// The callout opens away from its place's arrows, above when nothing is in the way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calloutSide, type CalloutSide } from './callout-side';

const muse = { lat: 23.98, lon: 97.9 };
const dehong = { lat: 24.43, lon: 98.58 };

/** Whether an arrow from Muse to `end` runs under a callout on `side` (the half-angles of callout-side.ts). */
function under(side: CalloutSide, end: { lat: number; lon: number }): boolean {
  const [dx, dy] = [end.lon - muse.lon, end.lat - muse.lat];
  const l = Math.hypot(dx, dy);
  if (l === 0) return false;
  const [x, y, half] = {
    top: [0, 1, 65],
    bottom: [0, -1, 65],
    right: [1, 0, 30],
    left: [-1, 0, 30],
  }[side] as [number, number, number];
  return (Math.acos(Math.min(1, Math.max(-1, (dx * x + dy * y) / l))) * 180) / Math.PI < half;
}

describe('calloutSide', () => {
  it('opens above with no arrow', () => {
    expect(calloutSide(muse, [])).toBe('top');
    expect(calloutSide(muse, [muse])).toBe('top');
  });

  it('opens below an arrow going up and to the side (Muse → Dehong), above one going down', () => {
    expect(calloutSide(muse, [dehong])).toBe('bottom');
    expect(calloutSide(muse, [{ lat: muse.lat - 2, lon: muse.lon + 0.5 }])).toBe('top');
  });

  it('goes to the side between an arrow up and one down and to the left (Boten)', () => {
    const up = { lat: muse.lat + 1, lon: muse.lon + 1 };
    const downLeft = { lat: muse.lat - 0.83, lon: muse.lon - 1.56 };
    expect(calloutSide(muse, [up, downLeft])).toBe('right');
  });

  it('with arrows all round, takes a side, which covers the least', () => {
    const round = [
      { lat: muse.lat + 1, lon: muse.lon },
      { lat: muse.lat - 1, lon: muse.lon },
      { lat: muse.lat, lon: muse.lon + 1 },
      { lat: muse.lat, lon: muse.lon - 1 },
    ];
    expect(['right', 'left']).toContain(calloutSide(muse, round));
  });

  it('opens where no arrow runs under it whenever there is such a side', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lat: fc.double({ min: -5, max: 5, noNaN: true }),
            lon: fc.double({ min: -5, max: 5, noNaN: true }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (offsets) => {
          const ends = offsets.map((o) => ({ lat: muse.lat + o.lat, lon: muse.lon + o.lon }));
          const sides = ['top', 'bottom', 'right', 'left'] as const;
          const clear = sides.filter((side) => !ends.some((end) => under(side, end)));
          const side = calloutSide(muse, ends);
          if (clear.length) expect(clear).toContain(side);
        },
      ),
    );
  });
});

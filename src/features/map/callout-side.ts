// Which side of its place a story's callout opens to: away from the arrows that leave or reach it.

export type CalloutSide = 'top' | 'bottom' | 'right' | 'left';

interface LatLon {
  lat: number;
  lon: number;
}

/** Each side with its direction (east, north) and the half-angle its box covers seen from the place:
 * a callout above or below is wide and near, and hides arrows up to some 65° either side of
 * straight up; one to the side is wide along the arrow and hides only some 30°. */
const SIDES: readonly [CalloutSide, number, number, number][] = [
  ['top', 0, 1, 65],
  ['bottom', 0, -1, 65],
  ['right', 1, 0, 30],
  ['left', -1, 0, 30],
];

const DEGREES = 180 / Math.PI;

/**
 * The first side, in the order above, below, right, left, that no arrow from `at` to `ends` runs
 * under; if every side has one, the side with the most room from its nearest arrow. "Muse: 571"
 * opened above Muse, over the Muse → Dehong arrow, at step 3.
 */
export function calloutSide(at: LatLon, ends: readonly LatLon[]): CalloutSide {
  const arrows = ends.flatMap((end) => {
    const [dx, dy] = [end.lon - at.lon, end.lat - at.lat];
    const length = Math.hypot(dx, dy);
    return length === 0 ? [] : [[dx / length, dy / length] as const];
  });
  let best: CalloutSide = 'top';
  let bestRoom = -Infinity;
  for (const [side, x, y, half] of SIDES) {
    // The least angle between the side's direction and an arrow, less what the box covers.
    let room = Infinity;
    for (const [dx, dy] of arrows) {
      const cos = Math.min(1, Math.max(-1, dx * x + dy * y));
      room = Math.min(room, Math.acos(cos) * DEGREES - half);
    }
    if (room >= 0) return side;
    if (room > bestRoom) [best, bestRoom] = [side, room];
  }
  return best;
}

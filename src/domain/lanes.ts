// Which lane each event sits in on the time axis (by type or origin), and rows within a lane so marks don't cover each other.
import { EVENT_TYPES, type AtlasEvent } from '@/data/schema';

export type LaneBy = 'type' | 'origin';

/** The key of an event's lane. */
export function laneKey(event: AtlasEvent, by: LaneBy): string {
  return by === 'type' ? event.type : event.origin;
}

/**
 * The lanes, top to bottom, for the given events: types in their canonical order, origins by how
 * many events they hold (then by code). Only keys that occur get a lane, so no empty rows.
 */
export function laneKeys(events: readonly AtlasEvent[], by: LaneBy): string[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = laneKey(e, by);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (by === 'type') return EVENT_TYPES.filter((t) => counts.has(t));
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key]) => key);
}

/**
 * Rows within one lane, greedily: each span (in x order) takes the first row where it clears the
 * previous span by `gap` pixels. With `maxRows` full, it takes the row that frees up first, so
 * overlaps happen only in crowded stretches and even then are spread over the rows.
 * The spans are [x0[k], x1[k]] in pixels. Returns the row of each span (by position) and the
 * number of rows used: columns and positions, not objects and ids, as a lane can hold 100,000 marks.
 */
export function packRows(
  x0: ArrayLike<number>,
  x1: ArrayLike<number>,
  gap: number,
  maxRows: number,
): { rowAt: Uint32Array; rows: number } {
  const before = (i: number, j: number) =>
    (x0[i] as number) - (x0[j] as number) || (x1[i] as number) - (x1[j] as number) || i - j;
  const order = new Uint32Array(x0.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  // Marks come in date order, so a lane of dots is in x order already: a check instead of a sort.
  if (order.some((k) => k > 0 && before(k - 1, k) > 0)) order.sort(before);
  const ends: number[] = [];
  const rowAt = new Uint32Array(x0.length);
  for (const at of order) {
    const start = x0[at] as number;
    // One pass finds both the first free row and, failing that, the row that frees up first.
    let row = -1;
    let earliest = 0;
    for (let r = 0; r < ends.length; r++) {
      const end = ends[r] ?? 0;
      if (end + gap <= start) {
        row = r;
        break;
      }
      if (end < (ends[earliest] ?? 0)) earliest = r;
    }
    if (row === -1) row = ends.length < maxRows ? ends.length : earliest;
    ends[row] = Math.max(ends[row] ?? -Infinity, x1[at] as number);
    rowAt[at] = row;
  }
  return { rowAt, rows: Math.max(1, ends.length) };
}

/**
 * How many marks fall in each `binPx`-wide pixel bin of each lane, the marks given as their lanes
 * and x positions (parallel arrays: 100,000 of them make no object each): the axis draws this
 * instead of one element per event when there are too many to draw (cost bounded by pixels).
 */
export function laneDensity(
  lanes: ArrayLike<number>,
  xs: ArrayLike<number>,
  laneCount: number,
  x0: number,
  x1: number,
  binPx: number,
): number[][] {
  const bins = Math.max(1, Math.ceil((x1 - x0) / binPx));
  const density = Array.from({ length: laneCount }, () => new Array<number>(bins).fill(0));
  for (let i = 0; i < lanes.length; i++) {
    const row = density[lanes[i] as number];
    if (!row) continue;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(((xs[i] as number) - x0) / binPx)));
    row[bin] = (row[bin] ?? 0) + 1;
  }
  return density;
}

// How big and what colour a map mark is: shared by the markers, the arrows and the legend so they agree.
import type { EventType } from '@/data/schema';
import { TYPE_COLORS } from '@/ui/palette';

const MIN_RADIUS = 5;
const MAX_RADIUS = 28;

/** Marker radius in pixels: area grows with people (sqrt), so 10,000 reads as 10× 1,000, not 100×. */
export function markRadius(people: number): number {
  if (people <= 0) return MIN_RADIUS;
  return Math.min(MAX_RADIUS, 6 + 0.12 * Math.sqrt(people));
}

/** Arrow stroke width in pixels, by the people moved (sqrt, like the markers). */
export function arrowWidth(people: number): number {
  if (people <= 0) return 1.5;
  return Math.min(8, 1.5 + 0.04 * Math.sqrt(people));
}

/** The people figures the legend draws circles for. */
export const LEGEND_PEOPLE = [100, 1_000, 10_000];

/**
 * The mark's fill: one colour for one type, else a pie of the types' shares (CSS conic-gradient) so a
 * place with three transfers and a raid reads as mostly transfers.
 */
export function markFill(types: readonly { type: EventType; count: number }[]): string {
  const total = types.reduce((n, t) => n + t.count, 0);
  const [only] = types;
  if (!only) return TYPE_COLORS.policy;
  if (types.length === 1) return TYPE_COLORS[only.type];
  let start = 0;
  const stops = types.map((t) => {
    const end = start + (t.count / total) * 360;
    const stop = `${TYPE_COLORS[t.type]} ${start.toFixed(1)}deg ${end.toFixed(1)}deg`;
    start = end;
    return stop;
  });
  return `conic-gradient(${stops.join(', ')})`;
}

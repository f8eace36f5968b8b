// How big map marks and arrows are: shared by the canvas and the legend so they agree.
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

// What the bundled base map covers: the map never pans past it, and links beyond it are refused.
import { MAP_LIMITS } from '@/state/view-store';

/** [[south, west], [north, east]], the same box as scripts/build-base-map.mjs's COVERAGE_BBOX. */
export const COVERAGE: [[number, number], [number, number]] = [
  [MAP_LIMITS.south, MAP_LIMITS.west],
  [MAP_LIMITS.north, MAP_LIMITS.east],
];

// What the bundled base map covers: the map never pans or zooms out past it (scripts/build-base-map.mjs's COVERAGE_BBOX).

/** [[south, west], [north, east]]. */
export const COVERAGE: [[number, number], [number, number]] = [
  [-30, 40],
  [70, 175],
];

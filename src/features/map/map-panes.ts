// The map's stacking order: base shapes, country names, arrows, arrow heads, marks, place names, popups.
import type L from 'leaflet';

export const PANES = {
  base: 'atlas-base',
  countryLabels: 'atlas-country-labels',
  arrowHeads: 'atlas-arrow-heads',
  labels: 'atlas-labels',
} as const;

// Leaflet's own panes: overlay (arrows) 400, markers 600, popups 700.
const Z_INDEX: Record<string, number> = {
  [PANES.base]: 200,
  [PANES.countryLabels]: 300,
  [PANES.arrowHeads]: 450,
  [PANES.labels]: 620,
};

/** Creates the panes once per map (idempotent, so every layer may call it first). */
export function ensurePanes(map: L.Map): void {
  for (const [name, z] of Object.entries(Z_INDEX)) {
    if (map.getPane(name)) continue;
    const pane = map.createPane(name);
    pane.style.zIndex = String(z);
    pane.style.pointerEvents = 'none';
  }
}

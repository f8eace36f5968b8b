// The map's stacking order: base shapes, the canvas (arrows, marks), names, arrow and mark hit elements, popups.
import type L from 'leaflet';

export const PANES = {
  base: 'atlas-base',
  canvas: 'atlas-canvas',
  labels: 'atlas-labels',
  arrowHits: 'atlas-arrow-hits',
  hits: 'atlas-hits',
} as const;

// Leaflet's own panes: overlay 400, markers 600, popups 700.
const Z_INDEX: Record<string, number> = {
  [PANES.base]: 200,
  [PANES.canvas]: 450,
  [PANES.labels]: 500,
  [PANES.arrowHits]: 540,
  [PANES.hits]: 550,
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

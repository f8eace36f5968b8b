// The overlay's canvas: Leaflet's renderer keeps it placed through pans and zoom animations; the scene is painted on it in the theme's colours.
import L from 'leaflet';
import { paintScene, type Colours, type Scene, type SceneState } from './map-canvas';
import type { MapMark } from './map-marks';
import { PANES } from './map-panes';

function cssColours(el: Element): Colours {
  const style = getComputedStyle(el);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    edge: v('--map-mark-edge'),
    ring: v('--map-ring'),
    label: v('--map-label'),
    land: v('--map-land'),
    badge: v('--text'),
    badgeText: v('--panel'),
    accent: v('--accent'),
  };
}

export class OverlayCanvas {
  private readonly map: L.Map;
  private readonly renderer: L.Canvas;
  private readonly moved: () => void;
  /** The theme's colours, read once per theme: a computed style per paint cost more than the paint. */
  private colours: Colours | null = null;
  private readonly onTheme: () => void;
  private readonly themeObserver: MutationObserver;
  private readonly darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  /** `moved` runs when Leaflet has moved or redone the canvas, `repaint` when the theme changed. */
  constructor(map: L.Map, moved: () => void, repaint: () => void) {
    this.map = map;
    this.moved = moved;
    // Leaflet's own canvas renderer keeps the canvas positioned and scales it through zoom animations.
    // Its default margin beyond the frame (a tenth of the map's size on each side): each frame that
    // repaints the canvas hands all of it to the compositor, and at a margin of 0.3 the canvas had
    // 2.56 times the frame's pixels, which made the longest frames of a playback run.
    this.renderer = L.canvas({ pane: PANES.canvas, padding: 0.1 });
    this.renderer.addTo(map);
    this.renderer.on('update', moved);
    this.onTheme = () => {
      this.colours = null;
      repaint();
    };
    this.themeObserver = new MutationObserver(this.onTheme);
    this.themeObserver.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    this.darkQuery.addEventListener('change', this.onTheme);
  }

  destroy(): void {
    this.renderer.off('update', this.moved);
    this.renderer.remove();
    this.themeObserver.disconnect();
    this.darkQuery.removeEventListener('change', this.onTheme);
  }

  /** Paints the scene; `badge` gives a mark's count text (null for a single event). */
  paint(scene: Scene, state: SceneState, badge: (mark: MapMark) => string | null): void {
    const canvas = this.map.getPane(PANES.canvas)?.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const at = L.DomUtil.getPosition(canvas);
    const width = parseFloat(canvas.style.width) || canvas.width;
    const height = parseFloat(canvas.style.height) || canvas.height;
    const ratio = canvas.width / width;
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    // Scene points are container pixels; the canvas sits at `at` in layer pixels.
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.translate(origin.x - at.x, origin.y - at.y);
    this.colours ??= cssColours(this.map.getContainer());
    paintScene(ctx, scene, this.colours, state, badge);
  }
}

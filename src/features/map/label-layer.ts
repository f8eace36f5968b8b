// The map's names on the page: one positioned div per placed label, reused from one redraw to the next.
import L from 'leaflet';
import type { Label } from './map-labels';
import { PANES } from './map-panes';

export class LabelLayer {
  private readonly map: L.Map;
  private readonly layer: HTMLElement;

  constructor(map: L.Map) {
    this.map = map;
    this.layer = L.DomUtil.create('div', 'map-labels', map.getPane(PANES.labels));
  }

  destroy(): void {
    this.layer.remove();
  }

  draw(labels: readonly Label[]): void {
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    const pool = [...this.layer.children] as HTMLElement[];
    labels.forEach((label, i) => {
      let el = pool[i];
      if (!el) {
        el = document.createElement('div');
        this.layer.append(el);
      }
      el.className = `map-label map-label-${label.kind}`;
      el.textContent = label.text;
      el.style.transform = `translate(${(label.rect.x + origin.x).toFixed(1)}px, ${(label.rect.y + origin.y).toFixed(1)}px)`;
      el.style.width = `${label.rect.width}px`;
      // The size the placer measured and spaced: the box it kept clear is the box that shows.
      el.style.fontSize = `${label.font}px`;
      el.style.lineHeight = `${label.rect.height}px`;
      el.style.textAlign = label.align;
    });
    for (const el of pool.slice(labels.length)) el.remove();
  }
}

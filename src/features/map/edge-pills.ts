// The edge indicators as buttons over the map: each pill grows inwards from its edge, clear of the map's controls and of the other pills, and frames its marks when clicked.
import L from 'leaflet';
import type { Place } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import type { Rect } from '@/ui/label-placer';
import {
  clearOfControls,
  EDGE_INSET,
  edgeIndicators,
  type EdgeIndicator,
  type Offscreen,
} from './edge-indicators';
import type { MapMark } from './map-marks';
import type { MapText } from './map-messages';
import { indicatorElement } from './mark-elements';

type Edge = EdgeIndicator<unknown>['edge'];
/** Where a pill sits along each axis: grown inwards from the edge it is on, else centred on its spot. */
type Anchor = 'start' | 'end' | 'centre';
const ALONG_X: Record<Edge, Anchor> = {
  left: 'start',
  right: 'end',
  top: 'centre',
  bottom: 'centre',
};
const ALONG_Y: Record<Edge, Anchor> = {
  top: 'start',
  bottom: 'end',
  left: 'centre',
  right: 'centre',
};

/** Where a pill of `length` starts along one axis of a frame `span` long, whole inside the frame. */
function pillStart(at: number, length: number, span: number, anchor: Anchor): number {
  const start = anchor === 'end' ? at - length : anchor === 'start' ? at : at - length / 2;
  return Math.max(EDGE_INSET, Math.min(span - EDGE_INSET - length, start));
}

export class EdgePills {
  private readonly map: L.Map;
  private readonly layer: HTMLElement;
  private readonly frame: (places: readonly Place[]) => void;

  /** `frame` frames the places of a clicked pill's marks. */
  constructor(map: L.Map, frame: (places: readonly Place[]) => void) {
    this.map = map;
    this.frame = frame;
    this.layer = L.DomUtil.create('div', 'map-edge', map.getContainer());
  }

  destroy(): void {
    this.layer.remove();
  }

  /** A pill for each direction that has marks beyond the frame; returns the boxes the pills take. */
  draw(
    offscreen: readonly Offscreen<MapMark>[],
    controls: readonly Rect[],
    t: MapText,
    lang: Lang,
  ): Rect[] {
    this.layer.replaceChildren();
    const rects: Rect[] = [];
    const size = this.map.getSize();
    const frame = { width: size.x, height: size.y };
    for (const indicator of edgeIndicators(offscreen, frame, EDGE_INSET)) {
      const { el, width, height } = indicatorElement(indicator, t, lang);
      const x = pillStart(indicator.x, width, size.x, ALONG_X[indicator.edge]);
      const y = pillStart(indicator.y, height, size.y, ALONG_Y[indicator.edge]);
      // Clear of the controls and of the pills already placed: two pills near a corner never overlap.
      const pill = clearOfControls(
        { x, y, width, height },
        indicator.edge,
        [...controls, ...rects],
        frame,
        4,
      );
      el.style.left = `${pill.x}px`;
      el.style.top = `${pill.y}px`;
      const places = indicator.items.flatMap((m) => m.places);
      el.addEventListener('click', () => this.frame(places));
      L.DomEvent.disableClickPropagation(el);
      this.layer.append(el);
      rects.push(pill);
    }
    return rects;
  }
}

// The map's hit elements: a transparent, focusable element over each painted mark and a path along each arrow, for pointer, keyboard and assistive tech.
import L from 'leaflet';
import type { MovementGroup } from '@/domain/derived-shapes';
import type { Lang } from '@/state/view-store';
import { inFrame, pathData } from './arrow-geometry';
import type { DrawnArrow, DrawnMark } from './map-canvas';
import type { Highlight } from './map-highlight';
import { idTextOf, type MapMark } from './map-marks';
import type { MapText } from './map-messages';
import { PANES } from './map-panes';
import { carryEventIds, markElement } from './mark-elements';
import { MarkFocus } from './mark-focus';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface HitHandlers {
  select: (id: string) => void;
  hover: (id: string | null) => void;
  /** A mark was clicked or pressed: select its latest event and, for a group, list its events. */
  open: (mark: MapMark, el: HTMLElement, fromKeyboard: boolean) => void;
}

/** Stable across zooms, so a focused mark keeps its element (and focus) while its place stays alone. */
function markKey(mark: MapMark): string {
  return mark.places.map((p) => p.id).join('|');
}

export class MapHits {
  private readonly map: L.Map;
  private readonly handlers: HitHandlers;
  private readonly hits: HTMLElement;
  private readonly arrowSvg: SVGSVGElement;
  private readonly markEls = new Map<string, HTMLElement>();
  private readonly markOfEl = new WeakMap<Element, MapMark>();
  private readonly arrowPaths = new Map<string, SVGPathElement>();
  private readonly movementOfPath = new WeakMap<Element, MovementGroup>();
  private readonly focus = new MarkFocus(this.markEls);
  private moving = false;
  /** The last press on a mark or arrow became a drag of the map: its click is no selection. */
  private dragged = false;
  private readonly onPress = () => {
    this.dragged = false;
  };
  private readonly onDragStart = () => {
    this.dragged = true;
  };
  private readonly onMoveStart = () => {
    this.moving = true;
  };
  private readonly onMoveEnd = () => {
    this.moving = false;
  };

  constructor(map: L.Map, handlers: HitHandlers) {
    this.map = map;
    this.handlers = handlers;
    map.on('movestart zoomstart', this.onMoveStart).on('moveend', this.onMoveEnd);
    map.on('dragstart', this.onDragStart);
    this.hits = L.DomUtil.create('div', 'map-hits', map.getPane(PANES.hits));
    this.hits.setAttribute('role', 'group');
    this.arrowSvg = document.createElementNS(SVG_NS, 'svg');
    this.arrowSvg.setAttribute('class', 'map-arrow-hits');
    map.getPane(PANES.arrowHits)?.append(this.arrowSvg);
    for (const layer of [this.hits, this.arrowSvg]) {
      layer.addEventListener('pointerdown', this.onPress);
      // A double click on a mark is two clicks on it, not a zoom of the map.
      layer.addEventListener('dblclick', L.DomEvent.stopPropagation);
    }
  }

  destroy(): void {
    this.map.off('movestart zoomstart', this.onMoveStart).off('moveend', this.onMoveEnd);
    this.map.off('dragstart', this.onDragStart);
    this.hits.remove();
    this.arrowSvg.remove();
  }

  /** Drops the mark elements (their names are in the old language): the next draw makes them anew. */
  clearMarks(): void {
    for (const el of this.markEls.values()) el.remove();
    this.markEls.clear();
  }

  draw(
    drawn: readonly DrawnMark[],
    arrows: readonly DrawnArrow[],
    t: MapText,
    lang: Lang,
    selected: (mark: MapMark) => boolean,
  ): void {
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    // Larger marks first in the DOM, as on the canvas, so a small mark over a big one takes the click.
    const order = [...drawn].sort((a, b) => b.radius - a.radius);
    const keys = new Set(order.map((m) => markKey(m.mark)));
    for (const [key, el] of this.markEls) {
      if (keys.has(key)) continue;
      el.remove();
      this.markEls.delete(key);
    }
    order.forEach((m, at) => {
      const key = markKey(m.mark);
      let el = this.markEls.get(key);
      if (!el) {
        el = this.createMarkElement();
        this.markEls.set(key, el);
      }
      markElement(el, m.mark, t, lang);
      this.markOfEl.set(el, m.mark);
      const size = m.radius * 2;
      el.style.width = `${size}px`;
      el.style.height = `${size}px`;
      el.style.transform = `translate(${(m.x - m.radius + origin.x).toFixed(1)}px, ${(m.y - m.radius + origin.y).toFixed(1)}px)`;
      // Moved only when out of place: moving an element, even to where it was, takes its focus away
      // (Enter on a mark redraws the map, and focus fell to the page).
      const here = this.hits.children[at];
      if (here !== el) this.hits.insertBefore(el, here ?? null);
    });
    this.hits.setAttribute('aria-label', t.mapLabel);
    const size = this.map.getSize();
    const frame = { width: size.x, height: size.y };
    const shown = drawn.filter((m) => inFrame(m, frame));
    const selectedMark = shown.find((m) => selected(m.mark));
    this.focus.update(
      shown.map((m) => ({ key: markKey(m.mark), x: m.x, y: m.y })),
      selectedMark ? markKey(selectedMark.mark) : null,
    );
    this.drawArrowHits(arrows, origin);
  }

  /** data-selected and the hover class on the hit elements, for tests, styles and assistive tech. */
  restyle(highlight: Highlight): void {
    const toggle = (el: Element, selected: boolean, hovered: boolean) => {
      if (selected) el.setAttribute('data-selected', 'true');
      else el.removeAttribute('data-selected');
      el.classList.toggle('is-selected', selected);
      el.classList.toggle('is-hovered', hovered);
    };
    for (const el of this.markEls.values()) {
      const mark = this.markOfEl.get(el);
      if (!mark) continue;
      toggle(el, highlight.selected({ mark }), highlight.hovered({ mark }));
      if (highlight.faded({ mark })) el.setAttribute('data-faded', 'true');
      else el.removeAttribute('data-faded');
    }
    for (const path of this.arrowPaths.values()) {
      const movement = this.movementOfPath.get(path);
      if (movement) toggle(path, highlight.selected({ movement }), highlight.hovered({ movement }));
    }
  }

  /**
   * The pointer over a mark or arrow hovers its event in every view, but not while the map moves under
   * a still pointer or a drag: marks sliding past would light up the chart and list for nothing, and
   * each would cost every view a render in the middle of the move.
   */
  private pointAt(id: string | null): void {
    if (this.moving && id !== null) return;
    this.handlers.hover(id);
  }

  private createMarkElement(): HTMLElement {
    const el = document.createElement('div');
    const mark = () => this.markOfEl.get(el);
    const latest = () => mark()?.latest.id ?? null;
    el.addEventListener('click', (e) => {
      const m = mark();
      if (m && this.clicked(e)) this.handlers.open(m, el, false);
    });
    el.addEventListener('keydown', (e) => {
      const m = mark();
      if (!m || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.handlers.open(m, el, true);
      } else if (!this.map.keyboard.enabled()) {
        // Present mode turns the map's keys off: the arrows step the talk, from a clicked mark too.
        return;
      } else if (this.focus.move(el, markKey(m), e.key) || e.key.startsWith('Arrow')) {
        // An arrow at the last mark that way stays put: the page does not scroll under the map.
        e.preventDefault();
      }
    });
    el.addEventListener('mouseenter', () => this.pointAt(latest()));
    el.addEventListener('mouseleave', () => this.pointAt(null));
    el.addEventListener('focus', () => {
      const m = mark();
      if (m) this.focus.focused(markKey(m));
      this.handlers.hover(latest());
    });
    el.addEventListener('blur', () => this.handlers.hover(null));
    return el;
  }

  /**
   * A press on a mark or arrow may start a drag: it reaches the map, which pans, as from anywhere else.
   * Only a click that was no drag selects, and it stays with the mark (a click on the empty map
   * clears the selection).
   */
  private clicked(e: MouseEvent): boolean {
    L.DomEvent.stopPropagation(e);
    return !this.dragged;
  }

  private drawArrowHits(arrows: readonly DrawnArrow[], origin: L.Point): void {
    const size = this.map.getSize();
    const svg = this.arrowSvg;
    svg.setAttribute('width', String(size.x));
    svg.setAttribute('height', String(size.y));
    svg.setAttribute('viewBox', `0 0 ${size.x} ${size.y}`);
    svg.style.transform = `translate(${origin.x}px, ${origin.y}px)`;
    const seen = new Set<string>();
    for (const arrow of arrows) {
      seen.add(arrow.key);
      let path = this.arrowPaths.get(arrow.key);
      if (!path) {
        path = this.createArrowPath();
        this.arrowPaths.set(arrow.key, path);
        svg.append(path);
      }
      this.movementOfPath.set(path, arrow.movement);
      path.setAttribute('d', pathData(arrow.line));
      carryEventIds(path, idTextOf(arrow.movement));
    }
    for (const [key, path] of this.arrowPaths) {
      if (seen.has(key)) continue;
      path.remove();
      this.arrowPaths.delete(key);
    }
  }

  private createArrowPath(): SVGPathElement {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('class', 'map-arrow');
    const latest = () => this.movementOfPath.get(path)?.latest.id ?? null;
    path.addEventListener('click', (e) => {
      const id = latest();
      if (id && this.clicked(e)) this.handlers.select(id);
    });
    path.addEventListener('mouseenter', () => this.pointAt(latest()));
    path.addEventListener('mouseleave', () => this.pointAt(null));
    return path;
  }
}

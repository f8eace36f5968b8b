// The map's event overlay: marks and arrows on one canvas, transparent hit elements and labels over it, edge indicators; redrawn in place after each move.
import L from 'leaflet';
import type { EventGroup, MovementGroup } from '@/domain/derived-shapes';
import { setBack } from '@/domain/playback';
import type { AtlasEvent, Place } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import { formatNumber, placeName } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { spatialMove } from '@/ui/roving-focus';
import { TYPE_COLORS } from '@/ui/palette';
import { arrowShape, inFrame, lengthOf, pathData, shortenEnd, type Point } from './arrow-geometry';
import type { Rect } from '@/ui/label-placer';
import { clearOfControls, edgeIndicators, type EdgeIndicator } from './edge-indicators';
import {
  paintScene,
  type Colours,
  type DrawnArrow,
  type DrawnMark,
  type Scene,
  type SceneState,
} from './map-canvas';
import { LABEL_FONT, layoutLabels, type Label } from './map-labels';
import type { MapMark, MarkIndex } from './map-marks';
import type { MESSAGES } from './map-messages';
import { ensurePanes, PANES } from './map-panes';
import { indicatorElement, markElement } from './mark-elements';
import { arrowWidth, markRadius } from './mark-style';

type Text = (typeof MESSAGES)['en'];

/** Which shown event an id is: undefined when it is unknown or filtered out. */
export type ShownEvent = (id: string) => AtlasEvent | undefined;

export interface OverlayInput {
  index: MarkIndex;
  movements: readonly MovementGroup[];
  shown: ShownEvent;
  /** During playback, the first day of the month shown: marks with no event since then step back. */
  fadeBefore: string | null;
  lang: Lang;
  t: Text;
}

export interface OverlayHandlers {
  select: (id: string) => void;
  hover: (id: string | null) => void;
  /** A mark was clicked or pressed: select its latest event and, for a group, list its events. */
  open: (mark: MapMark, el: HTMLElement, fromKeyboard: boolean) => void;
  /** Frame these places (an edge indicator was clicked). */
  frame: (places: readonly Place[]) => void;
}

/** Arrows shorter than this on screen would be a smudge between two marks: they are left out. */
const MIN_ARROW_PX = 28;
/**
 * The most arrows drawn, heaviest first: past a few dozen they are a tangle nobody can read, and the
 * redraw stays bounded whatever the data.
 */
const MAX_ARROWS = 60;
/** Indicators and stubs keep this far inside the frame. */
const EDGE_INSET = 8;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A mark stands for the shown events of its places. */
function markHolds(mark: MapMark, shown: ShownEvent, id: string): boolean {
  const event = shown(id);
  return event !== undefined && mark.places.some((p) => p.id === event.place);
}

function arrowHolds(movement: MovementGroup, shown: ShownEvent, id: string): boolean {
  const event = shown(id);
  return event?.from === movement.from.id && event.to === movement.to.id;
}

/** Stable across zooms, so a focused mark keeps its element (and focus) while its place stays alone. */
function markKey(mark: MapMark): string {
  return mark.places.map((p) => p.id).join('|');
}

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

export class MapOverlay {
  private readonly map: L.Map;
  private readonly handlers: OverlayHandlers;
  private readonly renderer: L.Canvas;
  private readonly hits: HTMLElement;
  private readonly arrowSvg: SVGSVGElement;
  private readonly labels: HTMLElement;
  private readonly edge: HTMLElement;
  private input: OverlayInput | null = null;
  private lastMarks: MapMark[] = [];
  private scene: Scene = { marks: [], arrows: [], waypoints: [] };
  private markEls = new Map<string, HTMLElement>();
  private markOfEl = new WeakMap<Element, MapMark>();
  private arrowPaths = new Map<string, SVGPathElement>();
  private movementOfPath = new WeakMap<Element, MovementGroup>();
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  /** The marks inside the frame, west to east, and which holds the map's one Tab stop. */
  private focusable: { key: string; x: number; y: number }[] = [];
  private tabStopKey: string | null = null;
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
  private readonly onUpdate = () => this.redraw();
  // Drawn again on the next frame, once however many ask: after a resize or reset (a map first laid
  // out hidden, on a phone's Map tab, is resized when shown and Leaflet redoes its canvas), a legend
  // opened or folded, or the clusters of a new zoom arriving from the worker.
  private redrawFrame = 0;
  private readonly redrawSoon = () => {
    cancelAnimationFrame(this.redrawFrame);
    this.redrawFrame = requestAnimationFrame(() => this.redraw());
  };
  /** The theme's colours, read once per theme: a computed style per paint cost more than the paint. */
  private colours: Colours | null = null;
  private readonly onTheme = () => {
    this.colours = null;
    this.paint();
  };
  // Names keep clear of the legend: opening or folding it lays them out again.
  private readonly onToggle = (e: Event) => {
    if (e.target instanceof Element && e.target.matches('.map-legend')) this.redrawSoon();
  };
  private readonly themeObserver = new MutationObserver(this.onTheme);
  private readonly darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  constructor(map: L.Map, handlers: OverlayHandlers) {
    this.map = map;
    this.handlers = handlers;
    ensurePanes(map);
    // Leaflet's own canvas renderer keeps the canvas positioned and scales it through zoom animations.
    this.renderer = L.canvas({ pane: PANES.canvas, padding: 0.3 });
    this.renderer.addTo(map);
    this.renderer.on('update', this.onUpdate);
    map.on('resize viewreset', this.redrawSoon);
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
    this.labels = L.DomUtil.create('div', 'map-labels', map.getPane(PANES.labels));
    this.edge = L.DomUtil.create('div', 'map-edge', map.getContainer());
    // `toggle` does not bubble: caught on the way down, in the frame that holds the map and its keys.
    this.controlsFrame().addEventListener('toggle', this.onToggle, true);
    this.themeObserver.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    this.darkQuery.addEventListener('change', this.onTheme);
  }

  destroy(): void {
    this.renderer.off('update', this.onUpdate);
    this.map.off('resize viewreset', this.redrawSoon);
    this.map.off('movestart zoomstart', this.onMoveStart).off('moveend', this.onMoveEnd);
    this.map.off('dragstart', this.onDragStart);
    this.controlsFrame().removeEventListener('toggle', this.onToggle, true);
    cancelAnimationFrame(this.redrawFrame);
    this.renderer.remove();
    this.hits.remove();
    this.arrowSvg.remove();
    this.labels.remove();
    this.edge.remove();
    this.themeObserver.disconnect();
    this.darkQuery.removeEventListener('change', this.onTheme);
  }

  setInput(input: OverlayInput): void {
    if (this.input?.lang !== input.lang || this.input.t !== input.t) {
      for (const el of this.markEls.values()) el.remove();
      this.markEls.clear();
    }
    this.input = input;
    this.redraw();
  }

  /** Selection can change which label wins a spot, so it lays the labels out again; hover only repaints. */
  setState(selectedId: string | null, hoveredId: string | null): void {
    const selectionChanged = selectedId !== this.selectedId;
    this.selectedId = selectedId;
    this.hoveredId = hoveredId;
    if (selectionChanged) this.redraw();
    else {
      this.restyle();
      this.paint();
    }
  }

  /** The mark (at the current zoom) standing for this event, to pan to it. */
  markFor(id: string): MapMark | undefined {
    const input = this.input;
    if (!input) return undefined;
    return this.allMarks().find((m) => markHolds(m, input.shown, id));
  }

  /**
   * Every mark at the current zoom, inside the frame or not: the indicators count the rest. While a
   * worker clusters a new zoom, the marks last drawn stay, and the answer draws again.
   */
  private allMarks(): MapMark[] {
    const input = this.input;
    if (!input) return [];
    const index = input.index;
    const marks = index.marksAt(this.map.getZoom(), () => {
      if (this.input?.index === index) this.redrawSoon();
    });
    if (marks) this.lastMarks = marks;
    return marks ?? this.lastMarks;
  }

  private redraw(): void {
    const input = this.input;
    if (!input) return;
    const map = this.map;
    const size = map.getSize();
    const frame = { width: size.x, height: size.y };
    const all = this.allMarks();
    // Marks a pan could bring in are drawn too (the canvas reaches past the frame); the rest only counted.
    const reach = { x: size.x * 0.3, y: size.y * 0.3 };
    const drawn: DrawnMark[] = [];
    const offscreen: { x: number; y: number; count: number; item: MapMark }[] = [];
    const pointOfPlace = new Map<string, { at: Point; radius: number }>();
    for (const mark of all) {
      const p = map.latLngToContainerPoint([mark.lat, mark.lon]);
      const radius = markRadius(mark.people);
      for (const place of mark.places) pointOfPlace.set(place.id, { at: p, radius });
      if (!inFrame(p, frame)) offscreen.push({ x: p.x, y: p.y, count: mark.count, item: mark });
      if (p.x > -reach.x && p.y > -reach.y && p.x < size.x + reach.x && p.y < size.y + reach.y)
        drawn.push({ mark, x: p.x, y: p.y, radius });
    }
    const { arrows, waypoints, stubs } = this.arrowsOf(input, frame, pointOfPlace);
    this.scene = { marks: drawn, arrows, waypoints: waypoints.map((w) => w.at) };
    const indicators = edgeIndicators(offscreen, frame, EDGE_INSET);
    // Measured once, before this redraw writes to the page: read again after the indicators are
    // placed, they would make the browser lay the page out in the middle of the redraw.
    const controls = this.controlRects();
    const font = this.labelFont();
    const indicatorRects = this.drawIndicators(indicators, input, controls);
    const labels = layoutLabels({
      map,
      frame,
      marks: drawn.filter((m) => inFrame(m, frame)),
      obstacleMarks: drawn,
      stubs,
      waypoints,
      obstacles: [...indicatorRects, ...controls],
      lang: input.lang,
      font,
      selected: (mark) => this.selectedId !== null && markHolds(mark, input.shown, this.selectedId),
      badge: (mark) => this.badge(mark),
    });
    this.drawLabels(labels);
    this.drawHits(drawn, arrows, input);
    this.restyle();
    this.paint();
  }

  private badge(mark: MapMark): string | null {
    return mark.count > 1 && this.input ? formatNumber(mark.count, this.input.lang) : null;
  }

  /** The names' size: `--map-label-size` where the page sets one (present mode), else LABEL_FONT. */
  private labelFont(): number {
    const set = parseFloat(
      getComputedStyle(this.map.getContainer()).getPropertyValue('--map-label-size'),
    );
    return set > 0 ? set : LABEL_FONT;
  }

  /** The frame that holds the map and the keys laid over it (legend, playback key, credit). */
  private controlsFrame(): HTMLElement {
    const container = this.map.getContainer();
    return container.parentElement ?? container;
  }

  /** The zoom buttons, legend, playback key and credit lie over the map: no name goes under them. */
  private controlRects() {
    const box = this.map.getContainer().getBoundingClientRect();
    return [
      ...this.controlsFrame().querySelectorAll(
        '.leaflet-control, .map-legend, .map-fade-key, .map-credit',
      ),
    ].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
    });
  }

  private arrowsOf(
    input: OverlayInput,
    frame: { width: number; height: number },
    pointOfPlace: Map<string, { at: Point; radius: number }>,
  ) {
    const map = this.map;
    const heaviest =
      input.movements.length <= MAX_ARROWS
        ? input.movements
        : [...input.movements]
            .sort((a, b) => b.people - a.people || b.count - a.count)
            .slice(0, MAX_ARROWS);
    const arrows: DrawnArrow[] = [];
    const stubs: { text: string; at: Point; arrow: DrawnArrow; people: number }[] = [];
    const waypoints = new Map<string, { place: Place; at: Point }>();
    const end = (place: Place) => {
      const found = pointOfPlace.get(place.id);
      if (found) return { ...found, marked: true };
      return { at: map.latLngToContainerPoint([place.lat, place.lon]), radius: 0, marked: false };
    };
    for (const movement of heaviest) {
      const from = end(movement.from);
      const to = end(movement.to);
      if (Math.hypot(to.at.x - from.at.x, to.at.y - from.at.y) < MIN_ARROW_PX) continue;
      const shape = arrowShape(from.at, to.at, frame, EDGE_INSET);
      if (!shape) continue;
      const line = shape.kind === 'out' ? shape.line : shortenEnd(shape.line, to.radius + 1.5);
      if (lengthOf(line) < 8) continue;
      const arrow: DrawnArrow = {
        key: `${movement.from.id}>${movement.to.id}`,
        movement,
        line,
        color: TYPE_COLORS[movement.dominantType],
        width: arrowWidth(movement.people),
      };
      arrows.push(arrow);
      // Places people were moved from or to that hold no mark of their own (Ruili, Nanjing…) get a ring.
      if (shape.kind !== 'in' && !from.marked)
        waypoints.set(movement.from.id, { place: movement.from, at: from.at });
      if (shape.kind !== 'out' && !to.marked)
        waypoints.set(movement.to.id, { place: movement.to, at: to.at });
      if (shape.kind === 'out')
        stubs.push({
          text: fill(input.t.toPlace, { place: placeName(movement.to, input.lang) }),
          at: line[line.length - 1] as Point,
          arrow,
          people: movement.people,
        });
      if (shape.kind === 'in')
        stubs.push({
          text: fill(input.t.fromPlace, { place: placeName(movement.from, input.lang) }),
          at: line[0] as Point,
          arrow,
          people: movement.people,
        });
    }
    return { arrows, waypoints: [...waypoints.values()], stubs };
  }

  private drawIndicators(
    indicators: EdgeIndicator<MapMark>[],
    input: OverlayInput,
    controls: readonly Rect[],
  ) {
    this.edge.replaceChildren();
    const rects: Rect[] = [];
    const size = this.map.getSize();
    const frame = { width: size.x, height: size.y };
    for (const indicator of indicators) {
      const { el, width, height } = indicatorElement(indicator, input.t, input.lang);
      // Grows inwards from the edge it sits on, and stays whole inside the frame.
      const clampX = (x: number) => Math.max(EDGE_INSET, Math.min(size.x - EDGE_INSET - width, x));
      const clampY = (y: number) => Math.max(EDGE_INSET, Math.min(size.y - EDGE_INSET - height, y));
      const x = clampX(
        indicator.edge === 'right'
          ? indicator.x - width
          : indicator.edge === 'left'
            ? indicator.x
            : indicator.x - width / 2,
      );
      const y = clampY(
        indicator.edge === 'bottom'
          ? indicator.y - height
          : indicator.edge === 'top'
            ? indicator.y
            : indicator.y - height / 2,
      );
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
      el.addEventListener('click', () => this.handlers.frame(places));
      L.DomEvent.disableClickPropagation(el);
      this.edge.append(el);
      rects.push(pill);
    }
    return rects;
  }

  private drawLabels(labels: readonly Label[]): void {
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    const pool = [...this.labels.children] as HTMLElement[];
    labels.forEach((label, i) => {
      let el = pool[i];
      if (!el) {
        el = document.createElement('div');
        this.labels.append(el);
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

  private drawHits(
    drawn: readonly DrawnMark[],
    arrows: readonly DrawnArrow[],
    input: OverlayInput,
  ) {
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
      markElement(el, m.mark, input.t, input.lang);
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
    this.hits.setAttribute('aria-label', input.t.mapLabel);
    this.setTabStop(drawn, input);
    this.drawArrowHits(arrows, origin);
  }

  /**
   * The marks are one Tab stop, as a toolbar is: the mark last focused while it stays in the frame, else
   * the selected one, else the westmost. Arrow keys move to the nearest mark that way.
   */
  private setTabStop(drawn: readonly DrawnMark[], input: OverlayInput): void {
    const size = this.map.getSize();
    const frame = { width: size.x, height: size.y };
    this.focusable = drawn
      .filter((m) => inFrame(m, frame))
      .map((m) => ({ key: markKey(m.mark), x: m.x, y: m.y }))
      .sort((a, b) => a.x - b.x);
    const keys = new Set(this.focusable.map((m) => m.key));
    const selected = this.selectedId;
    const selectedMark =
      selected === null
        ? undefined
        : drawn.find((m) => keys.has(markKey(m.mark)) && markHolds(m.mark, input.shown, selected));
    const stop =
      (this.tabStopKey !== null && keys.has(this.tabStopKey) ? this.tabStopKey : null) ??
      (selectedMark ? markKey(selectedMark.mark) : null) ??
      this.focusable[0]?.key ??
      null;
    for (const [key, el] of this.markEls) el.tabIndex = key === stop ? 0 : -1;
  }

  private moveFocus(el: HTMLElement, key: string): boolean {
    const mark = this.markOfEl.get(el);
    if (!mark) return false;
    const from = this.focusable.findIndex((m) => m.key === markKey(mark));
    const to = this.focusable[spatialMove(this.focusable, from, key) ?? -1];
    const target = to && this.markEls.get(to.key);
    if (!target) return false;
    el.tabIndex = -1;
    target.tabIndex = 0;
    this.tabStopKey = to.key;
    target.focus();
    return true;
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
      } else if (this.moveFocus(el, e.key) || e.key.startsWith('Arrow')) {
        // An arrow at the last mark that way stays put: the page does not scroll under the map.
        e.preventDefault();
      }
    });
    el.addEventListener('mouseenter', () => this.pointAt(latest()));
    el.addEventListener('mouseleave', () => this.pointAt(null));
    el.addEventListener('focus', () => {
      const m = mark();
      if (m) this.tabStopKey = markKey(m);
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
      path.setAttribute('data-event-id', arrow.movement.events.map((e) => e.id).join(' '));
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

  private sceneState(): SceneState {
    const shown = this.input?.shown;
    const holds = (item: DrawnMark | DrawnArrow, id: string | null) =>
      id !== null &&
      shown !== undefined &&
      ('mark' in item ? markHolds(item.mark, shown, id) : arrowHolds(item.movement, shown, id));
    return {
      selected: (item) => holds(item, this.selectedId),
      hovered: (item) => holds(item, this.hoveredId),
      faded: (item) => this.faded('mark' in item ? item.mark : item.movement),
    };
  }

  private faded(group: EventGroup): boolean {
    return setBack(group, this.input?.fadeBefore ?? null);
  }

  /** data-selected and the hover class on the hit elements, for tests, styles and assistive tech. */
  private restyle(): void {
    const shown = this.input?.shown;
    if (!shown) return;
    const toggle = (el: Element, holds: (id: string) => boolean) => {
      const selected = this.selectedId !== null && holds(this.selectedId);
      const hovered = this.hoveredId !== null && holds(this.hoveredId);
      if (selected) el.setAttribute('data-selected', 'true');
      else el.removeAttribute('data-selected');
      el.classList.toggle('is-selected', selected);
      el.classList.toggle('is-hovered', hovered);
    };
    for (const el of this.markEls.values()) {
      const mark = this.markOfEl.get(el);
      if (!mark) continue;
      toggle(el, (id) => markHolds(mark, shown, id));
      if (this.faded(mark)) el.setAttribute('data-faded', 'true');
      else el.removeAttribute('data-faded');
    }
    for (const path of this.arrowPaths.values()) {
      const movement = this.movementOfPath.get(path);
      if (movement) toggle(path, (id) => arrowHolds(movement, shown, id));
    }
  }

  private paint(): void {
    const canvas = this.map.getPane(PANES.canvas)?.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !this.input) return;
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
    paintScene(ctx, this.scene, this.colours, this.sceneState(), (mark) => this.badge(mark));
  }
}

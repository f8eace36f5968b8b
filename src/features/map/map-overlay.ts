// The map's event overlay: keeps its layers (canvas, hit elements, names, edge indicators) in step with the data, the view and the selection, redrawn in place after each move.
import L from 'leaflet';
import type { Place } from '@/data/schema';
import type { MovementGroup } from '@/domain/derived-shapes';
import type { Lang } from '@/state/view-store';
import { formatNumber } from '@/ui/format';
import type { Rect } from '@/ui/label-placer';
import { inFrame } from './arrow-geometry';
import { ControlBoxes } from './control-boxes';
import { underKey } from './edge-indicators';
import { EdgePills } from './edge-pills';
import { LabelLayer } from './label-layer';
import type { Scene } from './map-canvas';
import { highlight, holdsEvent, type Highlight, type ShownEvent } from './map-highlight';
import { MapHits, type HitHandlers } from './map-hits';
import { LABEL_FONT, layoutLabels, type HeldSides } from './map-labels';
import type { MapMark, MarkIndex } from './map-marks';
import type { MapText } from './map-messages';
import { ensurePanes } from './map-panes';
import { placeScene } from './map-scene';
import { OverlayCanvas } from './overlay-canvas';

/** The size of a tooltip's pointer on the side it opens to (Leaflet's stylesheet draws it 6 px). */
const NOTE_POINTER = 6;

interface OverlayInput {
  index: MarkIndex;
  movements: readonly MovementGroup[];
  shown: ShownEvent;
  /** During playback, the first day of the month shown: marks with no event since then step back. */
  fadeBefore: string | null;
  lang: Lang;
  t: MapText;
}

interface OverlayHandlers extends HitHandlers {
  /** Frame these places (an edge indicator was clicked). */
  frame: (places: readonly Place[]) => void;
}

export class MapOverlay {
  private readonly map: L.Map;
  private readonly canvas: OverlayCanvas;
  private readonly hits: MapHits;
  private readonly labels: LabelLayer;
  private readonly pills: EdgePills;
  private readonly controls: ControlBoxes;
  private input: OverlayInput | null = null;
  private lastMarks: MapMark[] = [];
  private scene: Scene = { marks: [], arrows: [], waypoints: [] };
  /** The sides the places' names took in the last redraw: held during playback. */
  private heldSides: HeldSides = new Map();
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private note: L.Tooltip | null = null;
  // Drawn again on the next frame, once however many ask: after a resize or reset (a map first laid
  // out hidden, on a phone's Map tab, is resized when shown and Leaflet redoes its canvas), a key
  // over the map moved (the legend opened or folded), or the clusters of a new zoom arriving from
  // the worker.
  private redrawFrame = 0;
  private laterFrame = 0;
  private laterTimer = 0;
  private readonly redrawSoon = () => {
    cancelAnimationFrame(this.redrawFrame);
    this.redrawFrame = requestAnimationFrame(() => this.redraw());
  };

  /**
   * A story step's callout (the map's only tooltip, see story-callout.tsx): the names keep clear of
   * it, so they are laid out again when it opens or closes.
   */
  private readonly noteChanged = (e: L.TooltipEvent) => {
    this.note = e.type === 'tooltipopen' ? e.tooltip : null;
    this.redrawSoon();
  };

  constructor(map: L.Map, handlers: OverlayHandlers) {
    this.map = map;
    ensurePanes(map);
    this.canvas = new OverlayCanvas(
      map,
      () => this.redraw(),
      () => this.paint(),
    );
    map.on('resize viewreset', this.redrawSoon);
    map.on('tooltipopen', this.noteChanged);
    map.on('tooltipclose', this.noteChanged);
    // A story link opened at a step with a callout may open it before the overlay is made.
    map.eachLayer((layer) => {
      if (layer instanceof L.Tooltip) this.note = layer;
    });
    this.hits = new MapHits(map, handlers);
    this.labels = new LabelLayer(map);
    this.pills = new EdgePills(map, (places) => handlers.frame(places));
    this.controls = new ControlBoxes(map, this.controlsFrame(), this.redrawSoon);
  }

  destroy(): void {
    this.map.off('resize viewreset', this.redrawSoon);
    this.map.off('tooltipopen', this.noteChanged);
    this.map.off('tooltipclose', this.noteChanged);
    cancelAnimationFrame(this.redrawFrame);
    cancelAnimationFrame(this.laterFrame);
    window.clearTimeout(this.laterTimer);
    this.canvas.destroy();
    this.hits.destroy();
    this.labels.destroy();
    this.pills.destroy();
    this.controls.destroy();
  }

  /**
   * `later`: take the input in a task of its own once the next frame is painted, showing the data
   * drawn before until then. For a new dataset (100,000 events after an import): drawn in the
   * commit that first shows every region's new data, or in the next frame beside the redraw that
   * the page's new layout causes (a resize), it made the page's longest task.
   */
  setInput(input: OverlayInput, later = false): void {
    cancelAnimationFrame(this.laterFrame);
    window.clearTimeout(this.laterTimer);
    if (later) {
      this.laterFrame = requestAnimationFrame(() => {
        this.laterTimer = window.setTimeout(() => this.setInput(input), 0);
      });
      return;
    }
    if (this.input?.lang !== input.lang || this.input.t !== input.t) this.hits.clearMarks();
    this.input = input;
    this.redraw();
  }

  /** Takes the selection and hover without drawing: for the setInput that follows. */
  keepState(selectedId: string | null, hoveredId: string | null): void {
    this.selectedId = selectedId;
    this.hoveredId = hoveredId;
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
    return this.allMarks().find((mark) => holdsEvent({ mark }, input.shown, id));
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
    const { drawn, offscreen, arrows, waypoints, stubs } = placeScene(
      map,
      this.allMarks(),
      input.movements,
      input.t,
      input.lang,
    );
    this.scene = { marks: drawn, arrows, waypoints: waypoints.map((w) => w.at) };
    // Read before this redraw writes to the page: measured after the indicators are placed, they
    // would make the browser lay the page out in the middle of the redraw.
    const controls = this.controls.current();
    const font = this.labelFont();
    // A mark under a key (the legend, a run's month key, the zoom buttons) is out of sight as one
    // beyond the edge: the edge's indicator counts it, and it is not named.
    const inside = drawn.filter((m) => inFrame(m, frame));
    const covered = inside.filter((m) => underKey(m, controls));
    const indicatorRects = this.pills.draw(
      [
        ...offscreen,
        ...covered.map((m) => ({ x: m.x, y: m.y, count: m.mark.count, item: m.mark })),
      ],
      controls,
      input.t,
      input.lang,
    );
    const now = this.highlight(input);
    const labels = layoutLabels({
      map,
      frame,
      marks: covered.length ? inside.filter((m) => !covered.includes(m)) : inside,
      obstacleMarks: drawn,
      stubs,
      waypoints,
      obstacles: [...indicatorRects, ...controls, ...this.noteBox()],
      lang: input.lang,
      font,
      selected: (mark) => now.selected({ mark }),
      badge: (mark) => this.badge(mark),
      // Only from one month of a run to the next: elsewhere the best spots, afresh.
      ...(input.fadeBefore !== null && {
        held: this.heldSides,
        earlier: (mark: MapMark) => now.faded({ mark }),
      }),
    });
    this.heldSides = new Map(labels.flatMap((l) => (l.held ? [[l.held.place, l.held.side]] : [])));
    this.labels.draw(labels);
    this.hits.draw(drawn, arrows, input.t, input.lang, (mark) => now.selected({ mark }));
    this.restyle();
    this.paint();
  }

  /**
   * The callout's box in container pixels, with room for its pointer on whichever side it opens to.
   * Measured in each redraw while there is one (a story step's): it moves with the map, unlike the
   * keys over it.
   */
  private noteBox(): Rect[] {
    const el = this.note?.getElement();
    if (!el) return [];
    const box = this.map.getContainer().getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return [
      {
        x: r.left - box.left - NOTE_POINTER,
        y: r.top - box.top - NOTE_POINTER,
        width: r.width + 2 * NOTE_POINTER,
        height: r.height + 2 * NOTE_POINTER,
      },
    ];
  }

  private highlight(input: OverlayInput): Highlight {
    return highlight(input.shown, this.selectedId, this.hoveredId, input.fadeBefore);
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

  private restyle(): void {
    if (this.input) this.hits.restyle(this.highlight(this.input));
  }

  private paint(): void {
    if (this.input)
      this.canvas.paint(this.scene, this.highlight(this.input), (mark) => this.badge(mark));
  }
}

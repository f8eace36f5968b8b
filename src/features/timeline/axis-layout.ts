// Where every event of the dataset sits on the axis at a given width: lanes, rows within lanes, mark extents.
import { EVENT_TYPES, type AtlasEvent } from '@/data/schema';
import type { ColumnarIndex } from '@/domain/columnar-index';
import { laneKeys, packRows, type LaneBy, type Span } from '@/domain/lanes';
import { lazyProperty } from '@/domain/lazy-property';
import {
  createTimeScale,
  dayNumber,
  monthEnd,
  monthStart,
  paddedDomain,
  xOfDay,
  type TimeScale,
} from '@/domain/time-scale';

export type MarkShape = 'dot' | 'hollow' | 'span' | 'month';

export interface Mark {
  event: AtlasEvent;
  shape: MarkShape;
  lane: number;
  /** Horizontal extent (for bars) and centre (for dots), in pixels. */
  x0: number;
  x1: number;
  cx: number;
  /** Vertical centre of the mark's row. */
  cy: number;
}

export interface Lane {
  key: string;
  top: number;
  height: number;
}

export interface AxisLayout {
  scale: TimeScale;
  lanes: Lane[];
  marks: Mark[];
  markById: Map<string, Mark>;
  /**
   * Each event's position in `marks`, and each mark's rounded centre: a filter change then sets
   * flags by slot instead of building a set of 100,000 ids, and ghosts dedupe on numeric keys.
   * The map is built on first read: with nothing filtered out, every slot is shown without it.
   */
  slotOf: Map<AtlasEvent, number>;
  px: Int32Array;
  py: Int32Array;
  /** Bottom of the last lane: the tick strip starts here. */
  lanesBottom: number;
  /** Full height of the drawing, tick labels included. */
  height: number;
}

export interface AxisGeometry {
  width: number;
  /** Room on the left for lane labels. */
  gutter: number;
  right: number;
  top: number;
  rowHeight: number;
  lanePad: number;
  maxRows: number;
  axisHeight: number;
}

const DOT_RADIUS = 4;
// Short spans still read as bars (not dots) when a few days are under a pixel or two.
const MIN_BAR = 12;

export function markShape(event: AtlasEvent): MarkShape {
  if (event.datePrecision === 'announced') return 'hollow';
  if (event.datePrecision === 'month') return 'month';
  if (event.dateEnd && event.dateEnd > event.date) return 'span';
  return 'dot';
}

function extent(
  scale: TimeScale,
  event: AtlasEvent,
  shape: MarkShape,
  first: number,
  last: number,
): Span {
  if (shape === 'dot' || shape === 'hollow') {
    const cx = xOfDay(scale, first + 0.5);
    return { x0: cx - DOT_RADIUS, x1: cx + DOT_RADIUS };
  }
  const [from, to] =
    shape === 'month'
      ? [dayNumber(monthStart(event.date)), dayNumber(monthEnd(event.date))]
      : [first, last];
  const a = xOfDay(scale, from);
  const b = xOfDay(scale, to + 1);
  if (b - a >= MIN_BAR) return { x0: a, x1: b };
  const mid = (a + b) / 2;
  return { x0: mid - MIN_BAR / 2, x1: mid + MIN_BAR / 2 };
}

/**
 * Lays out ALL dataset events (not just the filtered ones), so filtering never moves a mark or
 * rescales the axis: filtered-out events keep their slots and are drawn as faint ghosts.
 * Reads the dataset's columns (date ranks, type and origin codes): with 100,000 events, parsing
 * and comparing their date strings took most of the first render after an import.
 */
function axisLayout(columns: ColumnarIndex, by: LaneBy, g: AxisGeometry): AxisLayout {
  const { events, dates, startRank, endRank } = columns;
  // The columns hold every start and end date in order; no event ends before it starts.
  const first = dates[0] ?? '2023-01-01';
  const [start, end] = paddedDomain(first, dates[dates.length - 1] ?? first);
  const scale = createTimeScale(start, end, g.gutter, Math.max(g.gutter + 40, g.width - g.right));
  const dayOfRank = dates.map(dayNumber);

  const keys = laneKeys(events, by);
  const laneIndex = new Map(keys.map((k, i) => [k, i]));
  const codes = by === 'type' ? columns.type : columns.origin;
  const laneOfCode = (by === 'type' ? EVENT_TYPES : columns.origins).map(
    (key) => laneIndex.get(key) ?? 0,
  );
  const perLane: { events: AtlasEvent[]; shapes: MarkShape[]; spans: Span[] }[] = keys.map(() => ({
    events: [],
    shapes: [],
    spans: [],
  }));
  for (const [i, event] of events.entries()) {
    const shape = markShape(event);
    const items = perLane[laneOfCode[codes[i] as number] ?? 0];
    const firstDay = dayOfRank[startRank[i] as number] as number;
    const lastDay = dayOfRank[endRank[i] as number] as number;
    items?.events.push(event);
    items?.shapes.push(shape);
    items?.spans.push(extent(scale, event, shape, firstDay, lastDay));
  }

  const lanes: Lane[] = [];
  const marks: Mark[] = [];
  const px = new Int32Array(events.length);
  const py = new Int32Array(events.length);
  let top = g.top;
  perLane.forEach((items, lane) => {
    const { rowAt, rows } = packRows(items.spans, 2, g.maxRows);
    const height = rows * g.rowHeight + 2 * g.lanePad;
    lanes.push({ key: keys[lane] ?? '', top, height });
    items.events.forEach((event, k) => {
      const { x0, x1 } = items.spans[k] as Span;
      const cx = (x0 + x1) / 2;
      const cy = top + g.lanePad + (rowAt[k] as number) * g.rowHeight + g.rowHeight / 2;
      px[marks.length] = Math.round(cx);
      py[marks.length] = Math.round(cy);
      marks.push({ event, shape: items.shapes[k] as MarkShape, lane, x0, x1, cx, cy });
    });
    top += height;
  });

  const layout = {
    scale,
    lanes,
    marks,
    px,
    py,
    lanesBottom: top,
    height: top + g.axisHeight,
  } as AxisLayout;
  // Built on first read: only a selected, hovered or tipped mark is looked up by id, and the
  // map of 100,000 marks was a fifth of the layout's time in the first render after an import.
  lazyProperty(layout, 'markById', () => new Map(marks.map((m) => [m.event.id, m])));
  lazyProperty(layout, 'slotOf', () => new Map(marks.map((m, slot) => [m.event, slot])));
  return layout;
}

const layoutsByColumns = new WeakMap<ColumnarIndex, Map<string, AxisLayout>>();
/** Widths remembered per dataset: the current one and a few a resize passes through. */
const LAYOUTS_KEPT = 4;

/**
 * axisLayout, remembered per dataset, lanes and geometry. React drops the memos of a render it
 * interrupts, and the low-priority first render after an import is interrupted by any input: the
 * axis must not lay out 100,000 events again each time.
 */
export function rememberedAxisLayout(
  columns: ColumnarIndex,
  by: LaneBy,
  g: AxisGeometry,
): AxisLayout {
  let layouts = layoutsByColumns.get(columns);
  if (!layouts) {
    layouts = new Map();
    layoutsByColumns.set(columns, layouts);
  }
  const key = `${by} ${Object.values(g).join(' ')}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = axisLayout(columns, by, g);
    if (layouts.size >= LAYOUTS_KEPT) {
      const oldest = layouts.keys().next();
      if (!oldest.done) layouts.delete(oldest.value);
    }
    layouts.set(key, layout);
  }
  return layout;
}

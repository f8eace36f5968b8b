// Where every event of the dataset sits on the axis at a given width: lanes, rows within lanes, mark extents.
import { EVENT_TYPES, type AtlasEvent } from '@/data/schema';
import type { ColumnarIndex } from '@/domain/columnar-index';
import { laneKeys, packRows, type LaneBy } from '@/domain/lanes';
import { lazyProperty } from '@/domain/lazy-property';
import { dayNumber, monthEnd, monthStart } from '@/domain/calendar';
import { ROWS_PER_STEP } from '@/domain/dataset-index';
import { steppedWork, type Steps, type SteppedWork } from '@/domain/steps';
import { createTimeScale, paddedDomain, xOfDay, type TimeScale } from '@/domain/time-scale';

type MarkShape = 'dot' | 'hollow' | 'span' | 'month';

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

interface Lane {
  key: string;
  top: number;
  height: number;
}

/**
 * The marks are columns over slots (lane by lane, in date order within a lane): 100,000 events
 * need no object each, and a Mark is made only for what is drawn or looked up (markAt).
 */
export interface AxisLayout {
  scale: TimeScale;
  lanes: Lane[];
  /** Number of marks (slots): one per event. */
  size: number;
  /** The columns laid out, and the row of each slot in them: a filter change sets slot flags from the view's row flags. */
  columns: ColumnarIndex;
  rowOfSlot: Uint32Array;
  events: AtlasEvent[];
  shapes: MarkShape[];
  lane: Uint32Array;
  x0: Float64Array;
  x1: Float64Array;
  cy: Float64Array;
  /** Rounded centres: ghosts dedupe on numeric pixel keys. */
  px: Int32Array;
  py: Int32Array;
  /**
   * Each event's slot, and each id's mark, for the selected and hovered events. Built on first
   * read: with nothing selected, the first render after an import needs neither.
   */
  slotOf: Map<AtlasEvent, number>;
  markById: Map<string, Mark>;
  /** Bottom of the last lane: the tick strip starts here. */
  lanesBottom: number;
  /** Full height of the drawing, tick labels included. */
  height: number;
}

/**
 * A 4 px square path at each spot (rounded centre) of the slots `shown` hides, one per spot. The
 * spots seen are flags in a grid of the drawing's pixels, not keys in a Set: with 100,000 events
 * the Set's lookups were most of a playback month's ghosts.
 */
export function ghostPath(
  layout: Pick<AxisLayout, 'px' | 'py' | 'height' | 'scale'>,
  shown: Uint8Array,
): string {
  const { px, py } = layout;
  const width = Math.ceil(layout.scale.x1) + 8;
  const height = Math.ceil(layout.height) + 8;
  const seen = new Uint8Array(width * height);
  // Spots off the grid (none, while marks stay inside the drawing) are still drawn once.
  const off = new Set<number>();
  let d = '';
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] === 1) continue;
    const x = px[i] ?? 0;
    const y = py[i] ?? 0;
    if (x >= 0 && x < width && y >= 0 && y < height) {
      const cell = y * width + x;
      if (seen[cell] === 1) continue;
      seen[cell] = 1;
    } else {
      const key = x * 65_536 + y;
      if (off.has(key)) continue;
      off.add(key);
    }
    d += `M${x - 2},${y - 2}h4v4h-4z`;
  }
  return d;
}

/** The mark in a slot, as an object for drawing. */
export function markAt(layout: AxisLayout, slot: number): Mark {
  const x0 = layout.x0[slot] as number;
  const x1 = layout.x1[slot] as number;
  return {
    event: layout.events[slot] as AtlasEvent,
    shape: layout.shapes[slot] as MarkShape,
    lane: layout.lane[slot] as number,
    x0,
    x1,
    cx: (x0 + x1) / 2,
    cy: layout.cy[slot] as number,
  };
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

/** The mark of an event of this date precision, ending after its start or not (from the date ranks). */
function markShape(precision: AtlasEvent['datePrecision'], endsLater: boolean): MarkShape {
  if (precision === 'announced') return 'hollow';
  if (precision === 'month') return 'month';
  if (endsLater) return 'span';
  return 'dot';
}

/** The mark's horizontal extent in pixels, written at `slot` of x0 and x1. */
function setExtent(
  out: { x0: Float64Array; x1: Float64Array },
  slot: number,
  scale: TimeScale,
  event: AtlasEvent,
  shape: MarkShape,
  first: number,
  last: number,
): void {
  if (shape === 'dot' || shape === 'hollow') {
    const cx = xOfDay(scale, first + 0.5);
    out.x0[slot] = cx - DOT_RADIUS;
    out.x1[slot] = cx + DOT_RADIUS;
    return;
  }
  const [from, to] =
    shape === 'month'
      ? [dayNumber(monthStart(event.date)), dayNumber(monthEnd(event.date))]
      : [first, last];
  const a = xOfDay(scale, from);
  const b = xOfDay(scale, to + 1);
  const wide = b - a >= MIN_BAR;
  const mid = (a + b) / 2;
  out.x0[slot] = wide ? a : mid - MIN_BAR / 2;
  out.x1[slot] = wide ? b : mid + MIN_BAR / 2;
}

/**
 * Lays out ALL dataset events (not just the filtered ones), so filtering never moves a mark or
 * rescales the axis: filtered-out events keep their slots and are drawn as faint ghosts.
 * Reads the dataset's columns (date ranks, type and origin codes): with 100,000 events, parsing
 * and comparing their date strings took most of the first render after an import. In steps of
 * ROWS_PER_STEP slots (and a lane's rows at a time): at 100,000 events the whole layout is the
 * longest piece of work of an import's first render, and it runs between frames.
 */
function* axisLayoutSteps(columns: ColumnarIndex, by: LaneBy, g: AxisGeometry): Steps<AxisLayout> {
  const { events, dates, startRank, endRank } = columns;
  // The columns hold every start and end date in order; no event ends before it starts.
  const first = dates[0] ?? '2023-01-01';
  const [start, end] = paddedDomain(first, dates[dates.length - 1] ?? first);
  const scale = createTimeScale(start, end, g.gutter, Math.max(g.gutter + 40, g.width - g.right));
  const dayOfRank = new Float64Array(dates.length);
  for (let rank = 0; rank < dates.length; rank++) {
    dayOfRank[rank] = dayNumber(dates[rank] as string);
    if ((rank + 1) % ROWS_PER_STEP === 0) yield 0;
  }

  const keys = laneKeys(events, by);
  const laneIndex = new Map(keys.map((k, i) => [k, i]));
  const codes = by === 'type' ? columns.type : columns.origin;
  const laneOfCode = (by === 'type' ? EVENT_TYPES : columns.origins).map(
    (key) => laneIndex.get(key) ?? 0,
  );
  // Slots lane by lane, each lane's events in date order: where each lane starts, by counting.
  const size = events.length;
  const laneOfRow = new Uint32Array(size);
  const laneStart = new Uint32Array(keys.length + 1);
  for (let i = 0; i < size; i++) {
    const lane = laneOfCode[codes[i] as number] ?? 0;
    laneOfRow[i] = lane;
    (laneStart[lane + 1] as number)++;
  }
  for (let lane = 0; lane < keys.length; lane++)
    laneStart[lane + 1] = (laneStart[lane + 1] as number) + (laneStart[lane] as number);
  const next = laneStart.slice(0, keys.length);
  const rowOfSlot = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const l = laneOfRow[i] as number;
    rowOfSlot[next[l] as number] = i;
    (next[l] as number)++;
  }
  yield 0.1;

  // Filled in slot order (arrays written out of order in V8 are slow).
  const slotEvents: AtlasEvent[] = [];
  const shapes: MarkShape[] = [];
  const extents = { x0: new Float64Array(size), x1: new Float64Array(size) };
  const lane = new Uint32Array(size);
  for (let slot = 0; slot < size; slot++) {
    const row = rowOfSlot[slot] as number;
    const event = events[row] as AtlasEvent;
    const firstRank = startRank[row] as number;
    const lastRank = endRank[row] as number;
    const shape = markShape(event.datePrecision, lastRank > firstRank);
    slotEvents.push(event);
    shapes.push(shape);
    lane[slot] = laneOfRow[row] as number;
    const firstDay = dayOfRank[firstRank] as number;
    const lastDay = dayOfRank[lastRank] as number;
    setExtent(extents, slot, scale, event, shape, firstDay, lastDay);
    if ((slot + 1) % ROWS_PER_STEP === 0) yield 0.1 + (0.6 * (slot + 1)) / size;
  }

  const lanes: Lane[] = [];
  const cy = new Float64Array(size);
  const px = new Int32Array(size);
  const py = new Int32Array(size);
  let top = g.top;
  const { x0, x1 } = extents;
  const { rowHeight, lanePad } = g;
  for (const [l, key] of keys.entries()) {
    const start = laneStart[l] as number;
    const end = laneStart[l + 1] as number;
    const { rowAt, rows } = packRows(
      x0.subarray(start, end),
      x1.subarray(start, end),
      2,
      g.maxRows,
    );
    const height = rows * rowHeight + 2 * lanePad;
    lanes.push({ key, top, height });
    const firstRowY = top + lanePad + rowHeight / 2;
    for (let slot = start; slot < end; slot++) {
      const y = firstRowY + (rowAt[slot - start] as number) * rowHeight;
      cy[slot] = y;
      px[slot] = Math.round(((x0[slot] as number) + (x1[slot] as number)) / 2);
      py[slot] = Math.round(y);
    }
    top += height;
    yield 0.7 + (0.3 * end) / Math.max(1, size);
  }

  const layout = {
    scale,
    lanes,
    size,
    columns,
    rowOfSlot,
    events: slotEvents,
    shapes,
    lane,
    x0,
    x1,
    cy,
    px,
    py,
    lanesBottom: top,
    height: top + g.axisHeight,
  } as AxisLayout;
  lazyProperty(layout, 'slotOf', () => new Map(slotEvents.map((event, slot) => [event, slot])));
  lazyProperty(
    layout,
    'markById',
    () => new Map(slotEvents.map((event, slot) => [event.id, markAt(layout, slot)])),
  );
  return layout;
}

const layoutsByColumns = new WeakMap<ColumnarIndex, Map<string, SteppedWork<AxisLayout>>>();
/** Widths remembered per dataset: the current one and a few a resize passes through. */
const LAYOUTS_KEPT = 4;

/**
 * The layout's work, remembered (with its progress) per dataset, lanes and geometry. React drops
 * the memos of a render it interrupts, and the low-priority first render after an import is
 * interrupted by any input: the axis must not lay out 100,000 events again each time.
 */
export function rememberedAxisLayout(
  columns: ColumnarIndex,
  by: LaneBy,
  g: AxisGeometry,
): SteppedWork<AxisLayout> {
  let layouts = layoutsByColumns.get(columns);
  if (!layouts) {
    layouts = new Map();
    layoutsByColumns.set(columns, layouts);
  }
  const key = `${by} ${Object.values(g).join(' ')}`;
  let work = layouts.get(key);
  if (!work) {
    work = steppedWork(axisLayoutSteps(columns, by, g));
    if (layouts.size >= LAYOUTS_KEPT) {
      const oldest = layouts.keys().next();
      if (!oldest.done) layouts.delete(oldest.value);
    }
    layouts.set(key, work);
  }
  return work;
}

// Where every event of the dataset sits on the axis at a given width: lanes, rows within lanes, mark extents.
import type { AtlasEvent } from '@/data/schema';
import { laneKey, laneKeys, packRows, type LaneBy } from '@/domain/lanes';
import {
  createTimeScale,
  monthEnd,
  monthStart,
  paddedDomain,
  xEnd,
  xMid,
  xOf,
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

function extent(scale: TimeScale, event: AtlasEvent, shape: MarkShape): [number, number] {
  if (shape === 'dot' || shape === 'hollow') {
    const cx = xMid(scale, event.date);
    return [cx - DOT_RADIUS, cx + DOT_RADIUS];
  }
  const [a, b] =
    shape === 'month'
      ? [xOf(scale, monthStart(event.date)), xEnd(scale, monthEnd(event.date))]
      : [xOf(scale, event.date), xEnd(scale, event.dateEnd ?? event.date)];
  if (b - a >= MIN_BAR) return [a, b];
  const mid = (a + b) / 2;
  return [mid - MIN_BAR / 2, mid + MIN_BAR / 2];
}

/**
 * Lays out ALL dataset events (not just the filtered ones), so filtering never moves a mark or
 * rescales the axis: filtered-out events keep their slots and are drawn as faint ghosts.
 */
export function axisLayout(events: readonly AtlasEvent[], by: LaneBy, g: AxisGeometry): AxisLayout {
  const first = events[0]?.date ?? '2023-01-01';
  const last = events.reduce((max, e) => {
    const end = e.dateEnd ?? e.date;
    return end > max ? end : max;
  }, first);
  const [start, end] = paddedDomain(first, last);
  const scale = createTimeScale(start, end, g.gutter, Math.max(g.gutter + 40, g.width - g.right));

  const keys = laneKeys(events, by);
  const laneIndex = new Map(keys.map((k, i) => [k, i]));
  const perLane: { event: AtlasEvent; shape: MarkShape; x0: number; x1: number }[][] = keys.map(
    () => [],
  );
  for (const event of events) {
    const shape = markShape(event);
    const [x0, x1] = extent(scale, event, shape);
    perLane[laneIndex.get(laneKey(event, by)) ?? 0]?.push({ event, shape, x0, x1 });
  }

  const lanes: Lane[] = [];
  const marks: Mark[] = [];
  let top = g.top;
  perLane.forEach((items, lane) => {
    const { rowOf, rows } = packRows(
      items.map((it) => ({ id: it.event.id, x0: it.x0, x1: it.x1 })),
      2,
      g.maxRows,
    );
    const height = rows * g.rowHeight + 2 * g.lanePad;
    lanes.push({ key: keys[lane] ?? '', top, height });
    for (const it of items) {
      const row = rowOf.get(it.event.id) ?? 0;
      marks.push({
        ...it,
        lane,
        cx: (it.x0 + it.x1) / 2,
        cy: top + g.lanePad + row * g.rowHeight + g.rowHeight / 2,
      });
    }
    top += height;
  });

  return {
    scale,
    lanes,
    marks,
    markById: new Map(marks.map((m) => [m.event.id, m])),
    lanesBottom: top,
    height: top + g.axisHeight,
  };
}

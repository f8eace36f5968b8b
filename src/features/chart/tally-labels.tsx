// The tallies' on-chart labels: each beside its own marker, clear of marks and lines, the latest figures first.
import { utcDay } from '@/domain/calendar';
import type { CumulativePoint } from '@/domain/derived-shapes';
import type { Scale } from '@/state/view-store';
import {
  EIGHT_SIDES,
  lineObstacles,
  ownsSpot,
  placeLabels,
  spotsAround,
  type Obstacle,
  type Rect,
} from '@/ui/label-placer';
import { textWidth } from '@/ui/text-width';
import { band } from './chart-model';
import { CHART_MARGIN, type SeriesView } from './chart-types';
import { MARKER_RADIUS, type TallyPoint } from './tally-points';

/** Pixels a label keeps off marks and lines, beyond its own padding. */
export const LABEL_CLEARANCE = 1;
/** Padding around a label's text inside its placed box: labels keep this apart from each other too. */
const LABEL_PAD = 2;

interface Props {
  points: readonly TallyPoint[];
  /** What the labels keep off: marks and lines (see `markObstacles`), rules and a story note. */
  obstacles: readonly Obstacle[];
  series: readonly SeriesView[];
  /** Where the labels may go: `labelFrame` of the chart, shared with the story note placed first. */
  frame: Rect;
  /** The labels' size, px. */
  labelFont: number;
}

/** Where the chart's labels may go: the plot and the margin above it, clear of the axes. */
export function labelFrame(plot: Rect, marginTop: number): Rect {
  return {
    x: plot.x + 2,
    y: plot.y - marginTop + 2,
    width: plot.width + CHART_MARGIN.right - 2,
    height: plot.height + marginTop - 2,
  };
}

/**
 * The chart's marks and lines as boxes a label keeps off: transfer dots, tally markers (each owned
 * by its tally, whose own label may touch it), and every line, since a line through a label strikes
 * it out: the tally joins, pins and gap whiskers, and the running sums' edges.
 */
export function markObstacles(m: {
  points: readonly TallyPoint[];
  series: readonly SeriesView[];
  dotRects: readonly Rect[];
  origins: readonly string[];
  rows: readonly CumulativePoint[];
  scale: Scale;
  x: (t: number) => number;
  y: (value: number) => number;
}): Obstacle[] {
  const { points, series, origins, rows, scale, x, y } = m;
  return [
    ...m.dotRects,
    ...points.map((p) => ({ ...p.rect, owner: p.v.tally.id })),
    ...series.flatMap((s) =>
      lineObstacles(points.filter((p) => p.s === s).map((p) => ({ x: p.cx, y: p.cy }))),
    ),
    ...points.flatMap((p) =>
      lineObstacles([
        { x: p.cx, y: p.cy },
        ...(p.v.gap ? [{ x: p.cx, y: y(p.v.gap.itemized) }] : []),
      ]),
    ),
    ...origins.flatMap((_, i) =>
      lineObstacles(
        rows.flatMap((row, k) => {
          const top = y(band(row, origins, i, scale)[1]);
          const previous = rows[k - 1];
          const level = previous ? y(band(previous, origins, i, scale)[1]) : top;
          return [
            { x: x(row.t), y: level },
            { x: x(row.t), y: top },
          ];
        }),
      ),
    ),
  ];
}

export function TallyLabels(props: Props) {
  const { points, series, obstacles, frame, labelFont } = props;
  // Each series' latest figure is labelled first; earlier ones only where room is left.
  const latestIds = new Set(series.flatMap((s) => s.tallies.slice(-1).map((v) => v.tally.id)));
  const pointById = new Map(points.map((p) => [p.v.tally.id, p]));
  const labelText = (p: TallyPoint) => (p.above ? `↑ ${p.v.short}` : p.v.short);
  // A label reads as naming the marker nearest it: only spots clearly nearer its own are offered.
  const anchors = new Map(points.map((p) => [p, { x: p.cx, y: p.cy, radius: 0 }]));
  const others = [...anchors.values()];
  const owned = (p: TallyPoint) => (spot: Rect) => {
    const own = anchors.get(p);
    return own !== undefined && ownsSpot(own, others, spot);
  };
  const { placed: labels } = placeLabels(
    points.map((p) => ({
      id: p.v.tally.id,
      priority:
        (p.s.comparable ? 2 : 0) +
        (latestIds.has(p.v.tally.id) ? 1 : 0) +
        utcDay(p.v.tally.announced) / 1e13,
      candidates: spotsAround(
        { x: p.cx, y: p.cy, radius: MARKER_RADIUS },
        {
          width: textWidth(labelText(p), labelFont) + 2 * LABEL_PAD,
          height: labelFont + 2 + 2 * LABEL_PAD,
        },
        2,
        EIGHT_SIDES,
      ).filter(owned(p)),
    })),
    obstacles,
    frame,
    LABEL_CLEARANCE,
  );

  return (
    <g className="tally-labels" pointerEvents="none">
      {labels.map(({ id, rect }) => {
        const p = pointById.get(id);
        return p ? (
          <text
            key={id}
            className={p.s.comparable ? undefined : 'not-comparable'}
            data-label-for={id}
            x={rect.x + LABEL_PAD}
            y={rect.y + rect.height / 2}
            dominantBaseline="central"
            fontSize={labelFont}
          >
            {labelText(p)}
          </text>
        ) : null;
      })}
    </g>
  );
}

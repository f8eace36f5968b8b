// Everything recharts has no series for: transfer dots, tally markers, joins and labels, brushing and picking.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  ZIndexLayer,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { utcDay } from '@/domain/calendar';
import { useHoveredId } from '@/state/view-store';
import { moveBrush, pressBrush, releaseBrush, type Brush } from '@/ui/brush-controller';
import { originColor } from '@/ui/palette';
import {
  lineObstacles,
  overlapsOf,
  ownsSpot,
  placeLabels,
  rectsOverlap,
  EIGHT_SIDES,
  spotsAround,
  type Rect,
} from '@/ui/label-placer';
import { textWidth } from '@/ui/text-width';
import { band, dotGroups } from './chart-model';
import { markerPath, seriesDash, seriesShape } from './tally-markers';
import {
  CHART_MARGIN,
  LABEL_FONT,
  type ChartProps,
  type PickChoice,
  type Picker,
  type Pointer,
} from './chart-types';

const CLICK_REACH = 28;
/** Transfer dots closer than this (px) merge into one dot. */
const DOT_GAP = 9;
const DOT_RADIUS = 4;
const MARKER_RADIUS = 6;
/** Rows of markers above a fitted axis, for tallies beyond it that would cover each other. */
const OFF_TOP_LEVELS = 3;

/** The centre of row `k` of markers beyond a fitted axis whose plot starts at `top`. */
function offTopLevel(top: number, k: number): number {
  return top - MARKER_RADIUS - 3 - k * (MARKER_RADIUS + 1);
}
/** Pixels a tally label keeps off marks and lines, beyond its own padding. */
const LABEL_CLEARANCE = 1;
/** Padding around a label's text inside its placed box: labels keep this apart from each other too. */
const LABEL_PAD = 2;

/** The marker of a tally in the chart, to move or give focus back to. */
export function markerOf(root: ParentNode | null, id: string): SVGElement | null {
  return (
    root?.querySelector<SVGElement>(`.tally-marker[data-tally-id="${CSS.escape(id)}"]`) ?? null
  );
}

/** Room above the plot for the rows of markers beyond a fitted axis. */
export const OFF_TOP_ROOM = MARKER_RADIUS - offTopLevel(0, OFF_TOP_LEVELS - 1);

export interface MarksProps extends ChartProps {
  /** The chart's top margin: markers and labels may use it, above the plot. */
  marginTop: number;
  hoveredTally: string | null;
  onTallyHover: (id: string | null) => void;
  pointer: Pointer | null;
  onPointer: (pointer: Pointer | null) => void;
  onDrag: (range: [number, number] | null) => void;
  onHoverDates: (dates: string[] | null) => void;
  onPick: (picker: Picker | null) => void;
}

/** Everything recharts has no series for: event dots, tally markers and joins, gap whiskers, labels, brushing. */
export function Marks(props: MarksProps) {
  const { points, series, scale, selectedId, hoveredTally } = props;
  // Read here, not passed down: a hover re-renders the marks, not the whole recharts tree.
  const hoveredId = useHoveredId();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const plot = usePlotArea();
  const brush = useRef<Brush | null>(null);
  // The markers are one tab stop: the arrow keys move between them (a roving tab index).
  const [tabStop, setTabStop] = useState<string | null>(null);
  if (!xScale || !yScale || !xInverse || !plot) return null;

  const floor = scale === 'log' ? 1 : 0;
  const x = (t: number) => xScale(t) ?? 0;
  const y = (v: number) => yScale(Math.max(floor, v)) ?? 0;
  const localX = (e: PointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return Math.min(plot.x + plot.width, Math.max(plot.x, e.clientX - left));
  };
  const timeAt = (px: number) => Number(xInverse(px));

  // Dots first: a click on the plot selects the nearest of them.
  const dots = dotGroups(points, props.origins, x, DOT_GAP);
  const dotRects: Rect[] = dots.map(({ point }) => ({
    x: x(point.t) - DOT_RADIUS,
    y: y(point.total) - DOT_RADIUS,
    width: 2 * DOT_RADIUS,
    height: 2 * DOT_RADIUS,
  }));

  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    props.onPick(null);
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    brush.current = pressBrush(localX(e));
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const px = localX(e);
    const svg = e.currentTarget.ownerSVGElement;
    const top = svg ? svg.getBoundingClientRect().top : 0;
    props.onPointer({ t: timeAt(px), x: px, y: e.clientY - top });
    if (!brush.current) return;
    const next = moveBrush(brush.current, px);
    brush.current = next;
    if (next.dragging) props.onDrag([timeAt(next.start), timeAt(next.current)]);
  };
  const onPointerUp = (e: PointerEvent<SVGRectElement>) => {
    const pressed = brush.current;
    brush.current = null;
    props.onDrag(null);
    if (!pressed) return;
    const end = releaseBrush(pressed, localX(e));
    if (end.kind === 'range') {
      props.onPointer(null);
      props.onBrush(timeAt(end.lo), timeAt(end.hi));
      return;
    }
    // A click, not a drag: the nearest transfer dot within reach.
    let best: (typeof dots)[number] | null = null;
    let bestDistance = CLICK_REACH;
    for (const d of dots) {
      const distance = Math.abs(x(d.point.t) - end.x);
      if (distance <= bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    if (best) pickMark(dots.indexOf(best));
  };

  // Tally markers sit at their values: moved, a marker would read as another figure. One beyond a
  // fitted axis stands on its top edge, labelled "↑", and those stack upwards into the margin.
  const chartTop = plot.y - props.marginTop;
  const offTopRects: Rect[] = [];
  const tallyPoints = series.flatMap((s) =>
    s.tallies.map((v) => {
      const cx = x(utcDay(v.tally.announced));
      const exact = y(v.tally.value);
      const above = exact < plot.y;
      const rectAt = (at: number): Rect => ({
        x: cx - MARKER_RADIUS,
        y: at - MARKER_RADIUS,
        width: 2 * MARKER_RADIUS,
        height: 2 * MARKER_RADIUS,
      });
      let cy = exact;
      if (above) {
        // Wholly above the plot's top line: on it, a marker would read as the top tick's value.
        const levels = Array.from({ length: OFF_TOP_LEVELS }, (_, k) => offTopLevel(plot.y, k));
        cy =
          levels.find(
            (at) =>
              at - MARKER_RADIUS >= chartTop &&
              !offTopRects.some((r) => rectsOverlap(r, rectAt(at))),
          ) ?? offTopLevel(plot.y, 0);
        offTopRects.push(rectAt(cy));
      }
      return { s, v, cx, cy, above, rect: rectAt(cy) };
    }),
  );
  // Left and right arrows step through the markers by announcement date; Tab enters at the selected
  // one, or the last focused, or the first.
  const inDateOrder = [...tallyPoints]
    .sort((a, b) => a.cx - b.cx || b.cy - a.cy)
    .map((p) => p.v.tally.id);
  const tabbable =
    [props.selectedTally, tabStop].find((id) => id !== null && inDateOrder.includes(id)) ??
    inDateOrder[0];
  // A click on a mark that overlaps others offers it and them to pick, so no mark hides another
  // (the keyboard reaches each marker on its own). Marks are numbered dots first, then markers.
  const overlaps = overlapsOf([...dotRects, ...tallyPoints.map((p) => p.rect)]);
  const choicesOf = (mark: number): PickChoice[] => {
    const dot = dots[mark];
    if (dot)
      return dot.eventIds.map((id, k) => ({ kind: 'event', id, date: dot.eventDates[k] ?? '' }));
    const p = tallyPoints[mark - dots.length];
    return p ? [{ kind: 'tally', id: p.v.tally.id, date: p.v.tally.announced }] : [];
  };
  /** A click on mark `i`: select it, or offer it and the marks it overlaps to pick. */
  const pickMark = (i: number) => {
    const others = overlaps[i] ?? [];
    const dot = dots[i];
    const p = tallyPoints[i - dots.length];
    const at = dot
      ? { x: x(dot.point.t), y: y(dot.point.total) }
      : { x: p?.cx ?? 0, y: p?.cy ?? 0 };
    // In date order, as the event list reads; a tally after the events of its announcement day.
    if (others.length > 0)
      props.onPick({
        ...at,
        choices: [i, ...others]
          .flatMap(choicesOf)
          .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind)),
      });
    // A dot for several dates lets the user pick the event instead of guessing one.
    else if (dot && new Set(dot.dates).size > 1) props.onPick({ ...at, choices: choicesOf(i) });
    else if (dot) props.onSelectIds(dot.eventIds);
    else if (p) props.onSelectTally(p.v.tally.id);
  };
  // Each series' latest figure is labelled first; earlier ones only where room is left.
  const latestIds = new Set(series.flatMap((s) => s.tallies.slice(-1).map((v) => v.tally.id)));
  const pointById = new Map(tallyPoints.map((p) => [p.v.tally.id, p]));
  const labelText = (p: (typeof tallyPoints)[number]) => (p.above ? `↑ ${p.v.short}` : p.v.short);
  // A label reads as naming the marker nearest it: only spots clearly nearer its own are offered.
  const anchors = new Map(tallyPoints.map((p) => [p, { x: p.cx, y: p.cy, radius: 0 }]));
  const others = [...anchors.values()];
  const owned = (p: (typeof tallyPoints)[number]) => (spot: Rect) => {
    const own = anchors.get(p);
    return own !== undefined && ownsSpot(own, others, spot);
  };
  const { placed: labels } = placeLabels(
    tallyPoints.map((p) => ({
      id: p.v.tally.id,
      priority:
        (p.s.comparable ? 2 : 0) +
        (latestIds.has(p.v.tally.id) ? 1 : 0) +
        utcDay(p.v.tally.announced) / 1e13,
      candidates: spotsAround(
        { x: p.cx, y: p.cy, radius: MARKER_RADIUS },
        {
          width: textWidth(labelText(p), LABEL_FONT) + 2 * LABEL_PAD,
          height: LABEL_FONT + 2 + 2 * LABEL_PAD,
        },
        2,
        EIGHT_SIDES,
      ).filter(owned(p)),
    })),
    [
      ...dotRects,
      ...tallyPoints.map((p) => ({ ...p.rect, owner: p.v.tally.id })),
      // A line through a label strikes it out: the tally joins, pins and gap whiskers, and the
      // running sums' edges.
      ...series.flatMap((s) =>
        lineObstacles(tallyPoints.filter((p) => p.s === s).map((p) => ({ x: p.cx, y: p.cy }))),
      ),
      ...tallyPoints.flatMap((p) =>
        lineObstacles([
          { x: p.cx, y: p.cy },
          ...(p.v.gap ? [{ x: p.cx, y: y(p.v.gap.itemized) }] : []),
        ]),
      ),
      ...props.origins.flatMap((_, i) =>
        lineObstacles(
          props.rows.flatMap((row, k) => {
            const top = y(band(row, props.origins, i, scale)[1]);
            const previous = props.rows[k - 1];
            const level = previous ? y(band(previous, props.origins, i, scale)[1]) : top;
            return [
              { x: x(row.t), y: level },
              { x: x(row.t), y: top },
            ];
          }),
        ),
      ),
    ],
    {
      x: plot.x + 2,
      y: chartTop + 2,
      width: plot.width + CHART_MARGIN.right - 2,
      height: plot.height + props.marginTop - 2,
    },
    LABEL_CLEARANCE,
  );

  return (
    <>
      <ZIndexLayer zIndex={150}>
        <rect
          className="brush-surface"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => props.onPointer(null)}
          onPointerCancel={() => {
            brush.current = null;
            props.onDrag(null);
          }}
        />
      </ZIndexLayer>
      <ZIndexLayer zIndex={400}>
        <g className="tally-joins" pointerEvents="none">
          {series.map((s) => {
            const pts = tallyPoints.filter((p) => p.s === s);
            if (pts.length < 2) return null;
            return (
              <path
                key={s.key}
                className={s.comparable ? 'tally-join' : 'tally-join not-comparable'}
                data-series={s.key}
                d={`M${pts.map((p) => `${p.cx},${p.cy}`).join('L')}`}
                fill="none"
                stroke={s.color}
                strokeWidth={s.comparable ? 1.75 : 1.25}
                strokeDasharray={seriesDash(s.index)}
              />
            );
          })}
          {tallyPoints.map(({ v, cx, cy }) =>
            v.gap ? (
              <g key={v.tally.id} className="gap-whisker" stroke="var(--muted)" strokeWidth={1}>
                <line x1={cx} x2={cx} y1={cy} y2={y(v.gap.itemized)} strokeDasharray="1 2" />
                <line x1={cx - 4} x2={cx + 4} y1={y(v.gap.itemized)} y2={y(v.gap.itemized)} />
              </g>
            ) : null,
          )}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={600}>
        {/* Dots over markers: a dot is smaller, so both stay seen where they overlap. */}
        <g className="tally-markers" role="group" aria-label={props.m.markersGroup}>
          {/* Comparable totals over the rest: the figure a headline quotes is never under another. */}
          {tallyPoints
            .map((p, j) => ({ ...p, j }))
            .sort((a, b) => Number(a.s.comparable) - Number(b.s.comparable))
            .map(({ s, v, cx, cy, j }) => {
              const id = v.tally.id;
              const others = overlaps[dots.length + j] ?? [];
              const selected = props.selectedTally === id;
              const step = (e: KeyboardEvent<SVGPathElement>) => {
                const at = inDateOrder.indexOf(id);
                const to = {
                  ArrowRight: at + 1,
                  ArrowDown: at + 1,
                  ArrowLeft: at - 1,
                  ArrowUp: at - 1,
                  Home: 0,
                  End: inDateOrder.length - 1,
                }[e.key];
                const next = to === undefined ? undefined : inDateOrder[to];
                if (next === undefined) return;
                e.preventDefault();
                setTabStop(next);
                markerOf(e.currentTarget.ownerSVGElement, next)?.focus();
              };
              return (
                <path
                  key={id}
                  className={s.comparable ? 'tally-marker' : 'tally-marker not-comparable'}
                  data-tally-id={id}
                  data-series={s.key}
                  data-comparable={s.comparable ? 'true' : 'false'}
                  data-hovered={hoveredTally === id ? 'true' : undefined}
                  data-selected={selected ? 'true' : undefined}
                  role="button"
                  tabIndex={id === tabbable ? 0 : -1}
                  aria-pressed={selected}
                  aria-label={[
                    v.label,
                    s.name,
                    v.compared,
                    ...(others.length ? [props.m.overlapsMarks] : []),
                  ].join('; ')}
                  style={{ fill: s.comparable ? s.color : 'var(--panel)', stroke: s.color }}
                  d={markerPath(
                    seriesShape(s.index),
                    cx,
                    cy,
                    hoveredTally === id || selected ? 6.5 : 5,
                  )}
                  data-mark={dots.length + j}
                  data-overlaps={others.join(' ') || undefined}
                  onClick={() => pickMark(dots.length + j)}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter' && e.key !== ' ') return step(e);
                    e.preventDefault();
                    props.onSelectTally(id);
                  }}
                  onFocus={() => {
                    setTabStop(id);
                    props.onTallyHover(id);
                    props.onPointer({ t: utcDay(v.tally.announced), x: cx, y: cy });
                  }}
                  onBlur={() => {
                    props.onTallyHover(null);
                    props.onPointer(null);
                  }}
                  onPointerEnter={() => {
                    props.onTallyHover(id);
                    props.onPointer({ t: utcDay(v.tally.announced), x: cx, y: cy });
                  }}
                  onPointerLeave={() => {
                    props.onTallyHover(null);
                    props.onPointer(null);
                  }}
                />
              );
            })}
        </g>
        <g className="transfer-dots">
          {dots.map((d, i) => {
            const { point, eventIds, origin } = d;
            const selected = selectedId !== null && eventIds.includes(selectedId);
            const hovered = hoveredId !== null && eventIds.includes(hoveredId);
            return (
              <circle
                key={point.t}
                className="transfer-dot"
                data-event-id={eventIds.join(' ')}
                data-dates={d.dates.join(' ')}
                data-selected={selected ? 'true' : undefined}
                data-hovered={hovered ? 'true' : undefined}
                cx={x(point.t)}
                cy={y(point.total)}
                r={selected ? 5.5 : hovered ? 5 : DOT_RADIUS - 0.5}
                style={selected ? undefined : { stroke: originColor(origin ?? '') }}
                data-mark={i}
                data-overlaps={overlaps[i]?.join(' ') || undefined}
                onClick={() => pickMark(i)}
                onPointerEnter={() => {
                  props.onHover(eventIds[0] ?? null);
                  props.onHoverDates(d.dates);
                  props.onPointer({ t: point.t, x: x(point.t), y: y(point.total) });
                }}
                onPointerLeave={() => {
                  props.onHover(null);
                  props.onHoverDates(null);
                  props.onPointer(null);
                }}
              />
            );
          })}
        </g>
      </ZIndexLayer>
      {props.pointer && hoveredTally === null && (
        <ZIndexLayer zIndex={1100}>
          <line
            className="chart-cursor"
            x1={props.pointer.x}
            x2={props.pointer.x}
            y1={plot.y}
            y2={plot.y + plot.height}
            pointerEvents="none"
          />
        </ZIndexLayer>
      )}
      <ZIndexLayer zIndex={2000}>
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
                fontSize={LABEL_FONT}
              >
                {labelText(p)}
              </text>
            ) : null;
          })}
        </g>
      </ZIndexLayer>
    </>
  );
}

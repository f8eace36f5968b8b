// The recharts step-area chart: itemized transfers stacked by origin, official tallies as marked series.
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  Text as AxisText,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
  type XAxisTickContentProps,
} from 'recharts';
import type { Tally } from '@/data/schema';
import type { CumulativePoint } from '@/domain/derived-shapes';
import { isoDay, utcDay } from '@/domain/cumulative';
import type { Comparison } from '@/domain/comparison';
import type { Lang, Scale } from '@/state/view-store';
import { formatDate, formatNumber, tallyScope } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryName } from '@/ui/labels';
import { originColor } from '@/ui/palette';
import type { ChartMessageKey } from './chart-messages';
import {
  lineObstacles,
  overlapsOf,
  placeLabels,
  rectsOverlap,
  spotsAround,
  type Rect,
} from '@/ui/label-placer';
import { textWidth } from '@/ui/text-width';
import {
  band,
  dotGroups,
  formatCompact,
  formatTick,
  gapText,
  measureText,
  rowAt,
} from './chart-model';
import { markerPath, seriesDash, seriesShape } from './tally-markers';
import { NoteLabel } from './note-label';

type Text = Record<ChartMessageKey, string>;

export interface TallyView {
  tally: Tally;
  /** The like-with-like comparison, or null when this tally is not comparable. */
  gap: Comparison | null;
  /** "about 48,000 since 1 Jan 2023" */
  label: string;
  /** "about 48,000": the on-chart label. */
  short: string;
}

export interface SeriesView {
  key: string;
  index: number;
  name: string;
  /** "since 1 Jan 2023": the series within its legend group. */
  baseline: string;
  /** "transferred · Myanmar": what the series counts, for the legend's groups. */
  group: string;
  /** Whether any of its tallies may be compared with the itemized transfers in view. */
  comparable: boolean;
  color: string;
  tallies: TallyView[];
}

export const CHART_MARGIN = { top: 18, right: 14, bottom: 4, left: 2 };
export const Y_AXIS_WIDTH = 44;

const LABEL_FONT = 11;
const DRAG_THRESHOLD = 4;
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
/** The mark picker's width, px: most choices fit on one or two lines. */
const PICKER_WIDTH = 300;

interface Props {
  /** A story step's note pinned to a date: a labelled rule. */
  note: { t: number; label: string } | null;
  width: number;
  height: number;
  origins: string[];
  points: CumulativePoint[];
  rows: CumulativePoint[];
  series: SeriesView[];
  domain: [number, number];
  xTicks: number[];
  xLabelled: Set<number>;
  yTicks: number[];
  scale: Scale;
  selectedId: string | null;
  selectedTally: string | null;
  hoveredId: string | null;
  selectedT: number | null;
  filterOrigins: readonly string[];
  lang: Lang;
  m: Text;
  /** Select among the transfer events of a clicked date or dot. */
  onSelectIds: (ids: readonly string[]) => void;
  onSelectTally: (id: string) => void;
  /** "18 Nov 2023 · Muse hands over 571": how the picker names an event. */
  describeEvent: (id: string) => string;
  onHover: (id: string | null) => void;
  onBrush: (from: number, to: number) => void;
}

export function CumulativeChart(props: Props) {
  const { width, height, origins, rows, domain, xTicks, yTicks, scale, selectedT, lang, m } = props;
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const [hoveredTally, setHoveredTally] = useState<string | null>(null);
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const [hoveredDates, setHoveredDates] = useState<string[] | null>(null);
  const [picker, setPicker] = useState<Picker | null>(null);
  const tallyById = new Map(props.series.flatMap((s) => s.tallies.map((v) => [v.tally.id, v])));
  const hoveredView = hoveredTally === null ? undefined : tallyById.get(hoveredTally);
  const hoveredRow = pointer && !hoveredView ? rowAt(rows, pointer.t) : undefined;
  const yDomain: [number, number] = [yTicks[0] ?? 0, yTicks.at(-1) ?? 1];
  // Tallies beyond a fitted axis stand above its top line and stack upwards: give them the room.
  const offTop = props.series.some((s) => s.tallies.some((v) => v.tally.value > yDomain[1]));
  const margin = offTop
    ? {
        ...CHART_MARGIN,
        top: CHART_MARGIN.top + MARKER_RADIUS - offTopLevel(0, OFF_TOP_LEVELS - 1),
      }
    : CHART_MARGIN;
  // Stable accessors, so pointer moves (which re-render for the tooltip) do not recompute areas.
  const bandKeys = useMemo(
    () =>
      origins.map((origin, i) => ({
        origin,
        key: (row: CumulativePoint) => band(row, origins, i, scale),
      })),
    [origins, scale],
  );

  // The tooltip is ours, not recharts': a step chart reads the step in effect under the pointer,
  // which recharts' nearest-point snapping does not give on a numeric time axis.
  const tooltip = hoveredView ? (
    <TallyTooltip view={hoveredView} filterOrigins={props.filterOrigins} lang={lang} m={m} />
  ) : hoveredRow ? (
    <RowTooltip
      row={hoveredRow}
      at={pointer?.t ?? hoveredRow.t}
      dates={hoveredDates}
      origins={origins}
      lang={lang}
      m={m}
    />
  ) : null;

  return (
    <div className="chart-canvas" style={{ width, height }}>
      <ComposedChart
        width={width}
        height={height}
        data={rows}
        margin={margin}
        className="cumulative-chart"
        title={m.chartLabel}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="t"
          domain={domain}
          ticks={xTicks}
          interval={0}
          allowDataOverflow
          tick={(tick: XAxisTickContentProps) => (
            <TimeTick
              {...tick}
              label={
                props.xLabelled.has(tick.payload.value) ? formatTick(tick.payload.value, lang) : ''
              }
              left={CHART_MARGIN.left + Y_AXIS_WIDTH}
              right={width}
            />
          )}
          stroke="var(--border)"
          tickLine={{ stroke: 'var(--border)' }}
          height={24}
        />
        <YAxis
          type="number"
          scale={scale === 'log' ? 'log' : 'linear'}
          domain={yDomain}
          ticks={yTicks}
          interval={0}
          allowDataOverflow
          width={Y_AXIS_WIDTH}
          tickFormatter={(v: number) => formatCompact(v, lang)}
          tick={{ fill: 'var(--muted)', fontSize: LABEL_FONT }}
          axisLine={false}
          tickLine={false}
        />
        {bandKeys.map(({ origin, key }) => (
          <Area
            key={origin}
            name={countryName(origin, lang)}
            dataKey={key}
            type="stepAfter"
            stroke={originColor(origin)}
            strokeWidth={1.5}
            fill={originColor(origin)}
            fillOpacity={0.32}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        {selectedT !== null && selectedT >= domain[0] && selectedT <= domain[1] && (
          <ReferenceLine
            x={selectedT}
            stroke="var(--accent)"
            strokeWidth={1.5}
            strokeDasharray="4 3"
            className="selected-date"
          />
        )}
        {props.note && props.note.t >= domain[0] && props.note.t <= domain[1] && (
          <ReferenceLine
            x={props.note.t}
            stroke="var(--text)"
            strokeWidth={2}
            className="story-rule"
            label={<NoteLabel text={props.note.label} right={width - CHART_MARGIN.right} />}
          />
        )}
        {drag && (
          <ReferenceArea
            x1={Math.min(drag[0], drag[1])}
            x2={Math.max(drag[0], drag[1])}
            fill="var(--accent)"
            fillOpacity={0.15}
            stroke="var(--accent)"
            strokeOpacity={0.6}
            ifOverflow="hidden"
            zIndex={160}
          />
        )}
        <Marks
          {...props}
          marginTop={margin.top}
          hoveredTally={hoveredTally}
          onTallyHover={setHoveredTally}
          pointer={pointer}
          onPointer={setPointer}
          onDrag={setDrag}
          onHoverDates={setHoveredDates}
          onPick={setPicker}
        />
      </ComposedChart>
      {picker && (
        <ChartPicker
          picker={picker}
          width={width}
          height={height}
          title={
            picker.choices.every((c) => c.kind === 'event')
              ? fill(m.pickEvent, { n: picker.choices.length })
              : fill(m.pickMark, { n: picker.choices.length })
          }
          describe={(c) =>
            c.kind === 'event'
              ? props.describeEvent(c.id)
              : describeTally(tallyById.get(c.id), lang, m)
          }
          onClose={() => setPicker(null)}
          onChoose={(c) => {
            setPicker(null);
            if (c.kind === 'event') props.onSelectIds([c.id]);
            else props.onSelectTally(c.id);
          }}
        />
      )}
      {tooltip && pointer && !drag && !picker && (
        <div
          className="chart-tooltip-anchor"
          style={{
            left: pointer.x,
            top: Math.max(4, Math.min(pointer.y - 24, height - 140)),
            transform:
              pointer.x > width * 0.55 ? 'translateX(calc(-100% - 14px))' : 'translateX(14px)',
          }}
        >
          {tooltip}
        </div>
      )}
    </div>
  );
}

/** "1 Apr 2024 · official total about 48,000 · Myanmar": how the picker names a tally. */
function describeTally(view: TallyView | undefined, lang: Lang, m: Text): string {
  if (!view) return '';
  const what = fill(m.pickTally, { value: view.short, scope: tallyScope(view.tally, lang) });
  return `${formatDate(view.tally.announced, lang)} · ${what}`;
}

function ChartPicker(props: {
  picker: Picker;
  width: number;
  height: number;
  title: string;
  describe: (choice: PickChoice) => string;
  onClose: () => void;
  onChoose: (choice: PickChoice) => void;
}) {
  const { picker, width, height } = props;
  // Below a mark in the chart's upper half, above one in its lower half; a long list scrolls inside.
  const below = picker.y < height / 2;
  return (
    <div
      className="chart-picker"
      role="dialog"
      aria-label={props.title}
      style={{
        left: Math.max(0, Math.min(picker.x, width - PICKER_WIDTH)),
        width: Math.min(PICKER_WIDTH, width),
        ...(below
          ? { top: picker.y + 8, maxHeight: height - picker.y - 8 }
          : { bottom: height - picker.y + 8, maxHeight: picker.y - 8 }),
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <p>{props.title}</p>
      <ul>
        {picker.choices.map((c, i) => (
          <li key={`${c.kind}:${c.id}`}>
            <button
              type="button"
              {...(c.kind === 'event' ? { 'data-event-id': c.id } : { 'data-tally-id': c.id })}
              // The first choice takes focus so the keyboard can pick at once.
              autoFocus={i === 0}
              onClick={() => props.onChoose(c)}
            >
              {props.describe(c)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A time-axis label, centred on its tick unless that would hang it past the plot's left edge (under
 * the value axis's "0") or off the chart's right edge: then it starts or ends at its tick.
 */
function TimeTick({
  label,
  left,
  right,
  ...tick
}: XAxisTickContentProps & { label: string; left: number; right: number }) {
  const x = Number(tick.x);
  const half = textWidth(label, LABEL_FONT) / 2;
  const anchor = x - half < left ? 'start' : x + half > right ? 'end' : 'middle';
  return (
    <AxisText
      x={x}
      y={Number(tick.y)}
      textAnchor={anchor}
      verticalAnchor={tick.verticalAnchor}
      className="recharts-cartesian-axis-tick-value"
      fill="var(--muted)"
      fontSize={LABEL_FONT}
    >
      {label}
    </AxisText>
  );
}

/** Where the pointer is: its time on the axis and its position in the chart, in pixels. */
interface Pointer {
  t: number;
  x: number;
  y: number;
}

interface MarksProps extends Props {
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

/** One mark behind a click the user is asked to resolve. */
interface PickChoice {
  kind: 'event' | 'tally';
  id: string;
  /** The event's date or the tally's announcement, YYYY-MM-DD. */
  date: string;
}

/** The events behind a dot for several dates, or the marks a click overlapped, offered to pick. */
interface Picker {
  x: number;
  y: number;
  choices: PickChoice[];
}

/** Everything recharts has no series for: event dots, tally markers and joins, gap whiskers, labels, brushing. */
function Marks(props: MarksProps) {
  const { points, series, scale, selectedId, hoveredId, hoveredTally } = props;
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const plot = usePlotArea();
  const dragStart = useRef<{ px: number; t: number; moved: boolean } | null>(null);
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
    const px = localX(e);
    dragStart.current = { px, t: timeAt(px), moved: false };
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const px = localX(e);
    const svg = e.currentTarget.ownerSVGElement;
    const top = svg ? svg.getBoundingClientRect().top : 0;
    props.onPointer({ t: timeAt(px), x: px, y: e.clientY - top });
    const start = dragStart.current;
    if (!start) return;
    if (!start.moved && Math.abs(px - start.px) < DRAG_THRESHOLD) return;
    start.moved = true;
    props.onDrag([start.t, timeAt(px)]);
  };
  const onPointerUp = (e: PointerEvent<SVGRectElement>) => {
    const start = dragStart.current;
    dragStart.current = null;
    props.onDrag(null);
    if (!start) return;
    const px = localX(e);
    if (start.moved) {
      props.onPointer(null);
      props.onBrush(Math.min(start.t, timeAt(px)), Math.max(start.t, timeAt(px)));
      return;
    }
    // A click, not a drag: the nearest transfer dot within reach.
    let best: (typeof dots)[number] | null = null;
    let bestDistance = CLICK_REACH;
    for (const d of dots) {
      const distance = Math.abs(x(d.point.t) - px);
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
        [
          'right',
          'left',
          'above',
          'below',
          'above-right',
          'below-right',
          'above-left',
          'below-left',
        ],
      ),
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
            dragStart.current = null;
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
          {tallyPoints.map(({ s, v, cx, cy }, j) => {
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
              e.currentTarget.ownerSVGElement
                ?.querySelector<SVGElement>(`.tally-marker[data-tally-id="${CSS.escape(next)}"]`)
                ?.focus();
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
                  gapText(v.tally, v.gap, props.filterOrigins, props.lang, props.m),
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

function RowTooltip({
  row,
  at,
  dates,
  origins,
  lang,
  m,
}: {
  row: CumulativePoint;
  /** The time under the pointer: the row is the step in effect then. */
  at: number;
  /** The dates of the hovered dot, when the pointer is on one. */
  dates: string[] | null;
  origins: string[];
  lang: Lang;
  m: Text;
}) {
  const day = isoDay(at);
  const onStep = row.date === day && row.eventIds.length > 0;
  const days = [...new Set(dates ?? [])];
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{formatDate(day, lang)}</p>
      <table>
        <tbody>
          {origins.map((o) => (
            <tr key={o}>
              <th scope="row">
                <span className="swatch" style={{ background: originColor(o) }} />
                {countryName(o, lang)}
              </th>
              <td>{formatNumber(row.byOrigin[o] ?? 0, lang)}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{m.total}</th>
            <td>{formatNumber(row.total, lang)}</td>
          </tr>
        </tbody>
      </table>
      {days.length > 1 && (
        <p className="chart-tooltip-note" data-testid="dot-dates">
          {fill(m.datesAt, {
            n: days.length,
            dates: days.map((d) => formatDate(d, lang)).join(', '),
          })}
        </p>
      )}
      {days.length > 1 ? null : onStep ? (
        <p className="chart-tooltip-note">
          {row.eventIds.length === 1 ? m.eventsAtOne : fill(m.eventsAt, { n: row.eventIds.length })}
        </p>
      ) : (
        row.date && (
          <p className="chart-tooltip-note">
            {fill(m.lastStep, { date: formatDate(row.date, lang) })}
          </p>
        )
      )}
    </div>
  );
}

function TallyTooltip({
  view,
  filterOrigins,
  lang,
  m,
}: {
  view: TallyView;
  filterOrigins: readonly string[];
  lang: Lang;
  m: Text;
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{view.label}</p>
      <p>
        {measureText(view.tally.measure, m)} · {tallyScope(view.tally, lang)}
      </p>
      <p className="chart-tooltip-note">
        {m.announced}: {formatDate(view.tally.announced, lang)}
      </p>
      <p className="chart-tooltip-gap">{gapText(view.tally, view.gap, filterOrigins, lang, m)}</p>
    </div>
  );
}

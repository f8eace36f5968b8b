// The chart's marks over its bands, in drawing order: brushing and picking, joins, transfer dots, tally markers and labels.
import type { ReactNode } from 'react';
import { useHoveredId } from '@/state/view-store';
import { lineObstacles, overlapsOf, placeLabels, type Rect } from '@/ui/label-placer';
import { originColor } from '@/ui/palette';
import { ChartBrush } from './chart-brush';
import type { ChartFrame } from './chart-frame';
import { dotGroups } from './chart-model';
import type { ChartProps, PickChoice, Picker, Pointer } from './chart-types';
import { NOTE_FONT, NoteLabel, noteLabelSpots } from './note-label';
import { LABEL_CLEARANCE, labelFrame, markObstacles, TallyLabels } from './tally-labels';
import { TallyMarkerGroup } from './tally-marker-group';
import { seriesDash } from './tally-markers';
import { tallyPoints } from './tally-points';

const CLICK_REACH = 28;
/** Transfer dots closer than this (px) merge into one dot. */
const DOT_GAP = 9;
const DOT_RADIUS = 4;

interface MarksProps extends ChartProps {
  frame: ChartFrame;
  /** Drawn over the brush surface, under the joins: the dragged range and the date rules. */
  overlays: ReactNode;
  /** The rules drawn, where they are on the time axis: labels keep off them. */
  rules: { selected: number | null; note: { t: number; label: string } | null };
  /** Drawn under the dots and markers: the time axis's line, which they may sit on. */
  axisLine: ReactNode;
  /** Drawn over everything but the tally labels: the axes' labels. */
  axisLabels: ReactNode;
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

/** A box moved sideways into the frame as far as it goes (left edges together when it is wider). */
function movedInto(rect: Rect | undefined, frame: Rect): Rect | undefined {
  if (!rect) return undefined;
  const x = Math.max(frame.x, Math.min(rect.x, frame.x + frame.width - rect.width));
  return { ...rect, x };
}

/** Event dots, tally markers and joins, gap whiskers, labels, brushing: what the bands do not show. */
export function Marks(props: MarksProps) {
  const { points, series, scale, selectedId, hoveredTally, frame } = props;
  // Read here, not passed down: a hover re-renders the marks, not the whole chart.
  const hoveredId = useHoveredId();
  const { plot, x } = frame;
  const floor = scale === 'log' ? 1 : 0;
  const y = (v: number) => frame.y(Math.max(floor, v));

  // Dots first: a click on the plot selects the nearest of them.
  const dots = dotGroups(points, props.origins, x, DOT_GAP);
  const dotRects: Rect[] = dots.map(({ point }) => ({
    x: x(point.t) - DOT_RADIUS,
    y: y(point.total) - DOT_RADIUS,
    width: 2 * DOT_RADIUS,
    height: 2 * DOT_RADIUS,
  }));
  const tallies = tallyPoints(series, x, y, plot.y, plot.y - props.marginTop);

  // Labels keep off every mark and line, and off the rules down the plot; a story's note is
  // placed first, beside its own rule, then the tallies' labels around it.
  const marks = markObstacles({
    points: tallies,
    series,
    dotRects,
    origins: props.origins,
    rows: props.rows,
    scale,
    x,
    y,
  });
  const ruleAt = (t: number) =>
    lineObstacles([
      { x: x(t), y: plot.y },
      { x: x(t), y: plot.y + plot.height },
    ]);
  const selectedRule = props.rules.selected === null ? [] : ruleAt(props.rules.selected);
  const { note } = props.rules;
  const labelsFrame = labelFrame(plot, props.marginTop);
  const noteSpots = note ? noteLabelSpots(x(note.t), labelsFrame, note.label, NOTE_FONT) : [];
  // A note is never left out: where no spot is clear of the marks, lines and the selected event's
  // rule, it may cross that rule, then anything, inside the chart; on a chart too narrow for it
  // beside its rule (a phone's), its first spot moved sideways into the chart, over the rule.
  const noteRect = note
    ? ([[...marks, ...selectedRule], marks, []]
        .map(
          (obstacles) =>
            placeLabels(
              [{ id: 'note', priority: 1, candidates: noteSpots }],
              obstacles,
              labelsFrame,
              LABEL_CLEARANCE,
            ).placed[0]?.rect,
        )
        .find((rect) => rect !== undefined) ?? movedInto(noteSpots[0], labelsFrame))
    : undefined;
  const noteObstacles = note && noteRect ? [noteRect, ...ruleAt(note.t)] : [];

  // A click on a mark that overlaps others offers it and them to pick, so no mark hides another
  // (the keyboard reaches each marker on its own). Marks are numbered dots first, then markers.
  const overlaps = overlapsOf([...dotRects, ...tallies.map((p) => p.rect)]);
  const choicesOf = (mark: number): PickChoice[] => {
    const dot = dots[mark];
    if (dot)
      return dot.eventIds.map((id, k) => ({ kind: 'event', id, date: dot.eventDates[k] ?? '' }));
    const p = tallies[mark - dots.length];
    return p ? [{ kind: 'tally', id: p.v.tally.id, date: p.v.tally.announced }] : [];
  };
  /** A click on mark `i`: select it, or offer it and the marks it overlaps to pick. */
  const pickMark = (i: number) => {
    const others = overlaps[i] ?? [];
    const dot = dots[i];
    const p = tallies[i - dots.length];
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
  /** A click on the plot, not on a mark: the nearest transfer dot within reach. */
  const pickNearestDot = (px: number) => {
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

  return (
    <>
      <ChartBrush
        plot={plot}
        timeAt={frame.timeAt}
        onPress={() => props.onPick(null)}
        onPointer={props.onPointer}
        onDrag={props.onDrag}
        onBrush={props.onBrush}
        onClick={pickNearestDot}
      />
      {props.overlays}
      <g className="tally-joins" pointerEvents="none">
        {series.map((s) => {
          const pts = tallies.filter((p) => p.s === s);
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
        {tallies.map(({ v, cx, cy }) =>
          v.gap ? (
            <g key={v.tally.id} className="gap-whisker" stroke="var(--muted)" strokeWidth={1}>
              <line x1={cx} x2={cx} y1={cy} y2={y(v.gap.itemized)} strokeDasharray="1 2" />
              <line x1={cx - 4} x2={cx + 4} y1={y(v.gap.itemized)} y2={y(v.gap.itemized)} />
            </g>
          ) : null,
        )}
      </g>
      {props.axisLine}
      {/* Dots over markers: a dot is smaller, so both stay seen where they overlap. */}
      <TallyMarkerGroup
        points={tallies}
        firstMark={dots.length}
        overlaps={overlaps}
        selectedTally={props.selectedTally}
        hoveredTally={hoveredTally}
        m={props.m}
        onPickMark={pickMark}
        onSelectTally={props.onSelectTally}
        onTallyHover={props.onTallyHover}
        onPointer={props.onPointer}
      />
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
      {props.pointer && hoveredTally === null && (
        <line
          className="chart-cursor"
          x1={props.pointer.x}
          x2={props.pointer.x}
          y1={plot.y}
          y2={plot.y + plot.height}
          pointerEvents="none"
        />
      )}
      {props.axisLabels}
      {note && noteRect && <NoteLabel rect={noteRect} text={note.label} font={NOTE_FONT} />}
      <TallyLabels
        points={tallies}
        obstacles={[...marks, ...selectedRule, ...noteObstacles]}
        series={series}
        frame={labelsFrame}
        labelFont={props.labelFont}
      />
    </>
  );
}

// The step-area chart, drawn as one svg: itemized transfers stacked by origin, official tallies as marked series.
import { useMemo, useRef, useState } from 'react';
import { fill } from '@/ui/i18n';
import { AxisLabels, TimeAxisLine, ValueGrid } from './chart-axes';
import { Bands } from './chart-bands';
import { chartFrame, type ChartFrame } from './chart-frame';
import { rowAt } from './chart-model';
import { CHART_MARGIN, type ChartProps, type Picker, type Pointer } from './chart-types';
import { ChartPicker, describeTally } from './chart-picker';
import { RowTooltip, TallyTooltip } from './chart-tooltips';
import { Marks } from './chart-marks';
import { markerOf } from './tally-marker-group';
import { OFF_TOP_ROOM } from './tally-points';

export function CumulativeChart(props: ChartProps) {
  const { width, height, origins, rows, domain, xTicks, yTicks, scale, selectedT, lang, m } = props;
  const { labelFont } = props;
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const [hoveredTally, setHoveredTally] = useState<string | null>(null);
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const [hoveredDates, setHoveredDates] = useState<string[] | null>(null);
  const [picker, setPicker] = useState<Picker | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
  // What had focus when the picker opened (a marker, after a click or Enter), to return to.
  const opener = useRef<SVGElement | HTMLElement | null>(null);
  const openPicker = (next: Picker | null) => {
    if (next) {
      const active = document.activeElement;
      opener.current =
        active instanceof SVGElement || active instanceof HTMLElement ? active : null;
    }
    setPicker(next);
  };
  const tallyById = new Map(props.series.flatMap((s) => s.tallies.map((v) => [v.tally.id, v])));
  const hoveredView = hoveredTally === null ? undefined : tallyById.get(hoveredTally);
  const hoveredRow = pointer && !hoveredView ? rowAt(rows, pointer.t) : undefined;
  const [y0, y1] = [yTicks[0] ?? 0, yTicks.at(-1) ?? 1];
  // Tallies beyond a fitted axis stand above its top line and stack upwards: give them the room.
  const offTop = props.series.some((s) => s.tallies.some((v) => v.tally.value > y1));
  const margin = offTop
    ? {
        ...CHART_MARGIN,
        top: CHART_MARGIN.top + OFF_TOP_ROOM,
      }
    : CHART_MARGIN;
  const [t0, t1] = domain;
  const frame = useMemo(
    () => chartFrame(width, height, margin.top, [t0, t1], [y0, y1], scale, labelFont),
    [width, height, margin.top, t0, t1, y0, y1, scale, labelFont],
  );

  const onAxis = (t: number) => t >= domain[0] && t <= domain[1];
  const rules = {
    selected: selectedT !== null && onAxis(selectedT) ? selectedT : null,
    note: props.note && onAxis(props.note.t) ? props.note : null,
  };

  // A step chart's tooltip reads the step in effect under the pointer, not the nearest point.
  const tooltip = hoveredView ? (
    <TallyTooltip view={hoveredView} lang={lang} m={m} />
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
    <div ref={canvas} className="chart-canvas" style={{ width, height }}>
      <svg
        className="cumulative-chart chart-surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <title>{m.chartLabel}</title>
        <ValueGrid frame={frame} yTicks={yTicks} />
        <Bands rows={rows} origins={origins} scale={scale} frame={frame} />
        <Marks
          {...props}
          frame={frame}
          marginTop={margin.top}
          hoveredTally={hoveredTally}
          onTallyHover={setHoveredTally}
          pointer={pointer}
          onPointer={setPointer}
          onDrag={setDrag}
          onHoverDates={setHoveredDates}
          onPick={openPicker}
          rules={rules}
          overlays={
            <>
              {drag && <DragArea frame={frame} range={drag} />}
              {rules.selected !== null && (
                <DateRule frame={frame} t={rules.selected} className="selected-date" />
              )}
              {rules.note && <DateRule frame={frame} t={rules.note.t} className="story-rule" />}
            </>
          }
          axisLine={<TimeAxisLine frame={frame} xTicks={xTicks} />}
          axisLabels={
            <AxisLabels
              frame={frame}
              width={width}
              xTicks={xTicks}
              xLabelled={props.xLabelled}
              yTicks={yTicks}
              lang={lang}
              labelFont={labelFont}
            />
          }
        />
      </svg>
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
            // Keyboard users keep their place: on the chosen total, or the mark the picker opened from.
            const marker = c.kind === 'tally' ? markerOf(canvas.current, c.id) : null;
            (marker ?? opener.current)?.focus();
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

/** The range being brushed, as far as it lies on the plot. */
function DragArea({ frame, range }: { frame: ChartFrame; range: [number, number] }) {
  const { plot } = frame;
  const onPlot = (t: number) => Math.min(plot.x + plot.width, Math.max(plot.x, frame.x(t)));
  const left = onPlot(Math.min(...range));
  return (
    <rect
      className="chart-drag-area"
      x={left}
      y={plot.y}
      width={onPlot(Math.max(...range)) - left}
      height={plot.height}
      fill="var(--accent)"
      fillOpacity={0.15}
      stroke="var(--accent)"
      strokeOpacity={0.6}
      pointerEvents="none"
    />
  );
}

/** A rule up the plot at one date (its dashes start at the foot): the selected event's, or a story note's. */
function DateRule({
  frame,
  t,
  className,
}: {
  frame: ChartFrame;
  t: number;
  className: 'selected-date' | 'story-rule';
}) {
  const { plot } = frame;
  const x = frame.x(t);
  const selected = className === 'selected-date';
  return (
    <g className={className}>
      <line
        x1={x}
        x2={x}
        y1={plot.y + plot.height}
        y2={plot.y}
        stroke={selected ? 'var(--accent)' : 'var(--text)'}
        strokeWidth={selected ? 1.5 : 2}
        strokeDasharray={selected ? '4 3' : undefined}
      />
    </g>
  );
}

// The recharts step-area chart: itemized transfers stacked by origin, official tallies as marked series.
import { useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  Text as AxisText,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';
import { fill } from '@/ui/i18n';
import { textWidth } from '@/ui/text-width';
import { Bands } from './chart-bands';
import { rowAt } from './chart-model';
import { formatCompact, formatTick } from './chart-wording';
import { NoteLabel } from './note-label';
import {
  CHART_MARGIN,
  LABEL_FONT,
  Y_AXIS_WIDTH,
  type ChartProps,
  type Picker,
  type Pointer,
} from './chart-types';
import { ChartPicker, describeTally } from './chart-picker';
import { RowTooltip, TallyTooltip } from './chart-tooltips';
import { Marks } from './chart-marks';
import { markerOf } from './tally-marker-group';
import { OFF_TOP_ROOM } from './tally-points';

export function CumulativeChart(props: ChartProps) {
  const { width, height, origins, rows, domain, xTicks, yTicks, scale, selectedT, lang, m } = props;
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
  const yDomain: [number, number] = [yTicks[0] ?? 0, yTicks.at(-1) ?? 1];
  // Tallies beyond a fitted axis stand above its top line and stack upwards: give them the room.
  const offTop = props.series.some((s) => s.tallies.some((v) => v.tally.value > yDomain[1]));
  const margin = offTop
    ? {
        ...CHART_MARGIN,
        top: CHART_MARGIN.top + OFF_TOP_ROOM,
      }
    : CHART_MARGIN;

  // The tooltip is ours, not recharts': a step chart reads the step in effect under the pointer,
  // which recharts' nearest-point snapping does not give on a numeric time axis.
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
        <Bands rows={rows} origins={origins} scale={scale} />
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
          onPick={openPicker}
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

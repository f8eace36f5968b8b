// The chart's axes: the value grid behind the plot, the time axis's line and ticks, and both axes' labels.
import { memo } from 'react';
import type { Lang } from '@/state/view-store';
import { textWidth } from '@/ui/text-width';
import type { ChartFrame } from './chart-frame';
import { valueLabelStride } from './chart-model';
import { formatCompact, formatTick } from './chart-wording';

/** How far a time tick reaches below the plot, and the gap between a tick's end and its label. */
const TICK_SIZE = 6;
const TICK_GAP = 2;

/** One line across the plot at each value tick. */
export const ValueGrid = memo(function ValueGrid({
  frame,
  yTicks,
}: {
  frame: ChartFrame;
  yTicks: readonly number[];
}) {
  const { plot, y } = frame;
  return (
    <g className="chart-grid" stroke="var(--border)">
      {yTicks.map((v) => (
        <line key={v} x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} />
      ))}
    </g>
  );
});

/** The time axis's line along the plot's foot, with a short tick at each time tick. */
export const TimeAxisLine = memo(function TimeAxisLine({
  frame,
  xTicks,
}: {
  frame: ChartFrame;
  xTicks: readonly number[];
}) {
  const { plot, x } = frame;
  const foot = plot.y + plot.height;
  return (
    <g className="chart-x-axis" stroke="var(--border)">
      <line className="chart-axis-line" x1={plot.x} x2={plot.x + plot.width} y1={foot} y2={foot} />
      {xTicks.map((t) => (
        <line key={t} x1={x(t)} x2={x(t)} y1={foot + TICK_SIZE} y2={foot} />
      ))}
    </g>
  );
});

interface LabelsProps {
  frame: ChartFrame;
  /** The chart's width: a time label may not hang past it. */
  width: number;
  xTicks: readonly number[];
  /** The time ticks that carry a label (the rest stay bare). */
  xLabelled: ReadonlySet<number>;
  yTicks: readonly number[];
  lang: Lang;
  /** The labels' size, px. */
  labelFont: number;
}

/** The values left of the plot, level with their grid lines, and the labelled times below it. */
export const AxisLabels = memo(function AxisLabels(props: LabelsProps) {
  const { frame, width, xTicks, xLabelled, yTicks, lang, labelFont } = props;
  const { plot, x, y } = frame;
  const [first, second] = yTicks;
  const stride =
    first === undefined || second === undefined
      ? 1
      : valueLabelStride(Math.abs(y(first) - y(second)), labelFont);
  return (
    <>
      <g className="chart-tick-labels chart-x-tick-labels">
        {xTicks
          .filter((t) => xLabelled.has(t))
          .map((t) => {
            const label = formatTick(t, lang);
            return (
              <TickValue
                key={t}
                x={x(t)}
                y={plot.y + plot.height + TICK_SIZE + TICK_GAP}
                dy="0.71em"
                anchor={timeAnchor(x(t), textWidth(label, labelFont), plot.x, width)}
                text={label}
                size={labelFont}
              />
            );
          })}
      </g>
      <g className="chart-tick-labels chart-y-tick-labels">
        {yTicks
          .filter((_, i) => i % stride === 0)
          .map((v) => (
            <TickValue
              key={v}
              x={plot.x - TICK_SIZE - TICK_GAP}
              y={y(v)}
              dy="0.355em"
              anchor="end"
              text={formatCompact(v, lang)}
              size={labelFont}
            />
          ))}
      </g>
    </>
  );
});

/**
 * A time label is centred on its tick unless that would hang it past the plot's left edge (under
 * the value axis's "0") or off the chart's right edge: then it starts or ends at its tick.
 */
function timeAnchor(x: number, labelWidth: number, left: number, right: number) {
  const half = labelWidth / 2;
  return x - half < left ? 'start' : x + half > right ? 'end' : 'middle';
}

function TickValue(props: {
  x: number;
  y: number;
  dy: string;
  anchor: 'start' | 'middle' | 'end';
  text: string;
  size: number;
}) {
  return (
    <text
      className="chart-tick-value"
      x={props.x}
      y={props.y}
      dy={props.dy}
      textAnchor={props.anchor}
      fill="var(--muted)"
      fontSize={props.size}
    >
      {props.text}
    </text>
  );
}

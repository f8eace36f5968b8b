// The chart's plot box and its two scales, data to pixels and back, shared by every layer it draws.
import type { Scale } from '@/state/view-store';
import type { Rect } from '@/ui/label-placer';
import { axisRoom, CHART_MARGIN } from './chart-types';

export interface ChartFrame {
  plot: Rect;
  /** Pixels from the chart's left edge for a time (ms). */
  x: (t: number) => number;
  /** The time (ms) at pixels from the chart's left edge. */
  timeAt: (px: number) => number;
  /** Pixels from the chart's top edge for a value; not finite for a value ≤ 0 on a log scale. */
  y: (v: number) => number;
}

/** Where `v` stands between `a` and `b`, 0 to 1; the middle when they are equal. */
function share(v: number, a: number, b: number): number {
  return b === a ? 0.5 : (v - a) / (b - a);
}

/** From `a` at 0 to `b` at 1. */
function between(a: number, b: number, u: number): number {
  return a * (1 - u) + b * u;
}

/**
 * The frame of a chart `width` × `height` px with `top` px above the plot: the value axis's labels
 * on the left, the time axis below. Times map linearly onto the plot's width; values onto its
 * height, bottom up, linearly or by their logarithm.
 */
export function chartFrame(
  width: number,
  height: number,
  top: number,
  domain: readonly [number, number],
  yDomain: readonly [number, number],
  scale: Scale,
  labelFont: number,
): ChartFrame {
  const { yAxisWidth, xAxisHeight } = axisRoom(labelFont);
  const left = CHART_MARGIN.left + yAxisWidth;
  const plot = {
    x: left,
    y: top,
    width: width - left - CHART_MARGIN.right,
    height: height - top - CHART_MARGIN.bottom - xAxisHeight,
  };
  const [t0, t1] = domain;
  const along = scale === 'log' ? Math.log : (v: number) => v;
  const [v0, v1] = [along(yDomain[0]), along(yDomain[1])];
  return {
    plot,
    x: (t) => between(plot.x, plot.x + plot.width, share(t, t0, t1)),
    timeAt: (px) => between(t0, t1, share(px, plot.x, plot.x + plot.width)),
    y: (v) => between(plot.y + plot.height, plot.y, share(along(v), v0, v1)),
  };
}

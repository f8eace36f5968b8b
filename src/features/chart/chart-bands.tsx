// The stacked running sums, one step band per origin, drawn from the axes' scales.
import { memo, useId, useMemo } from 'react';
import type { CumulativePoint } from '@/domain/derived-shapes';
import type { Scale } from '@/state/view-store';
import { originColor } from '@/ui/palette';
import type { ChartFrame } from './chart-frame';
import { band } from './chart-model';

interface StepPaths {
  /** The band's outline: its top edge forwards, its bottom edge back. */
  area: string;
  top: string;
  bottom: string;
}

/**
 * A band between two step lines (each value holds until the next point), in pixels: `top` and
 * `bottom` are [x, y] pairs at the same x positions, in order. None where a point is off the scale.
 */
export function stepBandPaths(
  top: readonly (readonly [number, number])[],
  bottom: readonly (readonly [number, number])[],
): StepPaths | null {
  if (top.length < 2 || bottom.length !== top.length) return null;
  // A value the scale cannot place (0 on a log scale) leaves no band rather than a broken path.
  if (![...top, ...bottom].every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))) return null;
  // Thousandths of a pixel: finer only lengthens the path text.
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const forwards = (line: readonly (readonly [number, number])[]) =>
    line.map(([x, y], k) => (k === 0 ? `M${r(x)},${r(y)}` : `H${r(x)}V${r(y)}`)).join('');
  const topPath = forwards(top);
  // Backwards, each level runs from the next point's x back to its own.
  let back = '';
  for (let k = bottom.length - 1; k >= 0; k--) {
    const [x, y] = bottom[k] as readonly [number, number];
    back += k === bottom.length - 1 ? `L${r(x)},${r(y)}` : `V${r(y)}H${r(x)}`;
  }
  return { area: `${topPath}${back}Z`, top: topPath, bottom: forwards(bottom) };
}

interface BandsProps {
  rows: readonly CumulativePoint[];
  origins: readonly string[];
  scale: Scale;
  frame: ChartFrame;
}

/**
 * One filled step band per origin, stacked in `origins` order, each edged above and below in its
 * colour. Memoised: a pointer move
 * re-renders the chart for its tooltip, not the bands.
 */
export const Bands = memo(function Bands({ rows, origins, scale, frame }: BandsProps) {
  const clipId = useId();
  const { plot } = frame;
  const bands = useMemo(() => {
    const xs = rows.map((row) => frame.x(row.t));
    return origins.map((origin, i) => {
      const edges = rows.map((row) => band(row, origins, i, scale));
      const point = (k: number, v: number) => [xs[k] ?? 0, frame.y(v)] as const;
      return {
        origin,
        paths: stepBandPaths(
          edges.map(([, top], k) => point(k, top)),
          edges.map(([bottom], k) => point(k, bottom)),
        ),
      };
    });
  }, [rows, origins, scale, frame]);
  return (
    <>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g className="chart-bands" clipPath={`url(#${clipId})`}>
        {bands.map(({ origin, paths }) =>
          paths ? (
            <g key={origin} className="chart-band" data-origin={origin}>
              <path
                className="chart-band-area"
                d={paths.area}
                fill={originColor(origin)}
                fillOpacity={0.32}
                stroke="none"
              />
              {[paths.top, paths.bottom].map((edge, k) => (
                <path
                  key={k}
                  className="chart-band-edge"
                  d={edge}
                  fill="none"
                  stroke={originColor(origin)}
                  strokeWidth={1.5}
                />
              ))}
            </g>
          ) : null,
        )}
      </g>
    </>
  );
});

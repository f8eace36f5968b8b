// Where each official tally's marker sits: at its value, or stacked above the top of a fitted axis.
import { utcDay } from '@/domain/calendar';
import { rectsOverlap, type Rect } from '@/ui/label-placer';
import type { SeriesView, TallyView } from './chart-types';

export const MARKER_RADIUS = 6;
/** Rows of markers above a fitted axis, for tallies beyond it that would cover each other. */
const OFF_TOP_LEVELS = 3;

/** The centre of row `k` of markers beyond a fitted axis whose plot starts at `top`. */
function offTopLevel(top: number, k: number): number {
  return top - MARKER_RADIUS - 3 - k * (MARKER_RADIUS + 1);
}

/** Room above the plot for the rows of markers beyond a fitted axis. */
export const OFF_TOP_ROOM = MARKER_RADIUS - offTopLevel(0, OFF_TOP_LEVELS - 1);

export interface TallyPoint {
  s: SeriesView;
  v: TallyView;
  cx: number;
  cy: number;
  /** Beyond the fitted axis: drawn above the plot, and labelled "↑". */
  above: boolean;
  /** The marker's box, for overlaps and as an obstacle to labels. */
  rect: Rect;
}

/**
 * Tally markers sit at their values: moved, a marker would read as another figure. One beyond a
 * fitted axis stands on its top edge, and those stack upwards into the margin from `plotTop` to
 * `chartTop`.
 */
export function tallyPoints(
  series: readonly SeriesView[],
  x: (t: number) => number,
  y: (value: number) => number,
  plotTop: number,
  chartTop: number,
): TallyPoint[] {
  const offTopRects: Rect[] = [];
  return series.flatMap((s) =>
    s.tallies.map((v) => {
      const cx = x(utcDay(v.tally.announced));
      const exact = y(v.tally.value);
      const above = exact < plotTop;
      const rectAt = (at: number): Rect => ({
        x: cx - MARKER_RADIUS,
        y: at - MARKER_RADIUS,
        width: 2 * MARKER_RADIUS,
        height: 2 * MARKER_RADIUS,
      });
      let cy = exact;
      if (above) {
        // Wholly above the plot's top line: on it, a marker would read as the top tick's value.
        const levels = Array.from({ length: OFF_TOP_LEVELS }, (_, k) => offTopLevel(plotTop, k));
        cy =
          levels.find(
            (at) =>
              at - MARKER_RADIUS >= chartTop &&
              !offTopRects.some((r) => rectsOverlap(r, rectAt(at))),
          ) ?? offTopLevel(plotTop, 0);
        offTopRects.push(rectAt(cy));
      }
      return { s, v, cx, cy, above, rect: rectAt(cy) };
    }),
  );
}

// The axis's date range: the range in view drawn as a band, and a drag across the lanes that sets it.
import type { PointerEvent as ReactPointerEvent } from 'react';
import { dateAt, rangeExtent } from '@/domain/time-scale';
import { useViewStore } from '@/state/view-store';
import { moveBrush, pressBrush, releaseBrush, type Brush } from '@/ui/brush-controller';
import type { AxisLayout } from './axis-layout';

/** The range as the store has it (a preset from the filters shows here too), clamped to the axis. */
export function RangeBand({ layout }: { layout: AxisLayout }) {
  const from = useViewStore((s) => s.filters.from);
  const to = useViewStore((s) => s.filters.to);
  const rangeX = rangeExtent(layout.scale, from, to);
  if (!rangeX) return null;
  return (
    <g className="tl-range">
      <rect x={rangeX[0]} y={0} width={rangeX[1] - rangeX[0]} height={layout.lanesBottom} />
      <line x1={rangeX[0]} x2={rangeX[0]} y1={0} y2={layout.lanesBottom} />
      <line x1={rangeX[1]} x2={rangeX[1]} y1={0} y2={layout.lanesBottom} />
    </g>
  );
}

interface Props {
  layout: AxisLayout;
  /** The svg's width in its own units, to map client pixels onto. */
  width: number;
  /** The press in progress, held by the axis so the whole drawing can show it is brushing. */
  drag: Brush | null;
  onDrag: (drag: Brush | null) => void;
}

/** The surface a drag starts on, and the band it draws until the pointer lets go. */
export function AxisBrush({ layout, width, drag, onDrag }: Props) {
  const setRange = useViewStore((s) => s.setRange);
  const { scale } = layout;

  // In the svg's own coordinates: the brush area starts after the lane labels, so measuring from
  // its own left edge would put every date a gutter's width (about 100 px) too early.
  const localX = (e: ReactPointerEvent<SVGElement>) => {
    const box = (e.currentTarget.ownerSVGElement ?? e.currentTarget).getBoundingClientRect();
    return ((e.clientX - box.left) * width) / (box.width || width);
  };
  const clampX = (x: number) => Math.min(scale.x1, Math.max(scale.x0, x));

  const onPointerDown = (e: ReactPointerEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    const x = clampX(localX(e));
    e.currentTarget.setPointerCapture(e.pointerId);
    onDrag(pressBrush(x));
  };
  const onPointerMove = (e: ReactPointerEvent<SVGRectElement>) => {
    if (drag) onDrag(moveBrush(drag, clampX(localX(e))));
  };
  const onPointerUp = (e: ReactPointerEvent<SVGRectElement>) => {
    if (!drag) return;
    const end = releaseBrush(drag, clampX(localX(e)));
    onDrag(null);
    // A click on the axis selects nothing: the marks take their own clicks.
    if (end.kind !== 'range') return;
    // The right edge sits on the boundary after the last covered day; step back inside it.
    setRange(dateAt(scale, end.lo), dateAt(scale, Math.max(end.lo, end.hi - 0.001)));
  };

  return (
    <>
      <rect
        className="tl-brush-area"
        x={scale.x0}
        y={0}
        width={scale.x1 - scale.x0}
        height={layout.height}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => onDrag(null)}
        onDoubleClick={() => setRange(null, null)}
      />
      {drag && (
        <rect
          className="tl-brush"
          x={Math.min(drag.start, drag.current)}
          y={0}
          width={Math.abs(drag.current - drag.start)}
          height={layout.lanesBottom}
        />
      )}
    </>
  );
}

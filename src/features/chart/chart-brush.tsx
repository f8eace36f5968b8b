// The plot's pointer surface: reports where the pointer is, brushes a date range on a drag, hands a click on.
import { useRef, type PointerEvent } from 'react';
import { moveBrush, pressBrush, releaseBrush, type Brush } from '@/ui/brush-controller';
import type { Rect } from '@/ui/label-placer';
import type { Pointer } from './chart-types';

interface Props {
  plot: Rect;
  /** The time on the axis at a pixel. */
  timeAt: (px: number) => number;
  /** A press starts: whatever was offered to pick is withdrawn. */
  onPress: () => void;
  onPointer: (pointer: Pointer | null) => void;
  /** The range being dragged over (times, either way round), or null when no drag is on. */
  onDrag: (range: [number, number] | null) => void;
  onBrush: (from: number, to: number) => void;
  /** A press that did not travel far enough to be a drag, at this pixel. */
  onClick: (px: number) => void;
}

export function ChartBrush({ plot, timeAt, onPress, onPointer, onDrag, onBrush, onClick }: Props) {
  const brush = useRef<Brush | null>(null);
  const localX = (e: PointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return Math.min(plot.x + plot.width, Math.max(plot.x, e.clientX - left));
  };

  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    onPress();
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    brush.current = pressBrush(localX(e));
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const px = localX(e);
    const svg = e.currentTarget.ownerSVGElement;
    const top = svg ? svg.getBoundingClientRect().top : 0;
    onPointer({ t: timeAt(px), x: px, y: e.clientY - top });
    if (!brush.current) return;
    const next = moveBrush(brush.current, px);
    brush.current = next;
    if (next.dragging) onDrag([timeAt(next.start), timeAt(next.current)]);
  };
  const onPointerUp = (e: PointerEvent<SVGRectElement>) => {
    const pressed = brush.current;
    brush.current = null;
    onDrag(null);
    if (!pressed) return;
    const end = releaseBrush(pressed, localX(e));
    if (end.kind === 'click') return onClick(end.x);
    onPointer(null);
    onBrush(timeAt(end.lo), timeAt(end.hi));
  };

  return (
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
      onPointerLeave={() => onPointer(null)}
      onPointerCancel={() => {
        brush.current = null;
        onDrag(null);
      }}
    />
  );
}

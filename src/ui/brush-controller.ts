// Drag to select a range along an axis, without the DOM: pointer positions in pixels in, a range or a click out.

/** How far (px) a press must travel to be a drag: less is a click, so a shaky click never brushes. */
const DRAG_THRESHOLD = 4;

/** A press in progress on the axis, in the caller's pixels (already clamped to its plot). */
export interface Brush {
  start: number;
  current: number;
  /** Set once the pointer has been the threshold away from `start`; it stays set if it comes back. */
  dragging: boolean;
}

/** What a release means: a click where the pointer let go, or the range dragged over (lo <= hi). */
type BrushEnd = { kind: 'click'; x: number } | { kind: 'range'; lo: number; hi: number };

export function pressBrush(x: number): Brush {
  return { start: x, current: x, dragging: false };
}

export function moveBrush(brush: Brush, x: number): Brush {
  const dragging = brush.dragging || Math.abs(x - brush.start) >= DRAG_THRESHOLD;
  return { start: brush.start, current: x, dragging };
}

export function releaseBrush(brush: Brush, x: number): BrushEnd {
  const { start, dragging } = moveBrush(brush, x);
  if (!dragging) return { kind: 'click', x };
  return { kind: 'range', lo: Math.min(start, x), hi: Math.max(start, x) };
}

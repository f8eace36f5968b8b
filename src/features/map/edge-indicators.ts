// Where the map's off-screen marks are: one indicator per compass direction at the frame's edge, with their count and ids.
import type { Frame, Point } from './arrow-geometry';
import { rectsOverlap, type Rect } from '@/ui/label-placer';

/** A mark outside the frame, in container pixels. */
export interface Offscreen<T> extends Point {
  count: number;
  item: T;
}

export interface EdgeIndicator<T> {
  /** 0 = east, then clockwise in eighths of a turn (screen y points down): 2 = south, 6 = north. */
  direction: number;
  /** Where the pill's arrow end touches the edge, in container pixels. */
  x: number;
  y: number;
  /** Which edge it sits on, so the pill grows inwards. */
  edge: 'top' | 'right' | 'bottom' | 'left';
  count: number;
  items: T[];
}

/** Indicators and arrow stubs keep this far inside the frame. */
export const EDGE_INSET = 8;

/** Arrows by direction, east first, clockwise as on screen. */
export const DIRECTION_ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];

/** Whether a point lies under one of the keys laid over the map: out of sight as beyond the edge. */
export function underKey(p: Point, keys: readonly Rect[]): boolean {
  return keys.some(
    (k) => p.x >= k.x && p.x <= k.x + k.width && p.y >= k.y && p.y <= k.y + k.height,
  );
}

/**
 * Groups the off-screen marks by the direction they lie in from the frame's centre, and puts each group's
 * indicator where the line towards its weighted centre leaves the frame (`inset` pixels in).
 */
export function edgeIndicators<T>(
  marks: readonly Offscreen<T>[],
  frame: Frame,
  inset: number,
): EdgeIndicator<T>[] {
  const cx = frame.width / 2;
  const cy = frame.height / 2;
  const groups = new Map<number, { x: number; y: number; count: number; items: T[] }>();
  for (const mark of marks) {
    const angle = Math.atan2(mark.y - cy, mark.x - cx);
    const direction = (Math.round(angle / (Math.PI / 4)) + 8) % 8;
    const group = groups.get(direction) ?? { x: 0, y: 0, count: 0, items: [] };
    // Weighted by events, so the pill points where most of them are.
    group.x += (mark.x - cx) * mark.count;
    group.y += (mark.y - cy) * mark.count;
    group.count += mark.count;
    group.items.push(mark.item);
    groups.set(direction, group);
  }
  const halfW = Math.max(1, cx - inset);
  const halfH = Math.max(1, cy - inset);
  return [...groups].map(([direction, g]) => {
    const dx = g.x / g.count;
    const dy = g.y / g.count;
    // The ray from the centre meets the inset box on whichever side it reaches first.
    const scale = 1 / Math.max(Math.abs(dx) / halfW, Math.abs(dy) / halfH, 1e-9);
    const x = cx + dx * scale;
    const y = cy + dy * scale;
    const onSide = Math.abs(dx) / halfW >= Math.abs(dy) / halfH;
    const edge = onSide ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
    return { direction, x, y, edge, count: g.count, items: g.items };
  });
}

/**
 * Slides a pill along its edge until no control (zoom buttons, legend, credit) covers it: first past
 * the control's far side, else before its near side. A pill no slide can clear (a short frame's
 * bottom, where the legend, a run's month key and the credit leave no room) is lifted inwards off
 * its edge, past the controls it meets: left where it was, it lay under the month's key.
 */
export function clearOfControls(
  pill: Rect,
  edge: EdgeIndicator<unknown>['edge'],
  controls: readonly Rect[],
  bounds: { width: number; height: number },
  gap: number,
): Rect {
  const along = edge === 'top' || edge === 'bottom' ? 'x' : 'y';
  const size = along === 'x' ? pill.width : pill.height;
  const limit = (along === 'x' ? bounds.width : bounds.height) - gap - size;
  let moved = pill;
  for (let tries = 0; tries <= controls.length; tries++) {
    const hit = controls.find((c) => rectsOverlap(moved, c));
    if (!hit) return moved;
    const start = along === 'x' ? hit.x : hit.y;
    const length = along === 'x' ? hit.width : hit.height;
    const after = start + length + gap;
    const before = start - gap - size;
    const next = after <= limit ? after : before >= gap ? before : null;
    if (next === null) return pill;
    moved = { ...moved, [along]: next };
  }
  return controls.some((c) => rectsOverlap(moved, c))
    ? liftedPast(pill, edge, controls, gap)
    : moved;
}

function liftedPast(
  pill: Rect,
  edge: EdgeIndicator<unknown>['edge'],
  controls: readonly Rect[],
  gap: number,
): Rect {
  let lifted = pill;
  for (let tries = 0; tries <= controls.length; tries++) {
    const hit = controls.find((c) => rectsOverlap(lifted, c));
    if (!hit) break;
    if (edge === 'bottom') lifted = { ...lifted, y: hit.y - gap - lifted.height };
    else if (edge === 'top') lifted = { ...lifted, y: hit.y + hit.height + gap };
    else if (edge === 'left') lifted = { ...lifted, x: hit.x + hit.width + gap };
    else lifted = { ...lifted, x: hit.x - gap - lifted.width };
  }
  return lifted;
}

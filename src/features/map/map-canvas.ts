// Paints the map's scene (arrows, waypoints, marks with their counts, selection and hover) on one canvas.
import type { EventType } from '@/data/schema';
import type { MovementGroup } from '@/domain/derived-shapes';
import { TYPE_COLORS } from '@/ui/palette';
import { textWidth } from '@/ui/text-width';
import { endAngle, type Point } from './arrow-geometry';
import type { MapMark } from './map-marks';

export interface DrawnMark extends Point {
  mark: MapMark;
  radius: number;
}

export interface DrawnArrow {
  key: string;
  movement: MovementGroup;
  line: Point[];
  color: string;
  width: number;
}

export interface Scene {
  marks: DrawnMark[];
  arrows: DrawnArrow[];
  waypoints: Point[];
}

/** Which drawn things stand for the selected and the hovered event. */
export interface SceneState {
  selected: (item: DrawnMark | DrawnArrow) => boolean;
  hovered: (item: DrawnMark | DrawnArrow) => boolean;
  /** Only earlier months' events (during playback): drawn set back, the month's own stand out. */
  faded: (item: DrawnMark | DrawnArrow) => boolean;
}

/** How much of its usual opacity a set-back mark or arrow keeps. */
export const FADED_ALPHA = 0.3;

/** Theme colours, read from CSS custom properties so a theme switch only needs a repaint. */
export interface Colours {
  edge: string;
  ring: string;
  label: string;
  land: string;
  badge: string;
  badgeText: string;
  accent: string;
}

/** How far the selected mark's ring reaches beyond the mark: labels keep clear of it. */
export const SELECTED_RING = 5;

export const WAYPOINT_RADIUS = 3.5;
const BADGE_FONT = 10;
const BADGE_HEIGHT = 16;

/** The count badge at a group's top right: drawn here, and kept clear by labels. */
export function badgeBox(m: DrawnMark, text: string) {
  const width = Math.max(BADGE_HEIGHT, textWidth(text, BADGE_FONT) + 8);
  return { x: m.x + m.radius * 0.7 - 4, y: m.y - m.radius * 0.7 - 9, width, height: BADGE_HEIGHT };
}

function arrowHead(ctx: CanvasRenderingContext2D, line: readonly Point[], width: number) {
  const tip = line[line.length - 1];
  if (!tip) return;
  const length = 7 + width * 1.6;
  const half = length * 0.45;
  const angle = endAngle(line);
  ctx.save();
  ctx.translate(tip.x, tip.y);
  ctx.rotate(angle);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(-length, -half);
  ctx.lineTo(-length, half);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

function polyline(ctx: CanvasRenderingContext2D, line: readonly Point[]) {
  ctx.beginPath();
  line.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
}

function paintArrow(
  ctx: CanvasRenderingContext2D,
  arrow: DrawnArrow,
  c: Colours,
  state: SceneState,
) {
  const { line, color, width } = arrow;
  // The head covers the line's last pixels: the stroke stops where the head begins.
  const body = line.length > 2 ? line.slice(0, -1) : line;
  const emphasis = state.selected(arrow) ? c.ring : state.hovered(arrow) ? c.accent : null;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (emphasis) {
    ctx.strokeStyle = emphasis;
    ctx.lineWidth = width + 3;
    ctx.globalAlpha = 0.9;
    polyline(ctx, body);
    ctx.stroke();
  }
  ctx.globalAlpha = emphasis ? 1 : state.faded(arrow) ? 0.85 * FADED_ALPHA : 0.85;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  polyline(ctx, body);
  ctx.stroke();
  arrowHead(ctx, line, width);
  ctx.globalAlpha = 1;
}

/**
 * The mark's types as slices of a turn, in proportion to their events, from twelve o'clock
 * clockwise as the legend reads: what its pie fills and a set-back mark's outline strokes.
 */
function slicesOf(mark: MapMark): { type: EventType; start: number; end: number }[] {
  const types = mark.types.length > 0 ? mark.types : [{ type: mark.dominantType, count: 1 }];
  const total = types.reduce((n, t) => n + t.count, 0);
  let start = -Math.PI / 2;
  return types.map((t) => {
    const end = start + (t.count / total) * Math.PI * 2;
    const slice = { type: t.type, start, end };
    start = end;
    return slice;
  });
}

function disc(ctx: CanvasRenderingContext2D, m: DrawnMark) {
  const { mark, x, y, radius } = m;
  const slices = slicesOf(mark);
  const [only] = slices;
  if (only && slices.length === 1) {
    ctx.fillStyle = TYPE_COLORS[only.type];
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  for (const { type, start, end } of slices) {
    ctx.fillStyle = TYPE_COLORS[type];
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.arc(x, y, radius, start, end);
    ctx.closePath();
    ctx.fill();
  }
}

/**
 * A set-back mark's outline, in its types' colours at full strength (each slice's arc in its own):
 * the fill fades, and an edge in the edge colour faded with it was lost on a dark map.
 */
function typeRing(ctx: CanvasRenderingContext2D, m: DrawnMark) {
  const { x, y, radius } = m;
  ctx.lineWidth = 1.5;
  for (const { type, start, end } of slicesOf(m.mark)) {
    ctx.strokeStyle = TYPE_COLORS[type];
    ctx.beginPath();
    ctx.arc(x, y, radius - 0.75, start, end);
    ctx.stroke();
  }
}

function paintMark(
  ctx: CanvasRenderingContext2D,
  m: DrawnMark,
  c: Colours,
  state: SceneState,
  count: string | null,
) {
  const { x, y, radius, mark } = m;
  const faded = state.faded(m) && !state.selected(m);
  ctx.globalAlpha = (mark.approximate ? 0.75 : 0.92) * (faded ? FADED_ALPHA : 1);
  disc(ctx, m);
  ctx.globalAlpha = 1;
  ctx.setLineDash(mark.approximate ? [3, 2] : []);
  if (faded) typeRing(ctx, m);
  else {
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = mark.approximate ? c.ring : c.edge;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  if (state.selected(m)) {
    ctx.beginPath();
    // The stroke's outer side is SELECTED_RING beyond the mark.
    ctx.arc(x, y, radius + SELECTED_RING - 1.25, 0, Math.PI * 2);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = c.ring;
    ctx.stroke();
  } else if (state.hovered(m)) {
    ctx.beginPath();
    ctx.arc(x, y, radius + 2, 0, Math.PI * 2);
    ctx.lineWidth = 2;
    ctx.strokeStyle = c.accent;
    ctx.stroke();
  }
  if (count) {
    const b = badgeBox(m, count);
    ctx.fillStyle = c.badge;
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.width, b.height, b.height / 2);
    ctx.fill();
    ctx.fillStyle = c.badgeText;
    ctx.font = `700 ${BADGE_FONT}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(count, b.x + b.width / 2, b.y + b.height / 2 + 0.5);
  }
}

/** Paints the scene; `count` gives a mark's badge text (null for a single event). */
export function paintScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  c: Colours,
  state: SceneState,
  count: (mark: MapMark) => string | null,
) {
  for (const arrow of scene.arrows) paintArrow(ctx, arrow, c, state);
  ctx.lineWidth = 1.5;
  for (const p of scene.waypoints) {
    ctx.beginPath();
    ctx.arc(p.x, p.y, WAYPOINT_RADIUS, 0, Math.PI * 2);
    ctx.fillStyle = c.land;
    ctx.strokeStyle = c.label;
    ctx.fill();
    ctx.stroke();
  }
  // Large marks first, so a small place on top of a big one stays visible and clickable.
  const order = [...scene.marks].sort((a, b) => b.radius - a.radius);
  for (const m of order) paintMark(ctx, m, c, state, count(m.mark));
}

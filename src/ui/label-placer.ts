// Which labels to show and where: greedy by priority, each at its first candidate spot clear of placed labels and marks.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Higher is placed first; equal priorities keep their input order. */
  priority: number;
  /** Spots to try, in order of preference. */
  candidates: readonly Rect[];
  /** Placed even over obstacles (a country name in a pane beneath the marks). */
  ignoresObstacles?: boolean;
}

/** A mark to keep clear; `owner` names the label allowed to touch it (its own mark). */
export interface Obstacle extends Rect {
  owner?: string;
}

interface PlacedLabel {
  id: string;
  rect: Rect;
  /** Which candidate was taken: 0 is the preferred spot. */
  candidate: number;
}

interface Placement {
  placed: PlacedLabel[];
  dropped: string[];
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * For each mark, the indices of the other marks its box overlaps: a click on a mark can then offer
 * every mark it may hide, and a hidden mark is always offered by the one that covers it.
 */
export function overlapsOf(rects: readonly Rect[]): number[][] {
  const overlaps = rects.map((): number[] => []);
  rects.forEach((a, i) =>
    rects.forEach((b, j) => {
      if (j > i && rectsOverlap(a, b)) {
        overlaps[i]?.push(j);
        overlaps[j]?.push(i);
      }
    }),
  );
  return overlaps;
}

/** Distance from a point to the nearest point of a box (0 inside it). */
function distanceToRect(x: number, y: number, r: Rect): number {
  const dx = Math.max(r.x - x, 0, x - (r.x + r.width));
  const dy = Math.max(r.y - y, 0, y - (r.y + r.height));
  return Math.hypot(dx, dy);
}

/** How much farther (px) than its own mark any other must be from a label, for it to read as its own. */
const LABEL_OWNERSHIP = 6;

/**
 * Whether a label at `spot` reads as naming `own`: the edge of every other mark is at least
 * LABEL_OWNERSHIP px farther from it than own's edge. A label beside its own mark can still sit right
 * over a neighbour; readers attach a name to the mark nearest it.
 */
export function ownsSpot(
  own: { x: number; y: number; radius: number },
  others: readonly { x: number; y: number; radius: number }[],
  spot: Rect,
): boolean {
  const edge = (m: { x: number; y: number; radius: number }) =>
    distanceToRect(m.x, m.y, spot) - m.radius;
  const mine = edge(own);
  return others.every((m) => m === own || edge(m) > mine + LABEL_OWNERSHIP);
}

function inside(a: Rect, frame: Rect): boolean {
  return (
    a.x >= frame.x &&
    a.y >= frame.y &&
    a.x + a.width <= frame.x + frame.width &&
    a.y + a.height <= frame.y + frame.height
  );
}

type Side =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

export const EIGHT_SIDES: readonly Side[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

/**
 * The usual spots beside a mark of `radius` at (x, y), `gap` pixels clear of its edge. Diagonal spots
 * clear the corner of a square mark (a chart glyph) or, for a `round` one (a map disc), tuck into the
 * curve at 45°.
 */
export function spotsAround(
  anchor: { x: number; y: number; radius: number; round?: boolean },
  size: { width: number; height: number },
  gap: number,
  sides: readonly Side[] = ['right', 'left', 'above', 'below'],
): Rect[] {
  const { x, y, radius } = anchor;
  const { width, height } = size;
  const off = radius + gap;
  // How far a diagonal spot's near corner stands from the centre, across and down.
  const across = anchor.round ? off * Math.SQRT1_2 : radius;
  const down = anchor.round ? across : off;
  return sides.map((side) => {
    switch (side) {
      case 'right':
        return { x: x + off, y: y - height / 2, width, height };
      case 'left':
        return { x: x - off - width, y: y - height / 2, width, height };
      case 'above':
        return { x: x - width / 2, y: y - off - height, width, height };
      case 'below':
        return { x: x - width / 2, y: y + off, width, height };
      case 'above-right':
        return { x: x + across, y: y - down - height, width, height };
      case 'below-right':
        return { x: x + across, y: y + down, width, height };
      case 'above-left':
        return { x: x - across - width, y: y - down - height, width, height };
      case 'below-left':
        return { x: x - across - width, y: y + down, width, height };
    }
  });
}

/**
 * A drawn polyline as obstacles, so a label is not placed where a line would strike through it: a
 * thin box per level or upright segment, small squares `step` pixels apart along a slanted one (a
 * box around it would keep labels off far more than the line).
 */
export function lineObstacles(points: readonly { x: number; y: number }[], step = 3): Rect[] {
  const rects: Rect[] = [];
  points.forEach((b, i) => {
    const a = points[i - 1] ?? b;
    if (a.x === b.x || a.y === b.y) {
      rects.push({
        x: Math.min(a.x, b.x) - 0.5,
        y: Math.min(a.y, b.y) - 0.5,
        width: Math.abs(b.x - a.x) + 1,
        height: Math.abs(b.y - a.y) + 1,
      });
      return;
    }
    const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step);
    for (let k = 1; k <= n; k++) {
      const x = a.x + ((b.x - a.x) * k) / n;
      const y = a.y + ((b.y - a.y) * k) / n;
      rects.push({ x: x - 0.5, y: y - 0.5, width: 1, height: 1 });
    }
  });
  return rects;
}

function grown(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

/** Side of the grid cells obstacles are filed in: a label is tested only against those in its cells. */
const CELL = 32;
/** An obstacle over more cells than this (a long line's box) is tested against every label. */
const MAX_CELLS = 64;

/**
 * Obstacles filed by the grid cells they cover, so a candidate spot is tested against the few
 * near it instead of every mark and line segment of the view; the answer is the same as testing all.
 */
class ObstacleGrid {
  #all: readonly Obstacle[];
  #cells = new Map<number, Obstacle[]>();
  #wide: Obstacle[] = [];

  constructor(obstacles: readonly Obstacle[]) {
    this.#all = obstacles;
    for (const o of obstacles) {
      const [x0, x1, y0, y1] = cellSpan(o);
      if (!((x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_CELLS)) {
        this.#wide.push(o);
        continue;
      }
      for (let cx = x0; cx <= x1; cx++)
        for (let cy = y0; cy <= y1; cy++) {
          const key = cellKey(cx, cy);
          const cell = this.#cells.get(key);
          if (cell) cell.push(o);
          else this.#cells.set(key, [o]);
        }
    }
  }

  /** Whether `rect` overlaps an obstacle not owned by `id`. */
  blocks(rect: Rect, id: string): boolean {
    const hits = (o: Obstacle) => o.owner !== id && rectsOverlap(o, rect);
    const [x0, x1, y0, y1] = cellSpan(rect);
    // A spot as wide as many cells (or unbounded) is tested against every obstacle instead.
    if (!((x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_CELLS)) return this.#all.some(hits);
    if (this.#wide.some(hits)) return true;
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++)
        if (this.#cells.get(cellKey(cx, cy))?.some(hits)) return true;
    return false;
  }
}

function cellSpan(r: Rect): [number, number, number, number] {
  return [
    Math.floor(r.x / CELL),
    Math.floor((r.x + r.width) / CELL),
    Math.floor(r.y / CELL),
    Math.floor((r.y + r.height) / CELL),
  ];
}

/** One number per cell; cells stay far inside ±2^20 for any screen. */
function cellKey(cx: number, cy: number): number {
  return cx * 2 ** 21 + cy;
}

/**
 * Places labels in priority order: each takes its first candidate inside `frame` that overlaps no
 * placed label and no obstacle (other than its own mark); a label with no free candidate is dropped
 * (its mark, tooltip and table row still carry it). A label is only ever dropped for one placed before it.
 * `clearance` keeps labels that many pixels off obstacles: a label touching a mark reads as covering it.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[] = [],
  frame?: Rect,
  clearance = 0,
): Placement {
  const keepOff = new ObstacleGrid(
    clearance > 0 ? obstacles.map((o) => ({ ...grown(o, clearance), owner: o.owner })) : obstacles,
  );
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => b.request.priority - a.request.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const { request } of order) {
    const candidate = request.candidates.findIndex(
      (rect) =>
        (!frame || inside(rect, frame)) &&
        !placed.some((p) => rectsOverlap(p.rect, rect)) &&
        (request.ignoresObstacles || !keepOff.blocks(rect, request.id)),
    );
    const rect = request.candidates[candidate];
    if (rect) placed.push({ id: request.id, rect, candidate });
    else dropped.push(request.id);
  }
  return { placed, dropped };
}

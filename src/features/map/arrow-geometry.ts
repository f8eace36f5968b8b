// Movement arrows in screen pixels: the curve, and what of it the frame shows (whole, or a stub towards an off-screen end).

export interface Point {
  x: number;
  y: number;
}

export interface Frame {
  width: number;
  height: number;
}

const SAMPLES = 24;
/** How far the curve bows out, as a share of the distance: A→B and B→A bend apart, never onto each other. */
const BEND = 0.18;
/** A stub shows where people went without crossing the map: this long at most, in pixels. */
export const STUB_PX = 64;

/** A quadratic curve from → to bending left of travel, as SAMPLES + 1 points. */
export function curvePoints(from: Point, to: Point): Point[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const cx = (from.x + to.x) / 2 + dy * BEND;
  const cy = (from.y + to.y) / 2 - dx * BEND;
  const points: Point[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const s = i / SAMPLES;
    const a = (1 - s) * (1 - s);
    const b = 2 * s * (1 - s);
    const c = s * s;
    points.push({ x: a * from.x + b * cx + c * to.x, y: a * from.y + b * cy + c * to.y });
  }
  return points;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function lengthOf(line: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += distance(line[i - 1] as Point, line[i] as Point);
  return total;
}

/** The line up to `length` pixels from its start (the last point interpolated). */
function headOf(line: readonly Point[], length: number): Point[] {
  const first = line[0];
  if (!first) return [];
  const out = [first];
  let left = length;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const d = distance(a, b);
    if (d >= left) {
      const s = d === 0 ? 0 : left / d;
      out.push({ x: a.x + (b.x - a.x) * s, y: a.y + (b.y - a.y) * s });
      return out;
    }
    out.push(b);
    left -= d;
  }
  return out;
}

/** The line without its last `gap` pixels: so a head's tip touches a mark's rim rather than its centre. */
export function shortenEnd(line: readonly Point[], gap: number): Point[] {
  return headOf(line, Math.max(0, lengthOf(line) - gap));
}

export function inFrame(p: Point, frame: Frame, inset = 0): boolean {
  return p.x >= inset && p.y >= inset && p.x <= frame.width - inset && p.y <= frame.height - inset;
}

type ArrowShape =
  | { kind: 'whole'; line: Point[] }
  /** Only the start is in the frame: a stub leaving it, labelled with where it goes. */
  | { kind: 'out'; line: Point[] }
  /** Only the end is in the frame: a stub arriving, labelled with where it came from. */
  | { kind: 'in'; line: Point[] };

/** What of the curve from → to the frame shows; null when neither end is in it. */
export function arrowShape(from: Point, to: Point, frame: Frame, inset: number): ArrowShape | null {
  const line = curvePoints(from, to);
  const fromIn = inFrame(from, frame, inset);
  const toIn = inFrame(to, frame, inset);
  if (fromIn && toIn) return { kind: 'whole', line };
  if (!fromIn && !toIn) return null;
  const forward = fromIn ? line : [...line].reverse();
  const leave = forward.findIndex((p) => !inFrame(p, frame, inset));
  const kept = headOf(forward.slice(0, leave < 0 ? forward.length : leave), STUB_PX);
  return fromIn ? { kind: 'out', line: kept } : { kind: 'in', line: kept.reverse() };
}

/** Direction of travel at the line's end, in radians (screen y points down). */
export function endAngle(line: readonly Point[]): number {
  const b = line[line.length - 1];
  const a = line[line.length - 2];
  if (!a || !b) return 0;
  return Math.atan2(b.y - a.y, b.x - a.x);
}

/** SVG path data for the line, for the transparent hit stroke laid over the canvas. */
export function pathData(line: readonly Point[]): string {
  return line.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
}

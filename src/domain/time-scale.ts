// Calendar days <-> pixels for the time axis, and tick choices (month / quarter / year) that never collide.
import {
  dayNumber,
  isoFromDay,
  monthEnd,
  monthFirstDay,
  monthNumber,
  monthStart,
} from './calendar';

/**
 * A linear map from a whole-day domain to pixels. Day d occupies [x(d), x(d + 1)); its mark sits at
 * the centre, and a range [from, to] inclusive covers x(from)..x(to + 1).
 */
export interface TimeScale {
  /** First and last day of the domain (inclusive). */
  startDay: number;
  endDay: number;
  /** Pixel extent of the domain: x0 is the left edge of startDay, x1 the right edge of endDay. */
  x0: number;
  x1: number;
  /** Pixels per day. */
  k: number;
}

export function createTimeScale(start: string, end: string, x0: number, x1: number): TimeScale {
  const startDay = dayNumber(start);
  const endDay = Math.max(startDay, dayNumber(end));
  const k = (x1 - x0) / (endDay - startDay + 1);
  return { startDay, endDay, x0, x1, k };
}

/** Left edge of a day (a day number), in pixels. */
export function xOfDay(scale: TimeScale, day: number): number {
  return scale.x0 + (day - scale.startDay) * scale.k;
}

/** Left edge of a date. */
export function xOf(scale: TimeScale, iso: string): number {
  return xOfDay(scale, dayNumber(iso));
}

/** Centre of a date. */
export function xMid(scale: TimeScale, iso: string): number {
  return xOfDay(scale, dayNumber(iso) + 0.5);
}

/** Right edge of a date: where an inclusive range ending on it stops. */
export function xEnd(scale: TimeScale, iso: string): number {
  return xOfDay(scale, dayNumber(iso) + 1);
}

/** The day under pixel x, snapped to whole days and clamped into the domain. */
export function dayAt(scale: TimeScale, x: number): number {
  const day = scale.startDay + Math.floor((x - scale.x0) / scale.k);
  return Math.min(scale.endDay, Math.max(scale.startDay, day));
}

/** The YYYY-MM-DD date under pixel x (see dayAt). */
export function dateAt(scale: TimeScale, x: number): string {
  return isoFromDay(dayAt(scale, x));
}

/**
 * Pixels covered by an inclusive date range with open (null) ends, clamped to the axis: a range
 * partly or wholly outside the domain still gives x0 <= x1, never a negative width. Null for no range.
 */
export function rangeExtent(
  scale: TimeScale,
  from: string | null,
  to: string | null,
): [number, number] | null {
  if (from === null && to === null) return null;
  const clamp = (x: number) => Math.min(scale.x1, Math.max(scale.x0, x));
  const x0 = clamp(from === null ? scale.x0 : xOf(scale, from));
  const x1 = clamp(to === null ? scale.x1 : xEnd(scale, to));
  return [x0, Math.max(x0, x1)];
}

/**
 * The axis domain for a dataset: from the start of its first event's month to the end of its last
 * event's month, so the first and last marks never sit on the edge.
 */
export function paddedDomain(first: string, last: string): [string, string] {
  return [monthStart(first), monthEnd(last)];
}

export type TickUnit = 'month' | 'quarter' | 'year';

/** One rung of the tick ladder: a unit and how many months apart its ticks are. */
export interface TickStep {
  unit: TickUnit;
  months: number;
}

/** From finest to coarsest; the axis takes the finest whose labels fit. */
export const TICK_STEPS: readonly TickStep[] = [
  { unit: 'month', months: 1 },
  { unit: 'quarter', months: 3 },
  { unit: 'year', months: 12 },
  { unit: 'year', months: 24 },
  { unit: 'year', months: 60 },
  { unit: 'year', months: 120 },
];

export const YEAR_STEPS: readonly TickStep[] = TICK_STEPS.filter((s) => s.unit === 'year');

export interface Tick {
  iso: string;
  day: number;
  x: number;
  unit: TickUnit;
  /** True on 1 January: where a year starts (the axis draws these stronger). */
  yearStart: boolean;
}

/** Every tick of one step that falls inside the domain, aligned to calendar boundaries. */
export function ticksOfStep(scale: TimeScale, step: TickStep): Tick[] {
  // Align to multiples of the step counted from year 0, so quarters start in Jan/Apr/Jul/Oct and
  // 5-year ticks on 2020, 2025.
  let m = Math.ceil(monthNumber(isoFromDay(scale.startDay)) / step.months) * step.months;
  if (monthFirstDay(m) < scale.startDay) m += step.months;
  const ticks: Tick[] = [];
  for (;;) {
    const day = monthFirstDay(m);
    if (day > scale.endDay) break;
    ticks.push({
      iso: isoFromDay(day),
      day,
      x: xOfDay(scale, day),
      unit: step.unit,
      yearStart: m % 12 === 0,
    });
    m += step.months;
  }
  return ticks;
}

/** Smallest distance between neighbouring ticks, Infinity for fewer than two. */
export function minTickGap(ticks: readonly Tick[]): number {
  let gap = Infinity;
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1];
    const b = ticks[i];
    if (a && b) gap = Math.min(gap, b.x - a.x);
  }
  return gap;
}

/**
 * The finest ticks whose labels fit: `labelGap(unit)` is the room one label of that unit needs
 * (its width plus padding), measured by the caller in its language and font. When not even the
 * coarsest step fits, returns that step thinned to its first tick, so labels still never overlap.
 */
export function niceTicks(
  scale: TimeScale,
  labelGap: (unit: TickUnit) => number,
  steps: readonly TickStep[] = TICK_STEPS,
): Tick[] {
  let last: Tick[] = [];
  for (const step of steps) {
    const ticks = ticksOfStep(scale, step);
    if (minTickGap(ticks) >= labelGap(step.unit)) return ticks;
    last = ticks;
  }
  return last.slice(0, 1);
}

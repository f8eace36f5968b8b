// Pure geometry for the cumulative chart: domains, ticks, step rows, bands, dot merging, the step at a time.
import type { Tally } from '@/data/schema';
import type { CumulativePoint } from '@/domain/derived-shapes';
import { isoDay, MS_PER_DAY, utcDay } from '@/domain/calendar';
import {
  createTimeScale,
  niceTicks,
  paddedDomain,
  ticksOfStep,
  minTickGap,
} from '@/domain/time-scale';
import type { Lang, Scale } from '@/state/view-store';
import { textWidth } from '@/ui/text-width';
import { formatTick } from './chart-wording';
import { LABEL_FONT } from './chart-types';

/**
 * The time axis domain: the chosen range when there is one, else the data (transfers and tallies
 * in view) widened to whole months so the first and last marks never sit on the frame.
 */
export function xDomain(
  points: readonly CumulativePoint[],
  tallies: readonly Tally[],
  from: string | null,
  to: string | null,
): [number, number] | null {
  if (from !== null && to !== null) return widen(utcDay(from), utcDay(to));
  const dates = [...points.map((p) => p.date), ...tallies.map((t) => t.announced)].sort();
  const first = from ?? dates[0];
  const last = to ?? dates.at(-1);
  if (first === undefined || last === undefined) return null;
  const [lo, hi] = paddedDomain(first, last < first ? first : last);
  return widen(utcDay(from ?? lo), utcDay(to ?? hi));
}

/** A one-day range still needs a width to draw. */
function widen(lo: number, hi: number): [number, number] {
  return [lo, Math.max(hi, lo + MS_PER_DAY)];
}

/**
 * The step rows the areas draw: the points, plus a zero row at the domain's start and the final
 * level carried to its end, so the running sum reads across the whole axis.
 */
export function stepRows(
  points: readonly CumulativePoint[],
  origins: readonly string[],
  domain: [number, number],
): CumulativePoint[] {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const rows = [...points];
  if (first.t > domain[0]) {
    rows.unshift({
      date: '',
      t: domain[0],
      byOrigin: Object.fromEntries(origins.map((o) => [o, 0])),
      total: 0,
      eventIds: [],
    });
  }
  if (last.t < domain[1]) rows.push({ ...last, date: '', t: domain[1], eventIds: [] });
  return rows;
}

/**
 * The [bottom, top] of one origin's band in a row. On a log axis nothing can sit below 1, so
 * zero-height bands collapse onto the axis floor instead of vanishing into -Infinity.
 */
export function band(
  row: CumulativePoint,
  origins: readonly string[],
  index: number,
  scale: Scale,
): [number, number] {
  let bottom = 0;
  for (let i = 0; i < index; i++) bottom += row.byOrigin[origins[i] ?? ''] ?? 0;
  const top = bottom + (row.byOrigin[origins[index] ?? ''] ?? 0);
  return scale === 'log' ? [Math.max(1, bottom), Math.max(1, top)] : [bottom, top];
}

/** Value-axis ticks: round steps from 0 on a linear axis, powers of ten from 1 on a log axis. */
export function valueTicks(max: number, scale: Scale): number[] {
  if (scale === 'log') {
    const top = Math.max(1, Math.ceil(Math.log10(Math.max(max, 10))));
    return Array.from({ length: top + 1 }, (_, i) => 10 ** i);
  }
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/**
 * Every how many value ticks carries a label, so labels `font` px high keep a fifth of a line apart:
 * on a short plot (a story step at 1280×720 drew six log labels in 70 px, touching), every other one
 * or fewer. The grid keeps a line at every tick. `spacing`: pixels between neighbouring ticks.
 */
export function valueLabelStride(spacing: number, font: number): number {
  if (!(spacing > 0)) return 1;
  return Math.max(1, Math.ceil((font * 1.2) / spacing));
}

interface TimeTicks {
  ticks: number[];
  /** The ticks that carry a label; the rest are quarter marks between labelled years. */
  labelled: Set<number>;
}

/**
 * Calendar ticks for the time axis: the finest month, quarter or year step whose labels fit the
 * plot width, with unlabelled quarter marks between years when the labels are years apart.
 */
export function timeTicks(
  domain: [number, number],
  plotWidth: number,
  lang: Lang,
  labelFont: number = LABEL_FONT,
): TimeTicks {
  const scale = createTimeScale(isoDay(domain[0]), isoDay(domain[1]), 0, plotWidth);
  const room =
    Math.max(
      textWidth(formatTick(utcDay('2024-09-01'), lang), labelFont),
      textWidth(formatTick(utcDay('2024-01-01'), lang), labelFont),
    ) + 12;
  const labelled = niceTicks(scale, () => room).map((t) => utcDay(t.iso));
  const quarters = ticksOfStep(scale, { unit: 'quarter', months: 3 });
  const step = labelled.length > 1 ? (labelled[1] ?? 0) - (labelled[0] ?? 0) : 0;
  const minor =
    step > 100 * MS_PER_DAY && minTickGap(quarters) >= 10 ? quarters.map((t) => utcDay(t.iso)) : [];
  return {
    ticks: [...new Set([...labelled, ...minor])].sort((a, b) => a - b),
    labelled: new Set(labelled),
  };
}

interface DotGroup {
  /** The last point of the group: where its dot sits, at the running sum after all of it. */
  point: CumulativePoint;
  eventIds: string[];
  /** The date of each of `eventIds`, in the same order. */
  eventDates: string[];
  /** Every date the group stands for, in order: a merged dot must say it is more than one day. */
  dates: string[];
  /** The origin that added most people in the group: the dot's colour. */
  origin: string | null;
}

/**
 * Transfer dots merged where they would touch: a point joins the previous dot when it lies
 * within `minGap` pixels of it, for at most three gaps' span, so dots stay apart and clickable
 * and their number stays bounded by the pixels.
 */
export function dotGroups(
  points: readonly CumulativePoint[],
  origins: readonly string[],
  xOf: (t: number) => number,
  minGap: number,
): DotGroup[] {
  const groups: { first: number; before: CumulativePoint | null; members: CumulativePoint[] }[] =
    [];
  let previous: CumulativePoint | null = null;
  for (const p of points) {
    const x = xOf(p.t);
    const group = groups.at(-1);
    const last = group?.members.at(-1);
    if (group && last && x - xOf(last.t) < minGap && x - group.first < 3 * minGap) {
      group.members.push(p);
    } else {
      groups.push({ first: x, before: previous, members: [p] });
    }
    previous = p;
  }
  return groups.flatMap(({ before, members }) => {
    const point = members.at(-1);
    if (!point) return [];
    let origin: string | null = null;
    let most = 0;
    for (const o of origins) {
      const added = (point.byOrigin[o] ?? 0) - (before?.byOrigin[o] ?? 0);
      if (added > most) {
        most = added;
        origin = o;
      }
    }
    // Joined with concat: flatMap copies one element at a time, some twenty times slower for the
    // tens of thousands of ids a dot holds at 100,000 events (a Node microbenchmark: 5 ms to 0.25).
    return [
      {
        point,
        eventIds: ([] as string[]).concat(...members.map((m) => m.eventIds)),
        eventDates: ([] as string[]).concat(
          ...members.map((m) => new Array<string>(m.eventIds.length).fill(m.date)),
        ),
        dates: members.map((m) => m.date),
        origin,
      },
    ];
  });
}

/** The step in effect at time t: the last row at or before it (the first row before them all). */
export function rowAt<T extends { t: number }>(rows: readonly T[], t: number): T | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid]?.t ?? Infinity) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return rows[found];
}

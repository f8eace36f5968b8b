// Playback's frames: the date window grows month by month, each frame ending on a month's last day.
import { isIsoDate } from '@/data/schema';
import type { EventGroup } from './derived-shapes';
import { dayNumber, isoFromDay, monthEnd } from './calendar';

/**
 * A run's frames: the last day of every month from `start`'s month to `end`'s month, except that
 * the run stops on `end` itself (the last event, or the end of a brushed range), not on its
 * month's last day.
 */
export function runFrames(start: string, end: string): string[] {
  if (!isIsoDate(start) || !isIsoDate(end) || start > end) return [];
  const frames: string[] = [];
  for (let at = monthEnd(start); ;) {
    if (at >= end) {
      frames.push(end);
      return frames;
    }
    frames.push(at);
    // The day after a month's end opens the next month.
    at = monthEnd(isoFromDay(dayNumber(at) + 1));
  }
}

/** The frame after position `to` (the first month end past it), or null when playback is at the end. */
export function nextFrame(ends: readonly string[], to: string | null): string | null {
  if (to === null) return ends[0] ?? null;
  return ends.find((e) => e > to) ?? null;
}

/**
 * Whether playback sets a mark or arrow back: every event of it ended before the month starting
 * `monthStart`. The groups hold only events that start by the month's end, so one that ends in the
 * month or later (a span reaching into it) is of the month.
 */
export function setBack(group: Pick<EventGroup, 'lastEnd'>, monthStart: string | null): boolean {
  return monthStart !== null && group.lastEnd < monthStart;
}

/**
 * How many of `events` (in date order) start on or after `day`: the month's new events, for a
 * frame whose window starts `day`. A binary search: it runs on every frame.
 */
export function countFrom(events: readonly { date: string }[], day: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as { date: string }).date < day) lo = mid + 1;
    else hi = mid;
  }
  return events.length - lo;
}

/**
 * The most events that start in any one month: no frame's count of its month's events is larger,
 * so the map's key can hold room for it through a whole run.
 */
export function busiestMonth(events: readonly { date: string }[]): number {
  const perMonth = new Map<string, number>();
  let most = 0;
  for (const { date } of events) {
    const month = date.slice(0, 7);
    const n = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, n);
    if (n > most) most = n;
  }
  return most;
}

// Playback's frames: the date window grows month by month, each frame ending on a month's last day.
import { isIsoDate } from '@/data/schema';
import type { EventGroup } from './derived-shapes';
import { dayNumber, isoFromDay, monthEnd } from './calendar';

/** The last day of every month from `start`'s month to `end`'s month, in order. */
export function monthEnds(start: string, end: string): string[] {
  if (!isIsoDate(start) || !isIsoDate(end) || start > end) return [];
  const ends: string[] = [];
  for (let at = monthEnd(start); ;) {
    ends.push(at);
    if (at >= end) break;
    // The day after a month's end opens the next month.
    at = monthEnd(isoFromDay(dayNumber(at) + 1));
  }
  return ends;
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

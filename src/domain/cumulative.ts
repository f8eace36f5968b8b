// The running sum of people transferred, stacked by origin country, one point per transfer date or bucket.
import type { AtlasEvent } from '@/data/schema';
import { utcDay } from './calendar';
import type { CumulativePoint, CumulativeTransfers } from './derived-shapes';
import { passCumulative, passOf } from './fused-derive';

interface DateGroup {
  date: string;
  t: number;
  added: Map<string, number>;
  eventIds: string[];
}

function groupByDate(events: readonly AtlasEvent[]): DateGroup[] {
  const byDate = new Map<string, DateGroup>();
  for (const e of events) {
    const n = e.counts.transferred ?? 0;
    if (n <= 0) continue;
    let group = byDate.get(e.date);
    if (!group) {
      group = { date: e.date, t: utcDay(e.date), added: new Map(), eventIds: [] };
      byDate.set(e.date, group);
    }
    group.added.set(e.origin, (group.added.get(e.origin) ?? 0) + n);
    group.eventIds.push(e.id);
  }
  return [...byDate.values()].sort((a, b) => a.t - b.t);
}

/**
 * Merges date groups into at most `maxBuckets` equal-time buckets (empty ones dropped), so the
 * number of points is bounded by the chart's pixels however many events there are.
 */
function mergeIntoBuckets(groups: DateGroup[], maxBuckets: number): DateGroup[] {
  const first = groups[0];
  const last = groups.at(-1);
  if (!first || !last || groups.length <= maxBuckets) return groups;
  const width = (last.t - first.t) / maxBuckets;
  const buckets: DateGroup[] = [];
  let current: DateGroup | null = null;
  let currentIndex = -1;
  for (const g of groups) {
    const index = Math.min(maxBuckets - 1, Math.floor((g.t - first.t) / width));
    if (!current || index !== currentIndex) {
      current = { date: g.date, t: g.t, added: new Map(), eventIds: [] };
      buckets.push(current);
      currentIndex = index;
    }
    current.date = g.date;
    current.t = g.t;
    for (const [origin, n] of g.added)
      current.added.set(origin, (current.added.get(origin) ?? 0) + n);
    for (const id of g.eventIds) current.eventIds.push(id);
  }
  return buckets;
}

/**
 * The running sum of `counts.transferred` by origin over the given events: one point per distinct
 * date with a transfer, or at most `maxPoints` merged points when given (e.g. the chart's width).
 */
export function cumulativeTransfers(
  events: readonly AtlasEvent[],
  maxPoints?: number,
): CumulativeTransfers {
  // Filtered events from the fused pass: its date × origin sums already hold the series.
  const pass = passOf(events);
  if (pass) return passCumulative(pass, maxPoints);
  const groups = groupByDate(events);
  const merged =
    maxPoints === undefined ? groups : mergeIntoBuckets(groups, Math.max(1, Math.floor(maxPoints)));

  const totals = new Map<string, number>();
  for (const g of merged) {
    for (const [origin, n] of g.added) totals.set(origin, (totals.get(origin) ?? 0) + n);
  }
  const origins = [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );

  const running: Record<string, number> = Object.fromEntries(origins.map((o) => [o, 0]));
  let total = 0;
  const points = merged.map((g): CumulativePoint => {
    for (const [origin, n] of g.added) {
      running[origin] = (running[origin] ?? 0) + n;
      total += n;
    }
    return { date: g.date, t: g.t, byOrigin: { ...running }, total, eventIds: g.eventIds };
  });
  return { origins, points };
}

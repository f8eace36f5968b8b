// The plain definitions of what a FilteredView derives: each event tested and summed one by one.
// The property tests compare the view against them, and the benchmark's naive baseline is built of them.
import { EVENT_TYPES, type AtlasEvent, type EventType, type Place } from '@/data/schema';
import type { Itemized } from '@/domain/comparison';
import { utcDay } from '@/domain/calendar';
import type { DatasetIndex } from '@/domain/dataset-index';
import type {
  ChipCounts,
  CumulativePoint,
  CumulativeTransfers,
  MovementGroup,
  PlaceGroup,
} from '@/domain/derived-shapes';
import type { Filters } from '@/domain/filters';
import { summarize } from '@/domain/place-groups';

/** True when the event's [date, dateEnd] overlaps the inclusive [from, to] range. */
function inRange(event: AtlasEvent, from: string | null, to: string | null): boolean {
  const end = event.dateEnd ?? event.date;
  return (from === null || end >= from) && (to === null || event.date <= to);
}

type FilterKey = 'range' | 'types' | 'origins' | 'places' | 'actors' | 'q';

/**
 * Whether an event passes every filter except `skip`; chip counts skip their own key so a chip
 * shows what it would add, not zero once another chip of its group is chosen.
 */
export function matches(
  index: DatasetIndex,
  event: AtlasEvent,
  filters: Filters,
  skip?: FilterKey,
): boolean {
  if (skip !== 'range' && !inRange(event, filters.from, filters.to)) return false;
  if (skip !== 'types' && filters.types.length && !filters.types.includes(event.type)) return false;
  if (skip !== 'origins' && filters.origins.length && !filters.origins.includes(event.origin))
    return false;
  if (
    skip !== 'places' &&
    filters.places.length &&
    ![event.place, event.from, event.to].some((p) => p !== undefined && filters.places.includes(p))
  )
    return false;
  if (
    skip !== 'actors' &&
    filters.actors.length &&
    !event.actors.some((a) => filters.actors.includes(a))
  )
    return false;
  if (skip !== 'q') {
    const q = filters.q.trim().toLowerCase();
    if (q && !q.split(/\s+/).every((word) => index.haystack.get(event.id)?.includes(word)))
      return false;
  }
  return true;
}

/** The place ids an event stands at, each once (an event from Muse to Muse counts once). */
export function eventPlaceIds(event: AtlasEvent): string[] {
  return [...new Set([event.place, event.from, event.to].filter((p) => p !== undefined))];
}

function tally(
  index: DatasetIndex,
  filters: Filters,
  skip: FilterKey,
  valuesOf: (event: AtlasEvent) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  // Every value the dataset holds starts at zero so a chip never disappears while others narrow.
  for (const event of index.events) for (const v of valuesOf(event)) counts.set(v, 0);
  for (const event of index.events) {
    if (!matches(index, event, filters, skip)) continue;
    for (const v of valuesOf(event)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/**
 * The chip counts by testing every event against `matches` once per group: each group counted
 * against every filter except its own, so a chip says how many events it would add or keep.
 */
export function chipCountsByMatching(index: DatasetIndex, filters: Filters): ChipCounts {
  const byType = tally(index, filters, 'types', (e) => [e.type]);
  const types = Object.fromEntries(EVENT_TYPES.map((t) => [t, byType.get(t) ?? 0])) as Record<
    EventType,
    number
  >;
  return {
    types,
    origins: tally(index, filters, 'origins', (e) => [e.origin]),
    places: tally(index, filters, 'places', eventPlaceIds),
    actors: tally(index, filters, 'actors', (e) => [...new Set(e.actors)]),
  };
}

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

/** One group per place that has events, in order of first appearance; events without a known place are left out. */
export function placeGroups(
  events: readonly AtlasEvent[],
  placeById: ReadonlyMap<string, Place>,
): PlaceGroup[] {
  const byPlace = new Map<string, AtlasEvent[]>();
  for (const e of events) {
    if (!placeById.has(e.place)) continue;
    const list = byPlace.get(e.place);
    if (list) list.push(e);
    else byPlace.set(e.place, [e]);
  }
  return [...byPlace].flatMap(([id, list]) => {
    const place = placeById.get(id);
    return place ? [{ ...summarize(list), place }] : [];
  });
}

/** One group per from→to pair of two different known places (direction matters), in order of first event. */
export function movementGroups(
  events: readonly AtlasEvent[],
  placeById: ReadonlyMap<string, Place>,
): MovementGroup[] {
  const byPair = new Map<string, { from: Place; to: Place; events: AtlasEvent[] }>();
  for (const e of events) {
    const from = e.from === undefined ? undefined : placeById.get(e.from);
    const to = e.to === undefined ? undefined : placeById.get(e.to);
    if (!from || !to || from === to) continue;
    const key = `${from.id}>${to.id}`;
    const pair = byPair.get(key);
    if (pair) pair.events.push(e);
    else byPair.set(key, { from, to, events: [e] });
  }
  return [...byPair.values()].map(({ from, to, events: list }) => ({
    ...summarize(list),
    from,
    to,
  }));
}

/** The event types present, in EVENT_TYPES order. */
export function typesPresent(events: readonly AtlasEvent[]): EventType[] {
  const present = new Set<EventType>();
  for (const e of events) present.add(e.type);
  return EVENT_TYPES.filter((type) => present.has(type));
}

/** Every known place the events touch: where they happened and where people were moved from and to. */
export function touchedPlaces(
  events: readonly AtlasEvent[],
  placeById: ReadonlyMap<string, Place>,
): Place[] {
  const ids = new Set<string>();
  for (const e of events) {
    ids.add(e.place);
    if (e.from) ids.add(e.from);
    if (e.to) ids.add(e.to);
  }
  return [...ids].flatMap((id) => {
    const place = placeById.get(id);
    return place ? [place] : [];
  });
}

/** The events passing the filters, in date order: every event tested against `matches`. */
export function filterByMatching(index: DatasetIndex, filters: Filters): AtlasEvent[] {
  return index.events.filter((e) => matches(index, e, filters));
}

/** Sums of people transferred over a list of events, one by one. */
export function itemizedOver(events: readonly AtlasEvent[]): Itemized {
  return {
    transferredBetween(origins, since, until) {
      let sum = 0;
      for (const e of events) {
        if (e.date > until || (since !== null && e.date < since) || !origins.includes(e.origin))
          continue;
        sum += e.counts.transferred ?? 0;
      }
      return sum;
    },
  };
}

/** People transferred in the events. */
export function transferredOver(events: readonly AtlasEvent[]): number {
  return events.reduce((sum, e) => sum + (e.counts.transferred ?? 0), 0);
}

export interface NaiveDerived {
  events: AtlasEvent[];
  chips: ChipCounts;
  cumulative: CumulativeTransfers;
  places: PlaceGroup[];
  transferred: number;
}

/** Everything the views draw for one filter state, from scratch over the row objects: the benchmark's baseline. */
export function naiveDerive(
  index: DatasetIndex,
  filters: Filters,
  maxPoints: number,
): NaiveDerived {
  const events = filterByMatching(index, filters);
  return {
    events,
    chips: chipCountsByMatching(index, filters),
    cumulative: cumulativeTransfers(events, maxPoints),
    places: placeGroups(events, index.placeById),
    transferred: transferredOver(events),
  };
}

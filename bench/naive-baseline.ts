// The naive baseline the app is measured against: Array.filter over row objects, everything recomputed per change.
import { EVENT_TYPES, type AtlasEvent, type EventType, type Place } from '@/data/schema';
import type { Filters } from '@/domain/filters';

// A frozen copy of the straightforward implementation, so the baseline stays put while src/ gets faster.

type Group = 'range' | 'types' | 'origins' | 'places' | 'actors' | 'q';

function passes(event: AtlasEvent, text: string, filters: Filters, skip?: Group): boolean {
  const end = event.dateEnd ?? event.date;
  if (
    skip !== 'range' &&
    !(
      (filters.from === null || end >= filters.from) &&
      (filters.to === null || event.date <= filters.to)
    )
  )
    return false;
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
    if (q && !q.split(/\s+/).every((word) => text.includes(word))) return false;
  }
  return true;
}

function counted(
  events: readonly AtlasEvent[],
  texts: ReadonlyMap<string, string>,
  filters: Filters,
  skip: Group,
  valuesOf: (event: AtlasEvent) => readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of events) for (const v of valuesOf(e)) counts[v] ??= 0;
  for (const e of events) {
    if (!passes(e, texts.get(e.id) ?? '', filters, skip)) continue;
    for (const v of valuesOf(e)) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

interface NaiveCumulativePoint {
  date: string;
  byOrigin: Record<string, number>;
  total: number;
  eventIds: string[];
}

function cumulative(events: readonly AtlasEvent[], maxPoints: number): NaiveCumulativePoint[] {
  const byDate = new Map<
    string,
    { date: string; t: number; added: Map<string, number>; ids: string[] }
  >();
  for (const e of events) {
    const n = e.counts.transferred ?? 0;
    if (n <= 0) continue;
    let g = byDate.get(e.date);
    if (!g) {
      g = { date: e.date, t: Date.parse(`${e.date}T00:00:00Z`), added: new Map(), ids: [] };
      byDate.set(e.date, g);
    }
    g.added.set(e.origin, (g.added.get(e.origin) ?? 0) + n);
    g.ids.push(e.id);
  }
  let groups = [...byDate.values()].sort((a, b) => a.t - b.t);
  const first = groups[0];
  const last = groups.at(-1);
  if (first && last && groups.length > maxPoints) {
    const width = (last.t - first.t) / maxPoints;
    const buckets = new Map<number, (typeof groups)[number]>();
    for (const g of groups) {
      const k = Math.min(maxPoints - 1, Math.floor((g.t - first.t) / width));
      const b = buckets.get(k) ?? { ...g, added: new Map<string, number>(), ids: [] };
      b.date = g.date;
      for (const [o, n] of g.added) b.added.set(o, (b.added.get(o) ?? 0) + n);
      b.ids.push(...g.ids);
      buckets.set(k, b);
    }
    groups = [...buckets.values()];
  }
  const running: Record<string, number> = {};
  let total = 0;
  return groups.map((g) => {
    for (const [o, n] of g.added) {
      running[o] = (running[o] ?? 0) + n;
      total += n;
    }
    return { date: g.date, byOrigin: { ...running }, total, eventIds: g.ids };
  });
}

interface NaivePlaceGroup {
  place: Place;
  events: AtlasEvent[];
  transferred: number;
  detained: number;
  people: number;
  types: { type: EventType; count: number }[];
  latest: AtlasEvent;
}

function placeGroups(
  events: readonly AtlasEvent[],
  placeById: ReadonlyMap<string, Place>,
): NaivePlaceGroup[] {
  const byPlace = new Map<string, AtlasEvent[]>();
  for (const e of events) {
    if (!placeById.has(e.place)) continue;
    const list = byPlace.get(e.place);
    if (list) list.push(e);
    else byPlace.set(e.place, [e]);
  }
  return [...byPlace].flatMap(([id, list]) => {
    const place = placeById.get(id);
    const latest = list.at(-1);
    if (!place || !latest) return [];
    const people = (e: AtlasEvent) => e.counts.transferred ?? e.counts.detained ?? 0;
    return [
      {
        place,
        events: list,
        transferred: list.reduce((s, e) => s + (e.counts.transferred ?? 0), 0),
        detained: list.reduce((s, e) => s + (e.counts.detained ?? 0), 0),
        people: list.reduce((s, e) => s + people(e), 0),
        types: EVENT_TYPES.map((type) => ({
          type,
          count: list.filter((e) => e.type === type).length,
        })).filter((t) => t.count > 0),
        latest,
      },
    ];
  });
}

export interface NaiveDerived {
  events: AtlasEvent[];
  chips: Record<'types' | 'origins' | 'places' | 'actors', Record<string, number>>;
  cumulative: NaiveCumulativePoint[];
  places: NaivePlaceGroup[];
  transferred: number;
}

/** Everything the views show for one filter state, computed from scratch over the row objects. */
export function naiveDerive(
  events: readonly AtlasEvent[],
  texts: ReadonlyMap<string, string>,
  placeById: ReadonlyMap<string, Place>,
  filters: Filters,
  maxPoints: number,
): NaiveDerived {
  const passing = events.filter((e) => passes(e, texts.get(e.id) ?? '', filters));
  return {
    events: passing,
    chips: {
      types: counted(events, texts, filters, 'types', (e) => [e.type]),
      origins: counted(events, texts, filters, 'origins', (e) => [e.origin]),
      places: counted(events, texts, filters, 'places', (e) => [
        ...new Set([e.place, e.from, e.to].filter((p) => p !== undefined)),
      ]),
      actors: counted(events, texts, filters, 'actors', (e) => [...new Set(e.actors)]),
    },
    cumulative: cumulative(passing, maxPoints),
    places: placeGroups(passing, placeById),
    transferred: passing.reduce((s, e) => s + (e.counts.transferred ?? 0), 0),
  };
}

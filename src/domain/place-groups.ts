// Events gathered for the map: the sums of a group of events, and groups merged.
import { EVENT_TYPES, type AtlasEvent, type EventType } from '@/data/schema';
import { compareEvents } from './dataset-index';
import { dominantOf, type EventGroup } from './derived-shapes';
import { lazyProperty } from './lazy-property';

/** People an event stands for on the map: those transferred, else those detained, else none. */
export function eventPeople(event: AtlasEvent): number {
  return event.counts.transferred ?? event.counts.detained ?? 0;
}

/** Events and people per type, summed in place (no object per event). */
type TypeSums = Map<EventType, { count: number; people: number }>;

function addToType(byType: TypeSums, type: EventType, count: number, people: number): void {
  const sum = byType.get(type);
  if (sum) {
    sum.count += count;
    sum.people += people;
  } else byType.set(type, { count, people });
}

/** A group from its sums: its types in EVENT_TYPES order, and the one that colours its mark. */
function groupFromSums(
  sums: Omit<EventGroup, 'events' | 'types' | 'dominantType'>,
  byType: TypeSums,
): Omit<EventGroup, 'events'> {
  const types = EVENT_TYPES.flatMap((type) => {
    const sum = byType.get(type);
    return sum ? [{ type, ...sum }] : [];
  });
  return { ...sums, types, dominantType: dominantOf(types, sums.latest.type) };
}

/** Sums and type shares of a non-empty list of events; the group keeps the list, so hand it one nothing else changes. */
export function summarize(events: AtlasEvent[]): EventGroup {
  const latest = events[events.length - 1];
  if (!latest) throw new Error('summarize needs at least one event');
  let transferred = 0;
  let detained = 0;
  let people = 0;
  let lastEnd = latest.dateEnd ?? latest.date;
  const byType: TypeSums = new Map();
  for (const e of events) {
    const end = e.dateEnd ?? e.date;
    if (end > lastEnd) lastEnd = end;
    transferred += e.counts.transferred ?? 0;
    detained += e.counts.detained ?? 0;
    const p = eventPeople(e);
    people += p;
    addToType(byType, e.type, 1, p);
  }
  const sums = { count: events.length, transferred, detained, people, latest, lastEnd };
  return { events, ...groupFromSums(sums, byType) };
}

/** Date-ordered lists merged into one, pairwise: O(n log k), where sorting the whole would be O(n log n). */
function mergeByDate(lists: readonly AtlasEvent[][]): AtlasEvent[] {
  let round = lists;
  while (round.length > 1) {
    const next: AtlasEvent[][] = [];
    for (let i = 0; i < round.length; i += 2) {
      const a = round[i] ?? [];
      const b = round[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const merged: AtlasEvent[] = [];
      let j = 0;
      let k = 0;
      while (j < a.length && k < b.length) {
        const x = a[j] as AtlasEvent;
        const y = b[k] as AtlasEvent;
        if (compareEvents(x, y) <= 0) {
          merged.push(x);
          j++;
        } else {
          merged.push(y);
          k++;
        }
      }
      for (; j < a.length; j++) merged.push(a[j] as AtlasEvent);
      for (; k < b.length; k++) merged.push(b[k] as AtlasEvent);
      next.push(merged);
    }
    round = next;
  }
  return round[0] ?? [];
}

/**
 * The summary of several date-ordered groups together, from their sums: the merged event list is
 * built only when read (a popup), so a cluster of 100,000 events costs its groups, not its events.
 */
export function mergeGroups(groups: readonly EventGroup[]): EventGroup {
  const first = groups[0];
  if (!first) throw new Error('mergeGroups needs at least one group');
  let latest = first.latest;
  let lastEnd = first.lastEnd;
  let count = 0;
  let transferred = 0;
  let detained = 0;
  let people = 0;
  const byType: TypeSums = new Map();
  for (const g of groups) {
    count += g.count;
    transferred += g.transferred;
    detained += g.detained;
    people += g.people;
    if (compareEvents(g.latest, latest) > 0) latest = g.latest;
    if (g.lastEnd > lastEnd) lastEnd = g.lastEnd;
    for (const t of g.types) addToType(byType, t.type, t.count, t.people);
  }
  const sums = { count, transferred, detained, people, latest, lastEnd };
  const merged = groupFromSums(sums, byType) as EventGroup;
  lazyProperty(merged, 'events', () => mergeByDate(groups.map((g) => g.events)));
  return merged;
}

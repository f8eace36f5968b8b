// The filter of PRODUCT.md §2: date overlap (inclusive at both ends), chips, pickers and free text.
import type { AtlasEvent } from '@/data/schema';
import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { eventsOf, passFor, passIncludes, passOf } from './fused-derive';

/** True when the event's [date, dateEnd] overlaps the inclusive [from, to] range. */
export function inRange(event: AtlasEvent, from: string | null, to: string | null): boolean {
  const end = event.dateEnd ?? event.date;
  return (from === null || end >= from) && (to === null || event.date <= to);
}

export type FilterKey = 'range' | 'types' | 'origins' | 'places' | 'actors' | 'q';

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

/**
 * The events that pass the filters, in date order: read from the fused pass over the dataset's
 * columns (same answers as `matches` on every event), one array per filters object.
 */
export function filterEvents(index: DatasetIndex, filters: Filters): AtlasEvent[] {
  return eventsOf(passFor(index, filters));
}

/**
 * A test for "is this id among these events": the fused pass's row bits when the events came from
 * one, else a set built on the first question.
 */
export function includesEvent(events: readonly AtlasEvent[]): (id: string) => boolean {
  const pass = passOf(events);
  if (pass) return (id) => passIncludes(pass, id);
  let ids: Set<string> | null = null;
  return (id) => {
    ids ??= new Set(events.map((e) => e.id));
    return ids.has(id);
  };
}

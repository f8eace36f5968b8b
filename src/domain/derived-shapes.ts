// The shapes a filter's derivations take (chip counts, the cumulative series, event groups):
// shared by the fused pass and the plain definitions, so neither has to import the other.
import type { AtlasEvent, EventType, Place } from '@/data/schema';

/**
 * Counts by value in order of first appearance. Maps, not objects: an actor may be called
 * `__proto__` or `constructor`, and a plain object would treat those as its own machinery.
 */
export interface ChipCounts {
  types: Record<EventType, number>;
  /** Every origin code in the dataset, zero when no event would match. */
  origins: ReadonlyMap<string, number>;
  /** Every place id an event names (as place, from or to). */
  places: ReadonlyMap<string, number>;
  actors: ReadonlyMap<string, number>;
}

export interface CumulativePoint {
  /** The last transfer date the point covers: the running sums hold from this date on. */
  date: string;
  t: number;
  /** Running sum per origin, with every origin of the series present (0 before its first transfer). */
  byOrigin: Record<string, number>;
  total: number;
  /** The transfer events the point covers (one date, or a bucket of dates when merged). */
  eventIds: string[];
}

export interface CumulativeTransfers {
  /** Origins with any people transferred, largest total first: the stacking order, bottom up. */
  origins: string[];
  points: CumulativePoint[];
}

export interface EventGroup {
  /** In the order given (date order when fed filtered events). */
  events: AtlasEvent[];
  /** events.length, known without listing them. */
  count: number;
  transferred: number;
  detained: number;
  /** Sum of eventPeople (place-groups.ts): what sizes the mark. */
  people: number;
  /** Events and their people per type, in EVENT_TYPES order, only types present. */
  types: { type: EventType; count: number; people: number }[];
  dominantType: EventType;
  /** The last event in the given order: what a click on the group selects. */
  latest: AtlasEvent;
  /**
   * The last day any of its events covers (`dateEnd`, else `date`): not always `latest`'s, since a
   * span that starts earlier can end later. Playback sets back the groups that ended before its month.
   */
  lastEnd: string;
}

export interface PlaceGroup extends EventGroup {
  place: Place;
}

export interface MovementGroup extends EventGroup {
  from: Place;
  to: Place;
}

/** Most events wins; ties go to the type with more people, then to EVENT_TYPES order. */
export function dominantOf(types: EventGroup['types'], fallback: EventType): EventType {
  let dominant = types[0];
  for (const t of types)
    if (
      dominant &&
      (t.count > dominant.count || (t.count === dominant.count && t.people > dominant.people))
    )
      dominant = t;
  return dominant?.type ?? fallback;
}

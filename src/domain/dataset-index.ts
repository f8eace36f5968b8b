// Lookup tables built once per dataset: events in date order, places and sources by id.
import type { AtlasEvent, Dataset, Place, Source } from '@/data/schema';

export interface DatasetIndex {
  dataset: Dataset;
  /** Sorted by date, then end date, then id: the order every view uses. */
  events: AtlasEvent[];
  eventById: Map<string, AtlasEvent>;
  placeById: Map<string, Place>;
  sourceById: Map<string, Source>;
  /** Lower-cased searchable text per event id (titles, summaries, places, actors). */
  haystack: Map<string, string>;
}

export function compareEvents(a: AtlasEvent, b: AtlasEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ae = a.dateEnd ?? a.date;
  const be = b.dateEnd ?? b.date;
  if (ae !== be) return ae < be ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const events = [...dataset.events].sort(compareEvents);
  const haystack = new Map<string, string>();
  for (const e of events) {
    const places = [e.place, e.from, e.to]
      .map((id) => (id ? placeById.get(id) : undefined))
      .flatMap((p) => (p ? [p.name, p.name_zh ?? ''] : []));
    haystack.set(
      e.id,
      [e.title, e.summary, e.title_zh, e.summary_zh, ...places, ...e.actors]
        .filter(Boolean)
        .join('\n')
        .toLowerCase(),
    );
  }
  return {
    dataset,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    placeById,
    sourceById,
    haystack,
  };
}

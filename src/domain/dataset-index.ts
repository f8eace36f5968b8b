// Lookup tables built once per dataset: events in date order, places and sources by id.
import type { AtlasEvent, Dataset, Place, Source } from '@/data/schema';
import { runToEnd, type Steps } from './steps';

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

/**
 * The positions of the events in date order (compareEvents). The import worker computes it, so
 * the page never sorts 100,000 events in one task.
 */
export function dateOrder(events: readonly AtlasEvent[]): Uint32Array {
  const order = Uint32Array.from(events.keys());
  return order.sort((a, b) => compareEvents(events[a] as AtlasEvent, events[b] as AtlasEvent));
}

/** Rows per step of a stepped build: a few milliseconds each, however large the dataset. */
export const ROWS_PER_STEP = 1000;

/**
 * The index, built in steps of ROWS_PER_STEP events, so an import can build it between frames. `order` is the date order when already known (see dateOrder).
 */
export function* indexSteps(dataset: Dataset, order?: Uint32Array): Steps<DatasetIndex> {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const events = order
    ? Array.from(order, (i) => dataset.events[i] as AtlasEvent)
    : [...dataset.events].sort(compareEvents);
  const eventById = new Map<string, AtlasEvent>();
  const haystack = new Map<string, string>();
  for (const [i, e] of events.entries()) {
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
    eventById.set(e.id, e);
    if ((i + 1) % ROWS_PER_STEP === 0) yield (i + 1) / events.length;
  }
  return { dataset, events, eventById, placeById, sourceById, haystack };
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  return runToEnd(indexSteps(dataset));
}

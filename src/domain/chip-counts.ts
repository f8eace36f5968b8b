// Live counts for the filter chips and pickers: how many events each value would show, given the other filters.
import { EVENT_TYPES, type AtlasEvent, type EventType } from '@/data/schema';
import type { DatasetIndex } from './dataset-index';
import type { ChipCounts } from './derived-shapes';
import { matches, type FilterKey } from './filter-events';
import type { Filters } from './filters';
import { passChipCounts, passFor } from './fused-derive';

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
 * Each group is counted against every filter except its own, so a chip says how many events it
 * would add or keep, rather than dropping to zero as soon as a sibling chip is chosen.
 */
export function chipCounts(index: DatasetIndex, filters: Filters): ChipCounts {
  return passChipCounts(passFor(index, filters));
}

/** The same counts by testing every event against `matches` once per group: the definition the pass is tested against. */
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

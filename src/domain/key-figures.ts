// The header's key figures for the current filter: events, people transferred, the comparable official total.
import type { AtlasEvent } from '@/data/schema';
import { headlineComparison, undatedEvents, type Headline } from './comparison';
import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { passOf } from './fused-derive';

export interface KeyFigures {
  events: number;
  /** Sum of counts.transferred over the filtered (itemized) events. */
  transferred: number;
  /** The latest official total that may be compared with those transfers, like with like, or why none. */
  latest: Headline;
}

/** Sum of counts.transferred: the fused pass's sum when the events came from one. */
function transferredOf(events: readonly AtlasEvent[]): number {
  const pass = passOf(events);
  if (pass) return pass.transferred;
  let sum = 0;
  for (const e of events) sum += e.counts.transferred ?? 0;
  return sum;
}

export function keyFigures(
  index: DatasetIndex,
  filteredEvents: readonly AtlasEvent[],
  filters: Filters,
): KeyFigures {
  return {
    events: filteredEvents.length,
    transferred: transferredOf(filteredEvents),
    // The same comparison as the chart's headline: a header must not quote an unrelated total.
    latest: headlineComparison(index.dataset.tallies, undatedEvents(index, filters), filters),
  };
}

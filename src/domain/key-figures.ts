// The header's key figures for the current filter: events, people transferred, latest official total.
import type { AtlasEvent, Tally } from '@/data/schema';
import type { Filters } from '@/state/view-store';
import type { DatasetIndex } from './dataset-index';
import { passOf } from './fused-derive';

export interface KeyFigures {
  events: number;
  /** Sum of counts.transferred over the filtered (itemized) events. */
  transferred: number;
  /**
   * The most recently announced official tally in the date range, of the headline scope when one
   * of those falls in it; null when no tally does.
   */
  latestTally: Tally | null;
}

/** The latest tally announced within the inclusive [from, to] range (open ends allowed). */
export function latestTallyIn(
  tallies: readonly Tally[],
  from: string | null,
  to: string | null,
): Tally | null {
  let best: Tally | null = null;
  for (const t of tallies) {
    if ((from !== null && t.announced < from) || (to !== null && t.announced > to)) continue;
    // On the same day the larger figure is the fuller statement of the running total.
    if (
      !best ||
      t.announced > best.announced ||
      (t.announced === best.announced && t.value > best.value)
    )
      best = t;
  }
  return best;
}

/**
 * The scope most tallies speak of (Myanmar in the bundled data): the running total analysts quote.
 * A later figure for a narrower scope (one route) must not displace it in the header.
 */
export function headlineScope(tallies: readonly Tally[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const t of tallies) {
    const n = (counts.get(t.scope) ?? 0) + 1;
    counts.set(t.scope, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = t.scope;
  }
  return best;
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
  const { tallies } = index.dataset;
  return {
    events: filteredEvents.length,
    transferred: transferredOf(filteredEvents),
    // Tallies are cumulative statements, not events: only the date range applies to them.
    latestTally:
      latestTallyIn(
        tallies.filter((t) => t.scope === headlineScope(tallies)),
        filters.from,
        filters.to,
      ) ?? latestTallyIn(tallies, filters.from, filters.to),
  };
}

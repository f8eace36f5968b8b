// Like with like: which official tally the itemized transfers may be compared with, and what that comparison sums.
import type { AtlasEvent, Tally } from '@/data/schema';
import type { DatasetIndex } from './dataset-index';
import { filterEvents } from './filter-events';
import type { Filters } from './filters';
import { passOf, passTransferredBetween } from './fused-derive';

/** The filters a comparison depends on: every one that narrows the events, except dates. */
export type ComparisonFilter = Pick<Filters, 'origins' | 'places' | 'types' | 'actors' | 'q'>;

/**
 * Whether the view leaves out some transfers of its origins for a reason no tally states: some
 * actors, words, or types without transfers. A total counts them all, so it says nothing of the view.
 */
export function narrowed(filter: ComparisonFilter): boolean {
  return (
    filter.actors.length > 0 ||
    filter.q.trim() !== '' ||
    (filter.types.length > 0 && !filter.types.includes('transfer'))
  );
}

/**
 * Whether a tally speaks for the itemized transfers in view: it counts people transferred (not
 * arrested), names the origins its scope covers, and covers every filtered origin. With no origin
 * filter the comparison is limited to the tally's own origins. A tally whose scope names no origins
 * is never comparable: a total for "four countries" says nothing of Myanmar alone. A tally for some
 * places only (one route) speaks for a view limited to those places, never for a whole country's;
 * a country's total, for no view limited to some places, actors or words.
 */
export function isComparable(tally: Tally, filter: ComparisonFilter): boolean {
  const origins = tally.origins ?? [];
  const places = tally.places;
  return (
    tally.measure === 'transferred' &&
    origins.length > 0 &&
    filter.origins.every((o) => origins.includes(o)) &&
    !narrowed(filter) &&
    (places === undefined
      ? filter.places.length === 0
      : filter.places.length > 0 && filter.places.every((p) => places.includes(p)))
  );
}

/** The origins whose itemized transfers are summed against a comparable tally. */
export function comparedOrigins(tally: Tally, filter: ComparisonFilter): string[] {
  return filter.origins.length > 0 ? [...filter.origins] : [...(tally.origins ?? [])];
}

/**
 * People transferred in the given events of these origins, dated from `since` (the start of the
 * data when null) to `until`, inclusive. The events must not be cut to a brushed date range: a
 * comparison always counts from the tally's own baseline.
 */
export function itemizedBetween(
  events: readonly AtlasEvent[],
  origins: readonly string[],
  since: string | null,
  until: string,
): number {
  if (since !== null && since > until) return 0;
  const pass = passOf(events);
  if (pass) {
    let sum = 0;
    for (const o of origins) sum += passTransferredBetween(pass, o, since, until);
    return sum;
  }
  let sum = 0;
  for (const e of events) {
    if (e.date > until || (since !== null && e.date < since) || !origins.includes(e.origin))
      continue;
    sum += e.counts.transferred ?? 0;
  }
  return sum;
}

export interface Comparison {
  tally: Tally;
  /** The origins summed (the filtered ones, or the tally's own). */
  origins: string[];
  /** People transferred in itemized events of those origins from the baseline to the announcement. */
  itemized: number;
  /** itemized / official value (0 when the official value is 0). */
  share: number;
}

/** The comparison of one tally with the itemized events, or null when the tally is not like with like. */
export function compareTally(
  tally: Tally,
  events: readonly AtlasEvent[],
  filter: ComparisonFilter,
): Comparison | null {
  if (!isComparable(tally, filter)) return null;
  const origins = comparedOrigins(tally, filter);
  const itemized = itemizedBetween(events, origins, tally.since, tally.announced);
  return { tally, origins, itemized, share: tally.value > 0 ? itemized / tally.value : 0 };
}

/** compareTally for each tally, by id. */
export function compareTallies(
  tallies: readonly Tally[],
  events: readonly AtlasEvent[],
  filter: ComparisonFilter,
): Map<string, Comparison | null> {
  return new Map(tallies.map((t) => [t.id, compareTally(t, events, filter)]));
}

function later(a: Tally, b: Tally): boolean {
  // On the same day the larger figure is the fuller statement of the running total.
  return a.announced > b.announced || (a.announced === b.announced && a.value > b.value);
}

export type Headline =
  | { kind: 'compare'; comparison: Comparison }
  /** No tally of transfers covers the filtered origins at all. */
  | { kind: 'no-tally' }
  /** Some tally would fit, but none was announced in the date range. */
  | { kind: 'none-in-range' };

/**
 * The scope most comparable tallies speak of (Myanmar in the bundled data): the running total
 * analysts quote. A later figure of another scope as wide (the junta's own count) must not displace it.
 */
function mainScope(tallies: readonly Tally[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const t of tallies) {
    const n = (counts.get(t.scope) ?? 0) + 1;
    counts.set(t.scope, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = t.scope;
  }
  return best;
}

/**
 * The comparison a headline states: the latest comparable tally announced in the inclusive
 * [from, to] range (of the main scope when one of those is), summed from its baseline over
 * `undatedEvents`: the filtered events before the date range cuts them, so a brushed range never
 * restarts the sum at 0.
 */
export function headlineComparison(
  tallies: readonly Tally[],
  undatedEvents: readonly AtlasEvent[],
  filter: ComparisonFilter & Pick<Filters, 'from' | 'to'>,
): Headline {
  const fitting = tallies.filter((t) => isComparable(t, filter));
  if (fitting.length === 0) return { kind: 'no-tally' };
  const scope = mainScope(fitting);
  let best: Tally | null = null;
  for (const t of fitting) {
    if (
      (filter.from !== null && t.announced < filter.from) ||
      (filter.to !== null && t.announced > filter.to)
    )
      continue;
    const rank = (x: Tally) => (x.scope === scope ? 1 : 0);
    if (!best || rank(t) > rank(best) || (rank(t) === rank(best) && later(t, best))) best = t;
  }
  const comparison = best ? compareTally(best, undatedEvents, filter) : null;
  return comparison ? { kind: 'compare', comparison } : { kind: 'none-in-range' };
}

const undatedByFilters = new WeakMap<Filters, Filters>();

/**
 * The events passing every filter but the date range: what a comparison sums from a tally's
 * baseline. One undated filters object per store filters object, so the fused pass is cached.
 */
export function undatedEvents(index: DatasetIndex, filters: Filters): AtlasEvent[] {
  let undated = undatedByFilters.get(filters);
  if (!undated) {
    undated = { ...filters, from: null, to: null };
    undatedByFilters.set(filters, undated);
  }
  return filterEvents(index, undated);
}

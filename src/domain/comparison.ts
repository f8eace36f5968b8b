// Like with like: which official tally the itemized transfers may be compared with, and what that comparison sums.
import type { Tally } from '@/data/schema';
import type { Filters } from './filters';

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
 * What a comparison sums: people transferred by the itemized events of some origins dated (by
 * start) within [since, until], inclusive, `since` null for no lower bound. Over events not cut
 * to a brushed date range: a comparison always counts from the tally's own baseline.
 */
export interface Itemized {
  transferredBetween(origins: readonly string[], since: string | null, until: string): number;
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
  sums: Itemized,
  filter: ComparisonFilter,
): Comparison | null {
  if (!isComparable(tally, filter)) return null;
  const origins = comparedOrigins(tally, filter);
  const { since, announced } = tally;
  // A baseline after the announcement counts nothing (never a negative stretch).
  const itemized =
    since !== null && since > announced ? 0 : sums.transferredBetween(origins, since, announced);
  return { tally, origins, itemized, share: tally.value > 0 ? itemized / tally.value : 0 };
}

/** compareTally for each tally, by id. */
export function compareTallies(
  tallies: readonly Tally[],
  sums: Itemized,
  filter: ComparisonFilter,
): Map<string, Comparison | null> {
  return new Map(tallies.map((t) => [t.id, compareTally(t, sums, filter)]));
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
 * `undated`: the filtered events before the date range cuts them, so a brushed range never
 * restarts the sum at 0.
 */
export function headlineComparison(
  tallies: readonly Tally[],
  undated: Itemized,
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
  const comparison = best ? compareTally(best, undated, filter) : null;
  return comparison ? { kind: 'compare', comparison } : { kind: 'none-in-range' };
}

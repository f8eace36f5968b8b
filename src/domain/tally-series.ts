// Official tallies grouped by baseline (measure, since, scope), and the tallies announced in a date range.
import type { Tally } from '@/data/schema';

export interface TallySeries {
  /** Stable key of the baseline: tallies with the same key may be joined by a line, no others. */
  key: string;
  measure: Tally['measure'];
  since: string | null;
  scope: string;
  scope_zh?: string;
  /** In order of announcement. */
  tallies: Tally[];
}

export function baselineKey(tally: Pick<Tally, 'measure' | 'since' | 'scope'>): string {
  return JSON.stringify([tally.measure, tally.since, tally.scope.trim().toLowerCase()]);
}

function byAnnounced(a: Tally, b: Tally): number {
  if (a.announced !== b.announced) return a.announced < b.announced ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The tallies grouped by baseline; a ministry total "since 2023" and one with no stated start
 * count different things, so they never share a line. Series come in order of first announcement.
 */
export function tallySeries(tallies: readonly Tally[]): TallySeries[] {
  const groups = new Map<string, TallySeries>();
  for (const tally of [...tallies].sort(byAnnounced)) {
    const key = baselineKey(tally);
    let series = groups.get(key);
    if (!series) {
      series = {
        key,
        measure: tally.measure,
        since: tally.since,
        scope: tally.scope,
        ...(tally.scope_zh === undefined ? {} : { scope_zh: tally.scope_zh }),
        tallies: [],
      };
      groups.set(key, series);
    }
    series.tallies.push(tally);
  }
  return [...groups.values()];
}

/** The tallies announced within the inclusive [from, to] range (all when both are open). */
export function talliesInRange(
  tallies: readonly Tally[],
  from: string | null,
  to: string | null,
): Tally[] {
  return tallies.filter(
    (t) => (from === null || t.announced >= from) && (to === null || t.announced <= to),
  );
}

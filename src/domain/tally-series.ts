// Official tallies grouped by baseline (measure, since, scope), and how much of each the itemized events cover.
import type { AtlasEvent, Tally } from '@/data/schema';
import { passOf, passTransferredBetween } from './fused-derive';

export interface TallySeries {
  /** Stable key of the baseline: tallies with the same key may be joined by a line, no others. */
  key: string;
  measure: Tally['measure'];
  since: string | null;
  scope: string;
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

/** A Map: a scope is free text, and one spelled `constructor` must not find Object's. */
const SCOPE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['myanmar', 'MM'],
  ['burma', 'MM'],
  ['laos', 'LA'],
  ['lao pdr', 'LA'],
  ['cambodia', 'KH'],
  ['thailand', 'TH'],
  ['philippines', 'PH'],
  ['vietnam', 'VN'],
]);

/**
 * The country code a scope names, or null for scopes that are not one country ("Myawaddy
 * route", "four countries"): those cannot be compared with events counted by origin.
 */
export function scopeCountry(scope: string): string | null {
  return SCOPE_COUNTRIES.get(scope.trim().toLowerCase()) ?? null;
}

export interface TallyGap {
  /** People transferred in itemized events of the scope's origin, from the baseline to the announcement. */
  itemized: number;
  /** itemized / official value (0 when the official value is 0). */
  share: number;
}

/**
 * How much of an official tally the given (filtered) events account for: the transfers with
 * origin in the scope's country dated from the baseline (or the start of the data when the
 * baseline is unstated) to the announcement, inclusive. Null when the scope is not comparable.
 */
export function tallyGap(tally: Tally, events: readonly AtlasEvent[]): TallyGap | null {
  const country = scopeCountry(tally.scope);
  if (country === null) return null;
  // Filtered events from the fused pass: its date × origin sums hold the answer.
  const pass = passOf(events);
  if (pass) {
    const itemized = passTransferredBetween(pass, country, tally.since, tally.announced);
    return { itemized, share: tally.value > 0 ? itemized / tally.value : 0 };
  }
  let itemized = 0;
  for (const e of events) {
    if (e.origin !== country || e.date > tally.announced) continue;
    if (tally.since !== null && e.date < tally.since) continue;
    itemized += e.counts.transferred ?? 0;
  }
  return { itemized, share: tally.value > 0 ? itemized / tally.value : 0 };
}

/**
 * tallyGap for many tallies in one pass over the events: per-country running sums by date, then
 * a binary search per tally, so 100,000 events cost one scan rather than one per tally.
 */
export function tallyGaps(
  tallies: readonly Tally[],
  events: readonly AtlasEvent[],
): Map<string, TallyGap | null> {
  if (passOf(events)) return new Map(tallies.map((tally) => [tally.id, tallyGap(tally, events)]));
  const byCountry = new Map<string, Map<string, number>>();
  for (const e of events) {
    const n = e.counts.transferred ?? 0;
    if (n <= 0) continue;
    let dates = byCountry.get(e.origin);
    if (!dates) {
      dates = new Map();
      byCountry.set(e.origin, dates);
    }
    dates.set(e.date, (dates.get(e.date) ?? 0) + n);
  }
  const prefix = new Map<string, { dates: string[]; sums: number[] }>();
  for (const [country, dates] of byCountry) {
    const sorted = [...dates.keys()].sort();
    let running = 0;
    prefix.set(country, {
      dates: sorted,
      sums: sorted.map((d) => (running += dates.get(d) ?? 0)),
    });
  }
  // Sum of transfers dated on or before `date` (strictly before when `strict`).
  const upTo = (country: string, date: string, strict: boolean): number => {
    const p = prefix.get(country);
    if (!p) return 0;
    let lo = 0;
    let hi = p.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = p.dates[mid] ?? '';
      if (strict ? d < date : d <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : (p.sums[lo - 1] ?? 0);
  };
  const gaps = new Map<string, TallyGap | null>();
  for (const tally of tallies) {
    const country = scopeCountry(tally.scope);
    if (country === null) {
      gaps.set(tally.id, null);
      continue;
    }
    const before = tally.since === null ? 0 : upTo(country, tally.since, true);
    // A baseline after the announcement covers no day: nothing, not a negative sum.
    const itemized = Math.max(0, upTo(country, tally.announced, false) - before);
    gaps.set(tally.id, { itemized, share: tally.value > 0 ? itemized / tally.value : 0 });
  }
  return gaps;
}

/** The most recently announced comparable tally with its gap, or null when none is comparable. */
export function latestComparableGap(
  tallies: readonly Tally[],
  events: readonly AtlasEvent[],
): { tally: Tally; gap: TallyGap } | null {
  const sorted = [...tallies].sort(byAnnounced).reverse();
  for (const tally of sorted) {
    const gap = tallyGap(tally, events);
    if (gap) return { tally, gap };
  }
  return null;
}

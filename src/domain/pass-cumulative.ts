// The cumulative series read from a fused pass's date × origin sums: its cost follows the dates, not the events.
import type { CumulativePoint, CumulativeTransfers } from './derived-shapes';
import type { FusedPass } from './fused-derive';

/** First position in the passing rows whose start-date rank is >= rank (rows are in date order). */
function firstRowAtRank(pass: FusedPass, rank: number): number {
  const { rows, count } = pass;
  const { startRank } = pass.columns;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((startRank[rows[mid] as number] as number) < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ids of the passing transfers dated within ranks [from, to], in date order. */
function transferIds(pass: FusedPass, from: number, to: number): string[] {
  const { columns, rows } = pass;
  const ids: string[] = [];
  const end = firstRowAtRank(pass, to + 1);
  for (let k = firstRowAtRank(pass, from); k < end; k++) {
    const i = rows[k] as number;
    if ((columns.transferred[i] as number) > 0) ids.push(columns.ids[i] as string);
  }
  return ids;
}

/**
 * A cumulative point whose event ids are listed when first read: a getter on the class, since
 * an accessor per object literal costs more than the whole series.
 */
class PassPoint implements CumulativePoint {
  readonly date: string;
  readonly t: number;
  readonly byOrigin: Record<string, number>;
  readonly total: number;
  // Private fields stay out of the point's own keys, so it compares equal to a plain point.
  readonly #pass: FusedPass;
  readonly #fromRank: number;
  readonly #toRank: number;
  #ids: string[] | null = null;

  constructor(
    date: string,
    t: number,
    byOrigin: Record<string, number>,
    total: number,
    pass: FusedPass,
    fromRank: number,
    toRank: number,
  ) {
    this.date = date;
    this.t = t;
    this.byOrigin = byOrigin;
    this.total = total;
    this.#pass = pass;
    this.#fromRank = fromRank;
    this.#toRank = toRank;
  }

  get eventIds(): string[] {
    this.#ids ??= transferIds(this.#pass, this.#fromRank, this.#toRank);
    return this.#ids;
  }
}

/**
 * The running sum of people transferred, stacked by origin: one point per transfer date, or at
 * most `maxPoints` equal-time buckets (e.g. the chart's width) when given. Read
 * from the summed date × origin cells: its cost follows the dates, not the events. Each point's
 * event ids are listed when first read.
 */
export function passCumulative(pass: FusedPass, maxPoints?: number): CumulativeTransfers {
  const { columns, transferByDate } = pass;
  const originCount = columns.origins.length;
  const ranks: number[] = [];
  for (let r = 0; r < columns.dates.length; r++) {
    for (let o = 0; o < originCount; o++) {
      if ((transferByDate[r * originCount + o] as number) > 0) {
        ranks.push(r);
        break;
      }
    }
  }

  // Buckets as [first rank, last rank]: one per date, or one per equal stretch of time when there are too many.
  const buckets: [number, number][] = [];
  const limit = maxPoints === undefined ? Infinity : Math.max(1, Math.floor(maxPoints));
  const first = ranks[0];
  const last = ranks.at(-1);
  if (first === undefined || last === undefined || ranks.length <= limit) {
    for (const r of ranks) buckets.push([r, r]);
  } else {
    const t0 = columns.dateTimes[first] as number;
    const width = ((columns.dateTimes[last] as number) - t0) / limit;
    let current = -1;
    for (const r of ranks) {
      const index = Math.min(
        limit - 1,
        Math.floor(((columns.dateTimes[r] as number) - t0) / width),
      );
      const open = buckets.at(-1);
      if (open && index === current) open[1] = r;
      else buckets.push([r, r]);
      current = index;
    }
  }

  const totals = new Float64Array(originCount);
  for (const r of ranks)
    for (let o = 0; o < originCount; o++)
      totals[o] = (totals[o] as number) + (transferByDate[r * originCount + o] as number);
  const codes = [...totals.keys()].filter((o) => (totals[o] as number) > 0);
  const name = (o: number) => columns.origins[o] as string;
  codes.sort((a, b) => {
    const byTotal = (totals[b] as number) - (totals[a] as number);
    if (byTotal !== 0) return byTotal;
    return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0;
  });
  const origins = codes.map(name);

  const running = new Float64Array(originCount);
  let total = 0;
  let rankIndex = 0;
  const points = buckets.map(([from, to]) => {
    for (; rankIndex < ranks.length && (ranks[rankIndex] as number) <= to; rankIndex++) {
      const r = ranks[rankIndex] as number;
      for (let o = 0; o < originCount; o++) {
        const n = transferByDate[r * originCount + o] as number;
        running[o] = (running[o] as number) + n;
        total += n;
      }
    }
    const byOrigin: Record<string, number> = {};
    for (const o of codes) byOrigin[name(o)] = running[o] as number;
    return new PassPoint(
      columns.dates[to] as string,
      columns.dateTimes[to] as number,
      byOrigin,
      total,
      pass,
      from,
      to,
    );
  });
  return { origins, points };
}

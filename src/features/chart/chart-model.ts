// Pure geometry and wording for the cumulative chart: domains, ticks, step rows, tally texts, label placement.
import type { Tally } from '@/data/schema';
import type { CumulativePoint } from '@/domain/derived-shapes';
import { isoDay, MS_PER_DAY, utcDay } from '@/domain/calendar';
import type { Comparison, ComparisonFilter, Headline } from '@/domain/comparison';
import {
  createTimeScale,
  niceTicks,
  paddedDomain,
  ticksOfStep,
  minTickGap,
} from '@/domain/time-scale';
import type { Lang, Scale } from '@/state/view-store';
import { formatDate, formatNumber, formatQualified, tallyScope } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryList } from '@/ui/labels';
import { textWidth } from '@/ui/text-width';
import type { ChartMessageKey } from './chart-messages';

type Text = Record<ChartMessageKey, string>;

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * The time axis domain: the chosen range when there is one, else the data (transfers and tallies
 * in view) widened to whole months so the first and last marks never sit on the frame.
 */
export function xDomain(
  points: readonly CumulativePoint[],
  tallies: readonly Tally[],
  from: string | null,
  to: string | null,
): [number, number] | null {
  if (from !== null && to !== null) return widen(utcDay(from), utcDay(to));
  const dates = [...points.map((p) => p.date), ...tallies.map((t) => t.announced)].sort();
  const first = from ?? dates[0];
  const last = to ?? dates.at(-1);
  if (first === undefined || last === undefined) return null;
  const [lo, hi] = paddedDomain(first, last < first ? first : last);
  return widen(utcDay(from ?? lo), utcDay(to ?? hi));
}

/** A one-day range still needs a width to draw. */
function widen(lo: number, hi: number): [number, number] {
  return [lo, Math.max(hi, lo + MS_PER_DAY)];
}

/**
 * The step rows the areas draw: the points, plus a zero row at the domain's start and the final
 * level carried to its end, so the running sum reads across the whole axis.
 */
export function stepRows(
  points: readonly CumulativePoint[],
  origins: readonly string[],
  domain: [number, number],
): CumulativePoint[] {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const rows = [...points];
  if (first.t > domain[0]) {
    rows.unshift({
      date: '',
      t: domain[0],
      byOrigin: Object.fromEntries(origins.map((o) => [o, 0])),
      total: 0,
      eventIds: [],
    });
  }
  if (last.t < domain[1]) rows.push({ ...last, date: '', t: domain[1], eventIds: [] });
  return rows;
}

/**
 * The [bottom, top] of one origin's band in a row. On a log axis nothing can sit below 1, so
 * zero-height bands collapse onto the axis floor instead of vanishing into -Infinity.
 */
export function band(
  row: CumulativePoint,
  origins: readonly string[],
  index: number,
  scale: Scale,
): [number, number] {
  let bottom = 0;
  for (let i = 0; i < index; i++) bottom += row.byOrigin[origins[i] ?? ''] ?? 0;
  const top = bottom + (row.byOrigin[origins[index] ?? ''] ?? 0);
  return scale === 'log' ? [Math.max(1, bottom), Math.max(1, top)] : [bottom, top];
}

/** Value-axis ticks: round steps from 0 on a linear axis, powers of ten from 1 on a log axis. */
export function valueTicks(max: number, scale: Scale): number[] {
  if (scale === 'log') {
    const top = Math.max(1, Math.ceil(Math.log10(Math.max(max, 10))));
    return Array.from({ length: top + 1 }, (_, i) => 10 ** i);
  }
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

const compactFormats = new Map<Lang, Intl.NumberFormat>();
/** "48K" / "4.8万": axis labels short enough for a half-width panel. */
export function formatCompact(value: number, lang: Lang): string {
  let format = compactFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), { notation: 'compact' });
    compactFormats.set(lang, format);
  }
  return format.format(value);
}

/** "10%", or "0.4%" for small shares, so a gap never reads as a round 0%. */
export function formatShare(share: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  }).format(share);
}

/** Month ticks read "Apr", year starts "2024": short, and the year is never lost. */
export function formatTick(t: number, lang: Lang): string {
  const date = new Date(t);
  if (date.getUTCMonth() === 0)
    return lang === 'zh' ? `${date.getUTCFullYear()}年` : String(date.getUTCFullYear());
  return date.toLocaleDateString(locale(lang), { month: 'short', timeZone: 'UTC' });
}

export interface TimeTicks {
  ticks: number[];
  /** The ticks that carry a label; the rest are quarter marks between labelled years. */
  labelled: Set<number>;
}

/**
 * Calendar ticks for the time axis: the finest month, quarter or year step whose labels fit the
 * plot width, with unlabelled quarter marks between years when the labels are years apart.
 */
export function timeTicks(domain: [number, number], plotWidth: number, lang: Lang): TimeTicks {
  const scale = createTimeScale(isoDay(domain[0]), isoDay(domain[1]), 0, plotWidth);
  const room =
    Math.max(
      textWidth(formatTick(utcDay('2024-09-01'), lang), 11),
      textWidth(formatTick(utcDay('2024-01-01'), lang), 11),
    ) + 12;
  const labelled = niceTicks(scale, () => room).map((t) => utcDay(t.iso));
  const quarters = ticksOfStep(scale, { unit: 'quarter', months: 3 });
  const step = labelled.length > 1 ? (labelled[1] ?? 0) - (labelled[0] ?? 0) : 0;
  const minor =
    step > 100 * MS_PER_DAY && minTickGap(quarters) >= 10 ? quarters.map((t) => utcDay(t.iso)) : [];
  return {
    ticks: [...new Set([...labelled, ...minor])].sort((a, b) => a - b),
    labelled: new Set(labelled),
  };
}

export function baselineText(since: string | null, lang: Lang, m: Text): string {
  return since === null ? m.sinceUnstated : fill(m.since, { date: formatDate(since, lang) });
}

/** "about 48,000 since 1 Jan 2023" / "约48,000，自2023年1月1日起". */
export function tallyLabel(tally: Tally, lang: Lang, m: Text): string {
  return fill(m.tallyLabel, {
    value: formatQualified(tally.value, tally.qualifier, lang),
    baseline: baselineText(tally.since, lang, m),
  });
}

export function measureText(measure: Tally['measure'], m: Text): string {
  return m[`measure_${measure}`];
}

/** "transferred · Myanmar · since 1 Jan 2023": what one tally series counts. */
export function seriesName(
  series: { measure: Tally['measure']; since: string | null; scope: string; scope_zh?: string },
  lang: Lang,
  m: Text,
): string {
  return [
    measureText(series.measure, m),
    tallyScope(series, lang),
    baselineText(series.since, lang, m),
  ].join(' · ');
}

/** Why a tally cannot be compared with the itemized transfers in view. */
export function notComparableText(
  tally: Tally,
  filter: ComparisonFilter,
  lang: Lang,
  m: Text,
): string {
  if (tally.measure !== 'transferred') return m.notComparableMeasure;
  const origins = tally.origins ?? [];
  if (origins.length === 0) return m.notComparableScope;
  if (filter.origins.some((o) => !origins.includes(o)))
    return fill(m.notComparableOrigins, { origins: countryList(filter.origins, lang) });
  const scope = tallyScope(tally, lang);
  if (tally.places) return fill(m.notComparablePlaces, { scope });
  return fill(filter.places.length ? m.notComparableSomePlaces : m.notComparableNarrowed, {
    scope,
  });
}

/** "official about 48,000 vs itemized 4,831 since 1 Jan 2023 (10%)", or why there is no comparison. */
export function gapText(
  tally: Tally,
  comparison: Comparison | null,
  filter: ComparisonFilter,
  lang: Lang,
  m: Text,
): string {
  if (!comparison) return notComparableText(tally, filter, lang, m);
  // With no baseline stated the itemized sum still has one: the first record. Say so.
  return fill(tally.since === null ? m.gapNoBaseline : m.gap, {
    official: formatQualified(tally.value, tally.qualifier, lang),
    itemized: formatNumber(comparison.itemized, lang),
    baseline: baselineText(tally.since, lang, m),
    announced: formatDate(tally.announced, lang),
    pct: formatShare(comparison.share, lang),
  });
}

/**
 * The headline, saying exactly what is compared: "From 1 Jan 2023 to 1 Apr 2024, reported handovers
 * add up to 4,831: 10% of the about 48,000 the ministry announced that day for Myanmar", or in words why
 * nothing is. A range starting after the baseline is named, since the sum does not start there.
 * With no handovers in view it says so: "add up to 0: 0% of" reads like a finding, not an empty view.
 */
export function headlineText(
  headline: Headline,
  filter: { origins: readonly string[]; from: string | null },
  lang: Lang,
  m: Text,
): string {
  const origins = filter.origins.length > 0 ? countryList(filter.origins, lang) : null;
  if (headline.kind === 'no-tally')
    return origins ? fill(m.noTallyFor, { origins }) : m.noTallyAtAll;
  if (headline.kind === 'none-in-range')
    return origins ? fill(m.noneInRangeFor, { origins }) : m.noneInRange;
  const { tally, itemized, share } = headline.comparison;
  const words = {
    from: countryList(headline.comparison.origins, lang),
    since: tally.since === null ? '' : formatDate(tally.since, lang),
    n: formatNumber(itemized, lang),
    pct: formatShare(share, lang),
    value: formatQualified(tally.value, tally.qualifier, lang),
    announced: formatDate(tally.announced, lang),
    scope: tallyScope(tally, lang),
  };
  if (itemized === 0)
    return fill(tally.since === null ? m.summaryNoneNoBaseline : m.summaryNone, words);
  const text = fill(tally.since === null ? m.summaryNoBaseline : m.summary, words);
  const rangeLater = filter.from !== null && (tally.since === null || filter.from > tally.since);
  return rangeLater ? `${text} ${m.summaryRange}` : text;
}

export interface DotGroup {
  /** The last point of the group: where its dot sits, at the running sum after all of it. */
  point: CumulativePoint;
  eventIds: string[];
  /** The date of each of `eventIds`, in the same order. */
  eventDates: string[];
  /** Every date the group stands for, in order: a merged dot must say it is more than one day. */
  dates: string[];
  /** The origin that added most people in the group: the dot's colour. */
  origin: string | null;
}

/**
 * Transfer dots merged where they would touch: a point joins the previous dot when it lies
 * within `minGap` pixels of it, for at most three gaps' span, so dots stay apart and clickable
 * and their number stays bounded by the pixels.
 */
export function dotGroups(
  points: readonly CumulativePoint[],
  origins: readonly string[],
  xOf: (t: number) => number,
  minGap: number,
): DotGroup[] {
  const groups: { first: number; before: CumulativePoint | null; members: CumulativePoint[] }[] =
    [];
  let previous: CumulativePoint | null = null;
  for (const p of points) {
    const x = xOf(p.t);
    const group = groups.at(-1);
    const last = group?.members.at(-1);
    if (group && last && x - xOf(last.t) < minGap && x - group.first < 3 * minGap) {
      group.members.push(p);
    } else {
      groups.push({ first: x, before: previous, members: [p] });
    }
    previous = p;
  }
  return groups.flatMap(({ before, members }) => {
    const point = members.at(-1);
    if (!point) return [];
    let origin: string | null = null;
    let most = 0;
    for (const o of origins) {
      const added = (point.byOrigin[o] ?? 0) - (before?.byOrigin[o] ?? 0);
      if (added > most) {
        most = added;
        origin = o;
      }
    }
    return [
      {
        point,
        eventIds: members.flatMap((m) => m.eventIds),
        eventDates: members.flatMap((m) => m.eventIds.map(() => m.date)),
        dates: members.map((m) => m.date),
        origin,
      },
    ];
  });
}

/** The step in effect at time t: the last row at or before it (the first row before them all). */
export function rowAt<T extends { t: number }>(rows: readonly T[], t: number): T | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid]?.t ?? Infinity) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return rows[found];
}

// The cumulative chart's words: axis labels, shares, and what each tally counts and how it compares, in both languages.
import type { Tally } from '@/data/schema';
import type { Comparison, ComparisonFilter, Headline } from '@/domain/comparison';
import type { Lang } from '@/state/view-store';
import {
  formatDate,
  formatMonthName,
  formatNumber,
  formatQualified,
  numberFormat,
  tallyScope,
} from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryList } from '@/ui/labels';
import type { Text } from './chart-types';

/** "48K" / "4.8万": axis labels short enough for a half-width panel. */
export function formatCompact(value: number, lang: Lang): string {
  return numberFormat(lang, { notation: 'compact' }).format(value);
}

/** "10%", or "0.4%" for small shares, so a gap never reads as a round 0%. */
export function formatShare(share: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  }).format(share);
}

/** Month ticks read "Apr", year starts "2024": short, and the year is never lost. */
export function formatTick(t: number, lang: Lang): string {
  const date = new Date(t);
  if (date.getUTCMonth() === 0)
    return lang === 'zh' ? `${date.getUTCFullYear()}年` : String(date.getUTCFullYear());
  return formatMonthName(t, lang);
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
function notComparableText(tally: Tally, filter: ComparisonFilter, lang: Lang, m: Text): string {
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

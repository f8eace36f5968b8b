// The official series as the chart, table and key show them: named, coloured and with each tally's label and comparison.
import { useMemo } from 'react';
import type { Tally } from '@/data/schema';
import type { Comparison, ComparisonFilter } from '@/domain/comparison';
import { tallySeries } from '@/domain/tally-series';
import type { Lang } from '@/state/view-store';
import { formatQualified, tallyScope } from '@/ui/format';
import type { SeriesView, Text } from './chart-types';
import { baselineText, gapText, measureText, seriesName, tallyLabel } from './chart-wording';
import { NOT_COMPARABLE_COLOR, seriesColor } from './tally-markers';

/** The series of the tallies in view; `all` is every tally of the dataset, `comparisons` is by tally id. */
export function useSeriesViews(
  all: readonly Tally[],
  inView: readonly Tally[],
  comparisons: ReadonlyMap<string, Comparison | null>,
  filters: ComparisonFilter,
  lang: Lang,
  m: Text,
): SeriesView[] {
  // Each series keeps its glyph, dashes and colour in every view: its place among all the
  // dataset's series (for the colour, among those of transfers, the only ones that can compare),
  // not among those in view, so a presenter's key holds across views.
  const seriesIndex = useMemo(() => {
    const every = tallySeries(all);
    const transfers = every.filter((s) => s.measure === 'transferred');
    return {
      glyph: new Map(every.map((s, i) => [s.key, i])),
      colour: new Map(transfers.map((s, i) => [s.key, i])),
    };
  }, [all]);
  return useMemo((): SeriesView[] => {
    return tallySeries(inView).map((s, i) => {
      const comparable = s.tallies.some((t) => comparisons.get(t.id));
      const at = seriesIndex.glyph.get(s.key) ?? i;
      return {
        key: s.key,
        index: at,
        name: seriesName(s, lang, m),
        baseline: baselineText(s.since, lang, m),
        group: `${measureText(s.measure, m)} · ${tallyScope(s, lang)}`,
        comparable,
        color: comparable ? seriesColor(seriesIndex.colour.get(s.key) ?? at) : NOT_COMPARABLE_COLOR,
        tallies: s.tallies.map((tally) => ({
          tally,
          gap: comparisons.get(tally.id) ?? null,
          label: tallyLabel(tally, lang, m),
          compared: gapText(tally, comparisons.get(tally.id) ?? null, filters, lang, m),
          short: formatQualified(tally.value, tally.qualifier, lang),
        })),
      };
    });
  }, [inView, comparisons, seriesIndex, filters, lang, m]);
}

// The chart's key: the itemized origins with their running totals, and the official series grouped by what they count.
import type { Lang } from '@/state/view-store';
import { formatNumber } from '@/ui/format';
import { countryName } from '@/ui/labels';
import { originColor } from '@/ui/palette';
import type { SeriesView, Text } from './chart-types';
import { TallySwatch } from './tally-markers';

interface Props {
  origins: readonly string[];
  /** Each origin's running sum at the last point, by origin code. */
  totals: Readonly<Record<string, number>> | undefined;
  series: readonly SeriesView[];
  lang: Lang;
  m: Text;
}

export function ChartLegend({ origins, totals, series, lang, m }: Props) {
  return (
    // Focusable: folded or scrolling, keys must reach what it holds.
    <div className="chart-legend" role="group" aria-label={m.legend} tabIndex={0}>
      {origins.length > 0 && (
        <div>
          <h3>{m.itemized}</h3>
          <ul>
            {origins.map((o) => (
              <li key={o}>
                <span className="swatch" style={{ background: originColor(o) }} />
                {countryName(o, lang)}
                <span className="legend-value">{formatNumber(totals?.[o] ?? 0, lang)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {legendGroups(series).map(([group, members]) => (
        <div key={group} data-comparable={members.some((s) => s.comparable)}>
          <h3>
            {group}
            {!members.some((s) => s.comparable) && (
              <span className="legend-note"> · {m.notComparableShort}</span>
            )}
          </h3>
          <ul>
            {members.map((s) => (
              <li key={s.key} data-series={s.key}>
                <TallySwatch
                  index={s.index}
                  color={s.color}
                  hollow={!s.comparable}
                  className="tally-swatch"
                />
                <span>{s.baseline}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The official series grouped by what they count (measure and scope), comparable groups first. */
function legendGroups(series: readonly SeriesView[]): [string, SeriesView[]][] {
  const groups = new Map<string, SeriesView[]>();
  for (const s of series) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return [...groups].sort(
    ([, a], [, b]) => Number(b.some((s) => s.comparable)) - Number(a.some((s) => s.comparable)),
  );
}

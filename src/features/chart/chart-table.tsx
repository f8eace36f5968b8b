// The chart's numbers as accessible tables: running sums by origin per date, and the official tallies.
import type { ReactNode } from 'react';
import type { CumulativePoint } from '@/domain/derived-shapes';
import { useHoveredId, type Lang } from '@/state/view-store';
import { formatDate, formatNumber, formatQualified } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryName } from '@/ui/labels';
import { originColor } from '@/ui/palette';
import type { ChartMessageKey } from './chart-messages';
import { tallyScope } from '@/ui/format';
import { baselineText, formatShare, measureText } from './chart-wording';
import type { SeriesView } from './chart-types';

type Text = Record<ChartMessageKey, string>;

/** One of the chart's tables, captioned, in a scroller of its own. */
function ScrollTable(props: { className: string; caption: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className={`chart-table ${props.className}`}>
        <caption>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}

/** A row's header: its date, as the button that selects what the row stands for. */
function RowButton(props: {
  label?: string;
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <th scope="row">
      <button
        type="button"
        className="link-button"
        aria-label={props.label}
        aria-pressed={props.pressed}
        onClick={props.onClick}
      >
        {props.children}
      </button>
    </th>
  );
}

interface Props {
  origins: string[];
  points: CumulativePoint[];
  series: SeriesView[];
  selectedId: string | null;
  selectedTally: string | null;
  lang: Lang;
  m: Text;
  onSelectIds: (ids: readonly string[]) => void;
  onSelectTally: (id: string) => void;
  onHover: (id: string | null) => void;
}

export function ChartTable({
  origins,
  points,
  series,
  selectedId,
  selectedTally,
  lang,
  m,
  onSelectIds,
  onSelectTally,
  onHover,
}: Props) {
  const hoveredId = useHoveredId();
  const tallies = series
    .flatMap((s) => s.tallies)
    .sort((a, b) => (a.tally.announced < b.tally.announced ? -1 : 1));
  return (
    <div className="chart-tables">
      {points.length > 0 && (
        <ScrollTable className="running-table" caption={m.runningCaption}>
          <thead>
            <tr>
              <th scope="col">{m.date}</th>
              {origins.map((o) => (
                <th scope="col" key={o} className="num">
                  <span className="swatch" style={{ background: originColor(o) }} />
                  {countryName(o, lang)}
                </th>
              ))}
              <th scope="col" className="num">
                {m.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => {
              const selected = selectedId !== null && p.eventIds.includes(selectedId);
              const hovered = hoveredId !== null && p.eventIds.includes(hoveredId);
              const date = formatDate(p.date, lang);
              return (
                <tr
                  key={p.t}
                  data-event-id={p.eventIds.join(' ')}
                  data-selected={selected ? 'true' : undefined}
                  data-hovered={hovered ? 'true' : undefined}
                  onPointerEnter={() => onHover(p.eventIds[0] ?? null)}
                  onPointerLeave={() => onHover(null)}
                >
                  <RowButton
                    label={fill(m.selectAt, { date })}
                    pressed={selected}
                    onClick={() => onSelectIds(p.eventIds)}
                  >
                    {date}
                  </RowButton>
                  {origins.map((o) => (
                    <td key={o} className="num">
                      {formatNumber(p.byOrigin[o] ?? 0, lang)}
                    </td>
                  ))}
                  <td className="num total">{formatNumber(p.total, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      {tallies.length > 0 && (
        <ScrollTable className="tally-table" caption={m.tallyCaption}>
          <thead>
            <tr>
              <th scope="col">{m.announced}</th>
              <th scope="col">{m.value}</th>
              <th scope="col">{m.scope}</th>
              <th scope="col" className="num">
                {m.comparison}
              </th>
            </tr>
          </thead>
          <tbody>
            {tallies.map((v) => (
              <tr
                key={v.tally.id}
                data-tally-id={v.tally.id}
                data-selected={selectedTally === v.tally.id ? 'true' : undefined}
                className={v.gap ? undefined : 'not-comparable'}
              >
                <RowButton
                  pressed={selectedTally === v.tally.id}
                  onClick={() => onSelectTally(v.tally.id)}
                >
                  {formatDate(v.tally.announced, lang)}
                </RowButton>
                <td>
                  <strong>{formatQualified(v.tally.value, v.tally.qualifier, lang)}</strong>
                  <span className="sub">
                    {measureText(v.tally.measure, m)} · {baselineText(v.tally.since, lang, m)}
                  </span>
                </td>
                <td>{tallyScope(v.tally, lang)}</td>
                <td className={v.gap ? 'num' : 'num muted'} title={v.compared}>
                  {v.gap
                    ? fill(m.itemizedShare, {
                        itemized: formatNumber(v.gap.itemized, lang),
                        pct: formatShare(v.gap.share, lang),
                      })
                    : m.notComparableShort}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}

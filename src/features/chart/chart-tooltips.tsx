// The chart's own tooltips: the running sums under the pointer, and an official tally with its comparison.
import type { CumulativePoint } from '@/domain/derived-shapes';
import { isoDay } from '@/domain/calendar';
import type { Lang } from '@/state/view-store';
import { formatDate, formatNumber, tallyScope } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryName } from '@/ui/labels';
import { originColor } from '@/ui/palette';
import { measureText } from './chart-wording';
import { type TallyView, type Text } from './chart-types';

export function RowTooltip({
  row,
  at,
  dates,
  origins,
  lang,
  m,
}: {
  row: CumulativePoint;
  /** The time under the pointer: the row is the step in effect then. */
  at: number;
  /** The dates of the hovered dot, when the pointer is on one. */
  dates: string[] | null;
  origins: string[];
  lang: Lang;
  m: Text;
}) {
  const day = isoDay(at);
  const onStep = row.date === day && row.eventIds.length > 0;
  const days = [...new Set(dates ?? [])];
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{formatDate(day, lang)}</p>
      <table>
        <tbody>
          {origins.map((o) => (
            <tr key={o}>
              <th scope="row">
                <span className="swatch" style={{ background: originColor(o) }} />
                {countryName(o, lang)}
              </th>
              <td>{formatNumber(row.byOrigin[o] ?? 0, lang)}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{m.total}</th>
            <td>{formatNumber(row.total, lang)}</td>
          </tr>
        </tbody>
      </table>
      {days.length > 1 && (
        <p className="chart-tooltip-note" data-testid="dot-dates">
          {fill(m.datesAt, {
            n: days.length,
            dates: days.map((d) => formatDate(d, lang)).join(', '),
          })}
        </p>
      )}
      {days.length > 1 ? null : onStep ? (
        <p className="chart-tooltip-note">
          {row.eventIds.length === 1
            ? m.eventsAtOne
            : fill(m.eventsAt, { n: formatNumber(row.eventIds.length, lang) })}
        </p>
      ) : (
        row.date && (
          <p className="chart-tooltip-note">
            {fill(m.lastStep, { date: formatDate(row.date, lang) })}
          </p>
        )
      )}
    </div>
  );
}

export function TallyTooltip({ view, lang, m }: { view: TallyView; lang: Lang; m: Text }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{view.label}</p>
      <p>
        {measureText(view.tally.measure, m)} · {tallyScope(view.tally, lang)}
      </p>
      <p className="chart-tooltip-note">
        {m.announced}: {formatDate(view.tally.announced, lang)}
      </p>
      <p className="chart-tooltip-gap">{view.compared}</p>
    </div>
  );
}

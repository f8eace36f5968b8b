// The axis's calendar: grid lines and month, quarter and year labels that fit the width without colliding.
import { useMemo } from 'react';
import { isoFromDay, monthFirstDay, utcDay } from '@/domain/calendar';
import { niceTicks, YEAR_STEPS, type Tick, type TickUnit } from '@/domain/time-scale';
import type { Lang } from '@/state/view-store';
import { formatMonthName } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { textWidth } from '@/ui/text-width';
import type { AxisLayout } from './axis-layout';
import { TIMELINE_MESSAGES } from './timeline-messages';

const LABEL_FONT = 11;
const LABEL_PAD = 10;

function useTickLabels(lang: Lang) {
  const t = useMessages(TIMELINE_MESSAGES);
  return useMemo(() => {
    const label = (tick: Pick<Tick, 'iso' | 'unit'>): string => {
      const year = tick.iso.slice(0, 4);
      const month = Number(tick.iso.slice(5, 7));
      if (tick.unit === 'year') return fill(t.year, { y: year });
      if (tick.unit === 'quarter') return fill(t.quarter, { q: Math.ceil(month / 3) });
      return formatMonthName(utcDay(tick.iso), lang);
    };
    // The room a unit needs is set by its widest label, so spacing never depends on which months show.
    const widest: Record<TickUnit, number> = {
      month: Math.max(
        ...Array.from({ length: 12 }, (_, m) =>
          textWidth(
            label({ unit: 'month', iso: isoFromDay(monthFirstDay(2024 * 12 + m)) }),
            LABEL_FONT,
          ),
        ),
      ),
      quarter: textWidth(label({ unit: 'quarter', iso: '2024-10-01' }), LABEL_FONT),
      year: textWidth(label({ unit: 'year', iso: '2024-01-01' }), LABEL_FONT),
    };
    return { label, gap: (unit: TickUnit) => widest[unit] + LABEL_PAD, widest };
  }, [lang, t]);
}

interface Props {
  layout: AxisLayout;
  /** Where the grid lines start: the top of the first lane. */
  top: number;
  width: number;
}

export function AxisTicks({ layout, top, width }: Props) {
  const lang = useLang();
  const ticks = useTickLabels(lang);
  const { scale, lanesBottom } = layout;

  const minor = useMemo(() => niceTicks(scale, ticks.gap), [scale, ticks]);
  const minorIsYear = minor[0]?.unit === 'year';
  const years = useMemo(
    () => (minorIsYear ? minor : niceTicks(scale, ticks.gap, YEAR_STEPS)),
    [minorIsYear, minor, scale, ticks],
  );
  // The partial first year gets its label at the left edge when it fits before the first year tick.
  const firstYearX = years[0]?.x ?? scale.x1;
  const leadingYear =
    firstYearX - scale.x0 >= ticks.gap('year')
      ? { iso: isoFromDay(scale.startDay), unit: 'year' as const }
      : null;
  const tickLabelFits = (x: number, unit: TickUnit) => x + 3 + ticks.widest[unit] <= width;

  return (
    <>
      {(minorIsYear ? [] : minor).map((tick) => (
        <line
          key={`m${tick.iso}`}
          className={tick.yearStart ? 'tl-grid tl-grid-year' : 'tl-grid'}
          x1={tick.x}
          x2={tick.x}
          y1={top}
          y2={lanesBottom + 18}
        />
      ))}
      {years.map((tick) => (
        <line
          key={`y${tick.iso}`}
          className="tl-grid tl-grid-year"
          x1={tick.x}
          x2={tick.x}
          y1={top}
          y2={layout.height - 2}
        />
      ))}
      <line className="tl-baseline" x1={scale.x0} x2={scale.x1} y1={lanesBottom} y2={lanesBottom} />
      {!minorIsYear &&
        minor.map(
          (tick) =>
            tickLabelFits(tick.x, tick.unit) && (
              <text key={`ml${tick.iso}`} className="tl-tick" x={tick.x + 3} y={lanesBottom + 13}>
                {ticks.label(tick)}
              </text>
            ),
        )}
      {[...(leadingYear ? [{ ...leadingYear, x: scale.x0 }] : []), ...years].map(
        (tick) =>
          tickLabelFits(tick.x, 'year') && (
            <text
              key={`yl${tick.iso}`}
              className="tl-tick tl-tick-year"
              x={tick.x + 3}
              y={lanesBottom + (minorIsYear ? 13 : 30)}
            >
              {ticks.label({ iso: tick.iso, unit: 'year' })}
            </text>
          ),
      )}
    </>
  );
}

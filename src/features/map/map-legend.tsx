// The map's key: colours of the types in view, the size scale, arrows and dashed (approximate) places; during playback, the fade.
import { useMemo } from 'react';
import type { EventType } from '@/data/schema';
import { monthStart } from '@/domain/calendar';
import type { FilteredView } from '@/domain/filtered-view';
import { busiestMonth, countFrom } from '@/domain/playback';
import { togglePlay } from '@/state/playback-run';
import { useAtlasIndex, useDrawnPlay } from '@/state/atlas-context';
import { usePlaybackMotion } from '@/state/playback-motion';
import { useViewStore, type Lang } from '@/state/view-store';
import { formatMonth, formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { useReducedMotion } from '@/ui/use-media-query';
import { TYPE_LABELS } from '@/ui/labels';
import { TYPE_COLORS } from '@/ui/palette';
import { SteadyLabel } from '@/ui/steady-label';
import { textWidth, type FontWeight } from '@/ui/text-width';
import { FADED_ALPHA } from './map-canvas';
import { MESSAGES } from './map-messages';
import { LEGEND_PEOPLE, markRadius } from './mark-style';

/**
 * Room for the widest of these texts, in ems of the element's own font: a part of the key that
 * keeps it shows any of them in one width (textWidth errs wide).
 */
function widestEms(texts: readonly string[], weight: FontWeight): string {
  return `${Math.max(...texts.map((text) => textWidth(text, 1, weight))).toFixed(2)}em`;
}

/** The names of the twelve months of `day`'s year: the key keeps room for the longest. */
function yearsMonths(day: string, lang: Lang): string[] {
  const year = day.slice(0, 4);
  return Array.from({ length: 12 }, (_, m) =>
    formatMonth(`${year}-${String(m + 1).padStart(2, '0')}-01`, lang),
  );
}

/** Starts folded at every size: open, it would cover places (a user found western Myanmar hidden at 1920). */
export function MapLegend({ types }: { types: readonly EventType[] }) {
  const t = useMessages(MESSAGES);
  const lang = useLang();
  const largest = markRadius(LEGEND_PEOPLE[LEGEND_PEOPLE.length - 1] ?? 0);
  return (
    <details className="map-legend">
      <summary>{t.legend}</summary>
      <ul className="map-legend-types">
        {types.map((type) => (
          <li key={type}>
            <span className="map-legend-dot" style={{ background: TYPE_COLORS[type] }} />
            {TYPE_LABELS[lang][type]}
          </li>
        ))}
      </ul>
      <p className="map-legend-caption">{t.size}</p>
      <svg
        className="map-legend-sizes"
        width={LEGEND_PEOPLE.length * (largest * 2 + 14)}
        height={largest * 2 + 16}
        aria-hidden="true"
      >
        {LEGEND_PEOPLE.map((people, i) => {
          const r = markRadius(people);
          const cx = i * (largest * 2 + 14) + largest + 2;
          return (
            <g key={people}>
              <circle cx={cx} cy={largest * 2 + 1 - r} r={r} />
              <text x={cx} y={largest * 2 + 14} textAnchor="middle">
                {formatNumber(people, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="map-legend-row">
        <svg width="34" height="10" aria-hidden="true" className="map-legend-arrow">
          <path d="M1 7 Q 14 1 26 5" />
          <polygon points="24,1 33,6 24,10" />
        </svg>
        {t.arrow}
      </p>
      <p className="map-legend-row">
        <span className="map-legend-approx" aria-hidden="true" />
        {t.approx}
      </p>
    </details>
  );
}

/**
 * While a playback run sets earlier months back: which month is solid, how many events it brought
 * (a month with none, or with all of them outside the frame, otherwise looks like nothing
 * happened), and Pause or Play (+1 month with reduced motion): on a phone's Map tab the playback
 * bar is on another tab.
 * Never folded, unlike the legend: it is read while the marks change.
 */
export function FadeKey({ view }: { view: FilteredView }) {
  const t = useMessages(MESSAGES);
  const lang = useLang();
  const on = useDrawnPlay() !== null;
  const playing = usePlaybackMotion((s) => s.playing);
  const index = useAtlasIndex();
  const reduced = useReducedMotion();
  // Present mode's bar holds Play (a story's step may hold a paused run, and no bar): the key there
  // is the month and its marks alone, on one line at 1280 px (with the button it wrapped to two in
  // a box half empty, over the marks at the map's bottom).
  const present = useViewStore((s) => s.mode === 'present');
  // Room for the busiest month's count: no month's count is wider.
  const busiest = useMemo(() => busiestMonth(index.events), [index]);
  const to = view.filters.to;
  if (!on || to === null) return null;
  const countText = (n: number) =>
    n === 0 ? t.fadeNone : fill(n === 1 ? t.fadeOne : t.fadeMany, { count: formatNumber(n, lang) });
  const since = monthStart(to);
  const inMonth = countFrom(
    view.events,
    view.filters.from && view.filters.from > since ? view.filters.from : since,
  );
  // Nothing earlier than the month in the window: a run's first month.
  const earliest = inMonth === view.events.length;
  // A mark as the map draws a place of several types, a pie of their colours, at full strength and
  // at the strength the map fades earlier months to.
  const types = view.typesPresent;
  const pie = `conic-gradient(${types
    .map((type, i) => {
      const [a, b] = [(i / types.length) * 360, ((i + 1) / types.length) * 360];
      return `${TYPE_COLORS[type]} ${a}deg ${b}deg`;
    })
    .join(', ')})`;
  // Earlier months' marks as the map draws them: the fill faded, the outline in full colour.
  const dots = (earlier: boolean) => (
    <span
      className={earlier ? 'map-fade-dot is-earlier' : 'map-fade-dot'}
      style={{ background: pie, ...(earlier && { '--faded': FADED_ALPHA }) }}
      aria-hidden="true"
    />
  );
  return (
    <div className="map-fade-key">
      {/* First, so the month's text changing width never moves it from under the pointer; one
          width for Pause and Play, so pausing moves nothing after it. */}
      {!present && (
        <button type="button" className="map-fade-pause" onClick={() => togglePlay(index, reduced)}>
          {/* With reduced motion a press steps one month: the button says so, as the bar's note does. */}
          {reduced ? (
            t.stepPlayback
          ) : (
            <SteadyLabel
              shown={playing ? t.pausePlayback : t.resumePlayback}
              spare={playing ? t.resumePlayback : t.pausePlayback}
            />
          )}
        </button>
      )}
      {/* Before the month, whose room for a long count stays at the key's end. A run's first
          month has none earlier: the key says so, in the same room. */}
      <span>
        {dots(true)}
        <SteadyLabel
          shown={earliest ? t.fadeNoEarlier : t.fadeEarlier}
          spare={earliest ? t.fadeEarlier : t.fadeNoEarlier}
        />
      </span>
      <span className="map-fade-month">
        {dots(false)}
        <strong style={{ minWidth: widestEms(yearsMonths(to, lang), 'bold') }}>
          {formatMonth(to, lang)}
        </strong>
        <span style={{ minWidth: widestEms([countText(0), countText(busiest)], 'normal') }}>
          {countText(inMonth)}
        </span>
      </span>
    </div>
  );
}

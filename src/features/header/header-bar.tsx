// The page header: title, dataset version and span, key figures for the current filter, context figures.
import { useMemo, useState } from 'react';
import type { ContextFigure, Tally } from '@/data/schema';
import { datasetSpan } from '@/domain/date-presets';
import { useAtlasIndex, useUrgentFilteredView } from '@/state/atlas-context';
import { useViewStore, type Lang } from '@/state/view-store';
import {
  contextLabel,
  formatDate,
  formatMonth,
  formatNumber,
  formatQualified,
  tallyScope,
} from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { countryList } from '@/ui/labels';
import { HEADER_MESSAGES } from './header-messages';
import './header.css';

type HeaderText = (typeof HEADER_MESSAGES)[Lang];

/** "transferred · Myanmar" and "since 1 Jan 2023 · announced 1 Apr 2024". */
function tallyLines(tally: Tally, t: HeaderText, lang: Lang): [string, string] {
  const measure = tally.measure === 'arrested' ? t.measure_arrested : t.measure_transferred;
  const since = tally.since ? fill(t.since, { date: formatDate(tally.since, lang) }) : t.noBaseline;
  return [
    `${measure} · ${tallyScope(tally, lang)}`,
    `${since} · ${fill(t.announced, { date: formatDate(tally.announced, lang) })}`,
  ];
}

export function HeaderBar() {
  const t = useMessages(HEADER_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const { dataset, events } = index;
  const filtered = useUrgentFilteredView();
  const { filters } = filtered;
  const figures = filtered.keyFigures;
  const span = useMemo(() => datasetSpan(index), [index]);
  // Like with like: only a total that may be compared with the transfers in view is quoted here.
  const tally = figures.latest.kind === 'compare' ? figures.latest.comparison.tally : null;
  const none =
    figures.latest.kind === 'none-in-range'
      ? t.noTallyNote
      : filters.origins.length > 0
        ? fill(t.noTallyFor, { origins: countryList(filters.origins, lang) })
        : t.noTallyAtAll;
  const [tallyWhat, tallyWhen] = tally ? tallyLines(tally, t, lang) : [none, ''];
  const selectTally = useViewStore((s) => s.selectTally);

  return (
    <header className="header">
      <div className="header-main">
        <div className="header-title">
          <h1>Crackdown Atlas</h1>
          <p className="dataset-meta">
            {fill(t.dataset, { version: dataset.version })}
            {span && (
              <>
                {' · '}
                {formatDate(span.first, lang)} – {formatDate(span.last, lang)}
              </>
            )}
            {' · '}
            <span data-testid="dataset-counts">
              {fill(t.datasetCounts, {
                events: formatNumber(events.length, lang),
                tallies: formatNumber(dataset.tallies.length, lang),
                sources: formatNumber(dataset.sources.length, lang),
              })}
            </span>
          </p>
        </div>
        <div className="figures-row">
          <dl className="key-figures" aria-label={t.figures}>
            <div className="figure" data-testid="figure-events">
              <dt>{t.events}</dt>
              <dd className="figure-value">
                {formatNumber(figures.events, lang)}
                <span className="figure-of">
                  {' '}
                  {fill(t.ofTotal, { m: formatNumber(events.length, lang) })}
                </span>
              </dd>
            </div>
            <div className="figure" data-testid="figure-transferred">
              <dt>{t.transferred}</dt>
              <dd className="figure-value">{formatNumber(figures.transferred, lang)}</dd>
              <dd className="figure-note">{t.transferredNote}</dd>
            </div>
            <div className="figure" data-testid="figure-tally">
              <dt>{t.latestTotal}</dt>
              <dd className="figure-value">
                {tally ? (
                  <button
                    type="button"
                    className="figure-link"
                    data-tally-id={tally.id}
                    aria-label={fill(t.showTally, {
                      value: formatQualified(tally.value, tally.qualifier, lang),
                    })}
                    onClick={() => selectTally(tally.id)}
                  >
                    {formatQualified(tally.value, tally.qualifier, lang)}
                  </button>
                ) : (
                  t.noTally
                )}
              </dd>
              <dd className="figure-note">{tallyWhat}</dd>
              {tallyWhen && <dd className="figure-note">{tallyWhen}</dd>}
            </div>
          </dl>
          <ContextFigures context={dataset.context} />
        </div>
      </div>
    </header>
  );
}

/** How many context figures show before "Show all": the header stays a strip, not a page. */
const CONTEXT_SHOWN = 3;

function ContextFigures({ context }: { context: readonly ContextFigure[] }) {
  const t = useMessages(HEADER_MESSAGES);
  const lang = useLang();
  const [expanded, setExpanded] = useState(false);
  if (context.length === 0) return null;
  const shown = expanded ? context : context.slice(0, CONTEXT_SHOWN);
  return (
    <div className="context-figures" role="group" aria-labelledby="context-figures-heading">
      <h2 id="context-figures-heading">{t.context}</h2>
      <ul id="context-figures-list">
        {shown.map((c) => (
          <li key={c.id}>
            <strong>{formatQualified(c.value, c.qualifier, lang)}</strong> {contextLabel(c, lang)}{' '}
            <span className="context-date">({formatMonth(c.date, lang)})</span>
          </li>
        ))}
      </ul>
      {context.length > CONTEXT_SHOWN && (
        <button
          type="button"
          className="context-more"
          aria-expanded={expanded}
          aria-controls="context-figures-list"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.showFewer : fill(t.showAll, { n: context.length })}
        </button>
      )}
    </div>
  );
}

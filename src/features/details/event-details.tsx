// The selected event as an evidence sheet: what, when, where, how many, who, and every source.
import { useEffect, useId, useRef } from 'react';
import type { AtlasEvent, Place } from '@/data/schema';
import { useAtlasIndex, useFilteredView } from '@/state/atlas-context';
import { eventLink } from '@/state/url-sync';
import { useViewStore, type Lang } from '@/state/view-store';
import { CopyButton } from '@/ui/copy-button';
import { eventSummary, eventTitle, formatEventDate, formatNumber, placeName } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { countryName, TYPE_LABELS } from '@/ui/labels';
import { TYPE_COLORS } from '@/ui/palette';
import { DETAILS_MESSAGES } from './details-messages';
import { DetailsNotice } from './details-notice';
import { CountList, eventCounts } from './event-counts';
import { EventSources } from './event-sources';
import { stepTargets } from './step-targets';

export function EventDetails({ event }: { event: AtlasEvent }) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  const titleId = useId();
  const root = useRef<HTMLElement>(null);

  // A new selection starts at its title, not wherever the last event's sources left the panel.
  useEffect(() => {
    const region = root.current?.closest('section');
    if (region) region.scrollTop = 0;
  }, [event.id]);

  const counts = eventCounts(event);

  return (
    <article
      ref={root}
      className="details-event"
      data-event-id={event.id}
      data-selected="true"
      aria-labelledby={titleId}
    >
      <StepNav event={event} />

      <header className="details-head">
        <p className="details-type">
          <span
            className="details-dot"
            style={{ background: TYPE_COLORS[event.type] }}
            aria-hidden="true"
          />
          <span className="details-sr-only">{m.type}: </span>
          {TYPE_LABELS[lang][event.type]}
        </p>
        <h3 id={titleId}>{eventTitle(event, lang)}</h3>
        <p className="details-date">
          <time dateTime={event.date}>{formatEventDate(event, lang)}</time>
          <span className="details-precision">{m[`precision_${event.datePrecision}`]}</span>
        </p>
      </header>

      <p className="details-summary">{eventSummary(event, lang)}</p>

      <Facts event={event} />

      <section className="details-block" aria-label={m.figures}>
        <h4>{m.figures}</h4>
        {counts.length ? (
          <CountList counts={counts} className="details-counts" itemClassName="details-count" />
        ) : (
          <p className="empty">{m.noFigures}</p>
        )}
      </section>

      {event.actors.length > 0 && (
        <section className="details-block" aria-label={m.actors}>
          <h4>{m.actors}</h4>
          <ul className="details-actors">
            {event.actors.map((actor) => (
              <li key={actor}>{actor}</li>
            ))}
          </ul>
        </section>
      )}

      {event.notes && (
        <section className="details-block details-notes" aria-label={m.notes}>
          <h4>{m.notes}</h4>
          <p>{event.notes}</p>
        </section>
      )}

      <EventSources event={event} />
    </article>
  );
}

function StepNav({ event }: { event: AtlasEvent }) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  const { events: filtered } = useFilteredView();
  const select = useViewStore((s) => s.select);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const { previous, next, position } = stepTargets(filtered, event);
  const total = formatNumber(filtered.length, lang);

  // Reaching an end disables the button under the keyboard focus; hand the focus to its partner.
  function step(target: AtlasEvent, direction: 'previous' | 'next') {
    const ahead = stepTargets(filtered, target)[direction];
    if (!ahead) (direction === 'next' ? previousButton : nextButton).current?.focus();
    select(target.id);
  }

  return (
    <>
      <nav className="details-nav" aria-label={m.stepNav}>
        <button
          ref={previousButton}
          type="button"
          disabled={!previous}
          onClick={() => previous && step(previous, 'previous')}
        >
          <span aria-hidden="true">← </span>
          {m.previous}
        </button>
        <span className="details-position">
          {position >= 0
            ? fill(m.position, { n: formatNumber(position + 1, lang), m: total })
            : fill(m.positionOutside, { m: total })}
        </span>
        <button
          ref={nextButton}
          type="button"
          disabled={!next}
          onClick={() => next && step(next, 'next')}
        >
          {m.next}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      <div className="details-share">
        <CopyButton
          text={() => eventLink(event.id)}
          labels={{
            copy: m.copyEventLink,
            copied: m.eventLinkCopied,
            failed: m.copyEventLinkFailed,
          }}
        />
      </div>
      {position < 0 && (
        <DetailsNotice text={m.outside} button={m.clearFilters} onClick={resetFilters} />
      )}
    </>
  );
}

function Facts({ event }: { event: AtlasEvent }) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  const { placeById } = useAtlasIndex();
  const place = placeById.get(event.place);
  const from = event.from === undefined ? undefined : placeById.get(event.from);
  const to = event.to === undefined ? undefined : placeById.get(event.to);
  return (
    <dl className="details-facts">
      <dt>{m.place}</dt>
      <dd>
        {place ? (
          <>
            <span className="details-place">{placeLabel(place, lang)}</span>
            {', '}
            {countryName(place.country, lang)}
            <span className="details-coords">
              {m.coordinates} <span className="details-nowrap">{formatCoordinates(place)}</span> ·{' '}
              <span className="details-nowrap">{m[`coords_${place.precision}`]}</span>
            </span>
          </>
        ) : (
          event.place
        )}
      </dd>
      {(event.from !== undefined || event.to !== undefined) && (
        <>
          <dt>{m.movement}</dt>
          <dd>
            {from ? placeName(from, lang) : (event.from ?? '?')}
            <span className="details-arrow"> → </span>
            {to ? placeName(to, lang) : (event.to ?? '?')}
          </dd>
        </>
      )}
      <dt>{m.countries}</dt>
      <dd>
        {countryName(event.origin, lang)}
        <span className="details-arrow"> → </span>
        {countryName(event.destination, lang)}
      </dd>
    </dl>
  );
}

/** The place in the interface language, with its name in the other script beside it. */
function placeLabel(place: Place, lang: Lang): string {
  if (!place.name_zh || place.name_zh === place.name) return place.name;
  return lang === 'zh' ? `${place.name_zh}（${place.name}）` : `${place.name} · ${place.name_zh}`;
}

function formatCoordinates(place: Place): string {
  const lat = `${Math.abs(place.lat).toFixed(2)}° ${place.lat < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(place.lon).toFixed(2)}° ${place.lon < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}

// Present mode's caption: the current event in type that reads from the back of a room.
import type { AtlasEvent, Tally } from '@/data/schema';
import { useAtlasIndex } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import {
  eventTitle,
  formatDate,
  formatEventDate,
  formatQualified,
  placeName,
  tallyScope,
} from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { SteadyLabel } from '@/ui/steady-label';
import { countryName, TYPE_LABELS } from '@/ui/labels';
import { TYPE_COLORS } from '@/ui/palette';
import { DETAILS_MESSAGES } from './details-messages';
import { CountList, eventCounts } from './event-counts';
import { HAN, quotesBySource } from './event-sources';
import './present-caption.css';

/**
 * `hint` shows while nothing is selected; `spare`, the hint another moment shows in its place (Play
 * changes the start's hint to the run's), keeps its room: at 1280 px the run's hint takes a second
 * line, and the chart below moved down at a run's start.
 */
export function PresentCaption({ hint, spare = '' }: { hint: string; spare?: string }) {
  const lang = useLang();
  const { eventById, placeById, dataset } = useAtlasIndex();
  const selectedId = useViewStore((s) => s.selectedId);
  const selectedTally = useViewStore((s) => s.selectedTally);
  const tally = dataset.tallies.find((t) => t.id === selectedTally);
  const event = selectedId === null ? undefined : eventById.get(selectedId);
  if (!event && tally) return <TallyCaption tally={tally} />;
  if (!event)
    return (
      <div className="caption caption-empty">
        <p>{spare ? <SteadyLabel shown={hint} spare={spare} /> : hint}</p>
      </div>
    );

  const place = placeById.get(event.place);
  const counts = eventCounts(event);
  return (
    <article className="caption" data-event-id={event.id} data-selected="true">
      <p className="caption-meta">
        <span className="caption-type">
          <span
            className="caption-dot"
            style={{ background: TYPE_COLORS[event.type] }}
            aria-hidden="true"
          />
          {TYPE_LABELS[lang][event.type]}
        </span>
        <time dateTime={event.date}>{formatEventDate(event, lang)}</time>
        <span>
          {place ? `${placeName(place, lang)}, ${countryName(place.country, lang)}` : event.place}
        </span>
      </p>
      <h3 className="caption-title">{eventTitle(event, lang)}</h3>
      {counts.length > 0 && <CountList counts={counts} className="caption-counts" />}
      <LeadQuote cited={event} />
    </article>
  );
}

/** A selected official tally, as the room reads it: value, what it counts, since when, and its lead quote. */
function TallyCaption({ tally }: { tally: Tally }) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  return (
    <article className="caption" data-tally-id={tally.id} data-selected="true">
      <p className="caption-meta">
        <span className="caption-type">{m.tallyKind}</span>
        <span>
          {m.announced} <time dateTime={tally.announced}>{formatDate(tally.announced, lang)}</time>
        </span>
      </p>
      <h3 className="caption-title">
        {formatQualified(tally.value, tally.qualifier, lang)} · {tallyScope(tally, lang)}
      </h3>
      <dl className="caption-counts">
        <div>
          <dt>{m.measure}</dt>
          <dd className="caption-fact">{m[`measure_${tally.measure}`]}</dd>
        </div>
        <div>
          <dt>{m.baseline}</dt>
          <dd className="caption-fact">
            {tally.since === null ? m.noBaseline : formatDate(tally.since, lang)}
          </dd>
        </div>
      </dl>
      <LeadQuote cited={tally} />
    </article>
  );
}

/** The lead quote, the first citation (the dataset lists its main evidence first), and its publisher. */
function LeadQuote({ cited }: { cited: Pick<AtlasEvent, 'sources'> }) {
  const { sourceById } = useAtlasIndex();
  const lead = quotesBySource(cited)[0];
  const quote = lead?.quotes[0];
  if (!lead || !quote) return null;
  const source = sourceById.get(lead.source);
  return (
    <figure className="caption-quote">
      <blockquote lang={HAN.test(quote) ? 'zh' : undefined} title={quote}>
        {quote}
      </blockquote>
      {source && <figcaption>{source.publisher}</figcaption>}
    </figure>
  );
}

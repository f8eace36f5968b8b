// The selected official tally as evidence: its value, what it counts, from when, and every source with its quote.
import { useId } from 'react';
import type { Qualifier, Tally } from '@/data/schema';
import { useAtlasIndex } from '@/state/atlas-context';
import { formatDate, formatQualified, placeName } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { countryList } from '@/ui/labels';
import { DETAILS_MESSAGES, type DetailsMessageKey } from './details-messages';
import { EventSources } from './event-sources';

const QUALIFIER_TEXT: Record<Qualifier, DetailsMessageKey> = {
  exact: 'qualifier_exact',
  about: 'qualifier_about',
  over: 'qualifier_over',
  'at least': 'qualifier_atLeast',
};

export function TallyDetails({ tally }: { tally: Tally }) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  const { placeById } = useAtlasIndex();
  const titleId = useId();
  const value = formatQualified(tally.value, tally.qualifier, lang);
  const scope = lang === 'zh' && tally.scope_zh ? tally.scope_zh : tally.scope;
  return (
    <article
      className="details-event details-tally-sheet"
      data-tally-id={tally.id}
      data-selected="true"
      aria-labelledby={titleId}
    >
      <header className="details-head">
        <p className="details-type">{m.tallyKind}</p>
        <h3 id={titleId}>
          {value} · {scope}
        </h3>
        <p className="details-date">
          {m.announced} <time dateTime={tally.announced}>{formatDate(tally.announced, lang)}</time>
        </p>
      </header>
      <dl className="details-facts">
        <dt>{m.tallyValue}</dt>
        <dd>{value}</dd>
        <dt>{m.qualifier}</dt>
        <dd>{m[QUALIFIER_TEXT[tally.qualifier]]}</dd>
        <dt>{m.measure}</dt>
        <dd>{m[`measure_${tally.measure}`]}</dd>
        <dt>{m.scope}</dt>
        <dd>{scope}</dd>
        <dt>{m.tallyOrigins}</dt>
        <dd>{tally.origins?.length ? countryList(tally.origins, lang) : m.noOrigins}</dd>
        {tally.places && (
          <>
            <dt>{m.tallyPlaces}</dt>
            <dd>{tally.places.map((id) => placeName(placeById.get(id), lang) || id).join(', ')}</dd>
          </>
        )}
        <dt>{m.baseline}</dt>
        <dd>
          {tally.since === null ? (
            m.noBaseline
          ) : (
            <time dateTime={tally.since}>{formatDate(tally.since, lang)}</time>
          )}
        </dd>
      </dl>
      {tally.notes && (
        <section className="details-block details-notes" aria-label={m.tallyNotes}>
          <h4>{m.tallyNotes}</h4>
          <p>{tally.notes}</p>
        </section>
      )}
      <EventSources event={tally} />
    </article>
  );
}

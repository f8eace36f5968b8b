// Every source of an event or tally: who published it, when, its verbatim quotes, and a link only if it is safe.
import type { AtlasEvent } from '@/data/schema';
import { useAtlasIndex } from '@/state/atlas-context';
import { formatDate } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { safeUrl } from '@/ui/safe-url';
import { DETAILS_MESSAGES } from './details-messages';

// Quotes keep their own language; marking Chinese ones lets the browser pick the right font and voice.
export const HAN = /[\u3400-\u9fff]/;

/** The citations grouped by source, in order of first mention: one card per report. */
export function quotesBySource(
  event: Pick<AtlasEvent, 'sources'>,
): { source: string; quotes: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { source, quote } of event.sources) {
    const quotes = groups.get(source);
    if (quotes) quotes.push(quote);
    else groups.set(source, [quote]);
  }
  return [...groups].map(([source, quotes]) => ({ source, quotes }));
}

/** An event's or an official tally's sources: both cite `{ source, quote }` the same way. */
export function EventSources({ event }: { event: Pick<AtlasEvent, 'sources'> }) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  const { sourceById } = useAtlasIndex();
  const groups = quotesBySource(event);
  return (
    <section className="details-block" aria-label={m.sources}>
      <h4>
        {m.sources} <span className="details-tally">({groups.length})</span>
      </h4>
      <ol className="details-sources">
        {groups.map(({ source: id, quotes }) => {
          const source = sourceById.get(id);
          const href = safeUrl(source?.url);
          return (
            <li key={id} className="details-source">
              {source ? (
                <>
                  <p className="details-source-head">
                    <span className="details-publisher">{source.publisher}</span>
                    <time dateTime={source.published}>
                      <span className="details-sr-only">{m.published} </span>
                      {formatDate(source.published, lang)}
                    </time>
                  </p>
                  <p className="details-source-title">{source.title}</p>
                </>
              ) : (
                <p className="details-source-head">{fill(m.unknownSource, { id })}</p>
              )}
              {quotes.map((quote, i) => (
                <blockquote
                  key={i}
                  className="details-quote"
                  cite={href ?? undefined}
                  lang={HAN.test(quote) ? 'zh' : undefined}
                >
                  {quote}
                </blockquote>
              ))}
              {href ? (
                <a className="details-link" href={href} target="_blank" rel="noopener noreferrer">
                  {href}
                  <span className="details-sr-only"> {m.newTab}</span>
                </a>
              ) : (
                <p className="details-nolink">{m.noLink}</p>
              )}
              {source?.note && <p className="details-source-note">{source.note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

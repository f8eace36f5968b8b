// The page header: title, dataset version and span, and what the dataset holds.
import { useAtlasIndex } from '@/state/atlas-context';
import { formatDate } from '@/ui/format';
import { useLang } from '@/ui/i18n';

export function HeaderBar() {
  const { dataset, events } = useAtlasIndex();
  const lang = useLang();
  const first = events[0];
  const last = events.at(-1);
  return (
    <header className="header">
      <h1>Crackdown Atlas</h1>
      <p className="dataset-meta">
        Dataset {dataset.version}
        {first && last && (
          <>
            {' · '}
            {formatDate(first.date, lang)} – {formatDate(last.dateEnd ?? last.date, lang)}
          </>
        )}
        {' · '}
        <span data-testid="dataset-counts">
          {events.length} events, {dataset.tallies.length} official tallies,{' '}
          {dataset.sources.length} sources
        </span>
      </p>
    </header>
  );
}

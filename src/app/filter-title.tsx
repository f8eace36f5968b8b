// The current filter in one line ("Laos · transfers · 2023–2024"), naming a shared view.
import type { ReactNode } from 'react';
import { filterSummary } from '@/features/data-io/filter-summary';
import { DATA_IO_MESSAGES } from '@/features/data-io/data-io-messages';
import { useAtlasIndex } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { useLang, useMessages } from '@/ui/i18n';

/** Its own component, so a filter change re-renders this line and not the layout around it. */
export function FilterTitle({ className, lead }: { className: string; lead?: ReactNode }) {
  const filters = useViewStore((s) => s.filters);
  const index = useAtlasIndex();
  const lang = useLang();
  const t = useMessages(DATA_IO_MESSAGES);
  const title = filterSummary(filters, index, lang, t);
  return (
    <p className={className} title={title}>
      {lead}
      {lead && ' · '}
      {title}
    </p>
  );
}

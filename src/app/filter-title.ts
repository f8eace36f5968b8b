// The current filter in one line ("Laos · transfers · 2023–2024"), naming a shared view.
import { filterSummary } from '@/features/data-io/filter-summary';
import { DATA_IO_MESSAGES } from '@/features/data-io/data-io-messages';
import { useAtlasIndex } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { useLang, useMessages } from '@/ui/i18n';

export function useFilterTitle(): string {
  const filters = useViewStore((s) => s.filters);
  const index = useAtlasIndex();
  const lang = useLang();
  const t = useMessages(DATA_IO_MESSAGES);
  return filterSummary(filters, index, lang, t);
}

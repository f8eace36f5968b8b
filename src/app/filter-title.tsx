// The current filter in one line ("Laos · transfers · 2023–2024"), naming a shared view.
import type { ReactNode } from 'react';
import { filterSummary } from '@/features/data-io/filter-summary';
import { DATA_IO_MESSAGES } from '@/features/data-io/data-io-messages';
import { useAtlasIndex } from '@/state/atlas-context';
import { endBeforeRun } from '@/state/playback-run';
import { useViewStore } from '@/state/view-store';
import { useLang, useMessages } from '@/ui/i18n';

/**
 * Its own component, so a filter change re-renders this line and not the layout around it. During a
 * playback run it names the view being played, as it was before Play: the run's month, which moves
 * the window's end, is the bar's "Up to …" beside it (named here too, it was cut to "until Mar 2…"
 * at 1280 px and changed width every month).
 */
export function FilterTitle({ className, lead }: { className: string; lead?: ReactNode }) {
  const filters = useViewStore((s) => s.filters);
  const play = useViewStore((s) => s.play);
  const index = useAtlasIndex();
  const lang = useLang();
  const t = useMessages(DATA_IO_MESSAGES);
  const played = play === null ? filters : { ...filters, to: endBeforeRun(index, play) };
  const title = filterSummary(played, index, lang, t);
  return (
    <p className={className} title={title}>
      {lead}
      {lead && ' · '}
      {title}
    </p>
  );
}

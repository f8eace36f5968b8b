// Present mode: a projector screen with the map and the chart large and a caption of the current event.
import { useMemo } from 'react';
import { PresentCaption } from '@/features/details/present-caption';
import { LinkNotice } from '@/features/notices/link-notice';
import { PageActions } from '@/features/notices/page-actions';
import { PlaybackControl } from '@/features/playback/playback-control';
import {
  StoryCaption,
  StoryPosition,
  StoryTitle,
  useStorySequence,
  type StorySequence,
} from '@/features/stories/story-present';
import { useFilteredView } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { APP_MESSAGES } from './app-messages';
import { ChartPanel, MapPanel } from './lazy-views';
import { Region } from './region';
import { FilterTitle } from './filter-title';
import { usePresentKeys } from './use-present-keys';

/** "5 of 10": where the presenter is in the filtered events. */
function Position() {
  const t = useMessages(APP_MESSAGES);
  const lang = useLang();
  const { events: filtered } = useFilteredView();
  const selectedId = useViewStore((s) => s.selectedId);
  const at = useMemo(
    () => (selectedId === null ? -1 : filtered.findIndex((e) => e.id === selectedId)),
    [filtered, selectedId],
  );
  const m = formatNumber(filtered.length, lang);
  return (
    <p className="present-position" aria-live="polite">
      {at < 0
        ? fill(t.presentNone, { m })
        : fill(t.presentPosition, { n: formatNumber(at + 1, lang), m })}
    </p>
  );
}

/** The stepping keys in a component of their own: they read the filtered events, the layout does not. */
function PresentKeys({ sequence }: { sequence: StorySequence | null }) {
  usePresentKeys(sequence);
  return null;
}

export function PresentLayout() {
  const t = useMessages(APP_MESSAGES);
  const sequence = useStorySequence();
  // During a playback run the clicker's keys move the month (see usePresentKeys): the hint says so.
  const running = useViewStore((s) => s.play !== null);
  return (
    <div className="present">
      <header className="present-bar">
        <h1>Crackdown Atlas</h1>
        {sequence ? <StoryTitle /> : <FilterTitle className="present-title" />}
        <PresentKeys sequence={sequence} />
        {sequence ? <StoryPosition /> : <Position />}
        {!sequence && <PlaybackControl />}
        <PageActions />
      </header>
      <Region area="map" onRetry={MapPanel.retry}>
        <MapPanel />
      </Region>
      <Region area="details">
        <StoryCaption />
        <PresentCaption
          hint={sequence ? '' : running ? t.presentRun : t.presentStart}
          spare={sequence ? '' : running ? t.presentStart : t.presentRun}
        />
      </Region>
      <Region area="chart" onRetry={ChartPanel.retry}>
        <ChartPanel fill />
      </Region>
      <p className="present-hint">{t.presentHint}</p>
      {/* Over the views, not in the grid: what a link could not show must be seen, a story link's
          unknown step or version, or a story that cannot be read (then no story plays at all). */}
      <div className="present-notice">
        <LinkNotice />
      </div>
    </div>
  );
}

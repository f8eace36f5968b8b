// Embed mode: one view (or all, compact) that fits its frame, a line naming it, and a way to the full view.
import { useState } from 'react';
import { TimelinePanel } from '@/features/timeline/timeline-panel';
import { PageActions } from '@/features/notices/page-actions';
import { useViewStore, type EmbedView } from '@/state/view-store';
import { useMessages } from '@/ui/i18n';
import { useMediaQuery } from '@/ui/use-media-query';
import { APP_MESSAGES } from './app-messages';
import { FilterTitle } from './filter-title';
import { ChartPanel, MapPanel } from './lazy-views';
import { Region } from './region';
import { ViewTabs } from './view-tabs';

/** A frame too small for three views side by side shows all of them one at a time, behind tabs. */
const SMALL_FRAME_QUERY = '(max-width: 899px), (max-height: 559px)';
const EMBED_TABS: readonly EmbedView[] = ['map', 'chart', 'timeline'];

export function EmbedLayout() {
  const t = useMessages(APP_MESSAGES);
  const view = useViewStore((s) => s.embedView);
  const small = useMediaQuery(SMALL_FRAME_QUERY);
  const [tab, setTab] = useState<EmbedView>('map');
  const tabbed = view === null && small;
  const shows = (area: EmbedView) => (tabbed ? area === tab : view === null || view === area);
  return (
    <div className="embed" data-view={view ?? (tabbed ? 'tabs' : 'all')}>
      <div className="embed-bar">
        <FilterTitle className="embed-title" lead={<strong>{t.embedAll}</strong>} />
        <PageActions />
      </div>
      {tabbed && (
        <ViewTabs
          className="embed-tabs"
          tabs={EMBED_TABS}
          tab={tab}
          onTab={setTab}
          mounted={(area) => area === tab}
        />
      )}
      {shows('timeline') && (
        <Region area="timeline">
          <TimelinePanel />
        </Region>
      )}
      {shows('map') && (
        <Region area="map" onRetry={MapPanel.retry}>
          <MapPanel />
        </Region>
      )}
      {shows('chart') && (
        <Region area="chart" onRetry={ChartPanel.retry}>
          <ChartPanel fill />
        </Region>
      )}
    </div>
  );
}

// Embed mode: one view (or all, compact) that fits its frame, a line naming it, and a way to the full view.
import { TimelinePanel } from '@/features/timeline/timeline-panel';
import { PageActions } from '@/features/notices/page-actions';
import { useViewStore } from '@/state/view-store';
import { useMessages } from '@/ui/i18n';
import { APP_MESSAGES } from './app-messages';
import { useFilterTitle } from './filter-title';
import { ChartPanel, MapPanel } from './lazy-views';
import { Region } from './region';

export function EmbedLayout() {
  const t = useMessages(APP_MESSAGES);
  const view = useViewStore((s) => s.embedView);
  const title = useFilterTitle();
  const shows = (area: 'timeline' | 'map' | 'chart') => view === null || view === area;
  return (
    <div className="embed" data-view={view ?? 'all'}>
      <div className="embed-bar">
        <p className="embed-title" title={title}>
          <strong>{view === null ? t.embedAll : t[`region_${view}`]}</strong> · {title}
        </p>
        <PageActions />
      </div>
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

// The workspace: the header band, the filter rail and every view on one screen; on a phone, one view at a time.
import { useState } from 'react';
import { HeaderBar } from '@/features/header/header-bar';
import { FiltersPanel } from '@/features/filters/filters-panel';
import { TimelinePanel } from '@/features/timeline/timeline-panel';
import { DetailsPanel } from '@/features/details/details-panel';
import { LinkNotice } from '@/features/notices/link-notice';
import { PageActions } from '@/features/notices/page-actions';
import { PlaybackControl } from '@/features/playback/playback-control';
import { StoryActions } from '@/features/stories/story-panel';
import { DataActions } from '@/features/data-io/data-actions';
import { DataBanner } from '@/features/data-io/data-banner';
import { PreferenceActions } from '@/features/preferences/preference-actions';
import { useMessages } from '@/ui/i18n';
import { useMediaQuery } from '@/ui/use-media-query';
import { APP_MESSAGES } from './app-messages';
import { useDetailsSheet } from './details-sheet';
import { JumpNav } from './jump-nav';
import { ChartPanel, MapPanel } from './lazy-views';
import { Region } from './region';
import { ViewTabs, type TabArea } from './view-tabs';

/** Phones get one view at a time; the width matches the `phone` media query in workspace.css. */
const PHONE_QUERY = '(max-width: 700px)';
/** From this width the workspace is one screen (workspace.css): the chart fills its region. */
const PANEL_QUERY = '(min-width: 1280px)';

const PHONE_TABS: TabArea[] = ['timeline', 'map', 'chart', 'filters'];

function RailToggle({ folded, onToggle }: { folded: boolean; onToggle: () => void }) {
  const t = useMessages(APP_MESSAGES);
  return (
    <button
      type="button"
      className="rail-toggle"
      aria-expanded={!folded}
      aria-label={folded ? t.showFilters : t.hideFilters}
      title={folded ? t.showFilters : t.hideFilters}
      onClick={onToggle}
    >
      <span aria-hidden="true">{folded ? '»' : '«'}</span>
      {folded && <span className="rail-label">{t.region_filters}</span>}
    </button>
  );
}

export function Workspace() {
  const t = useMessages(APP_MESSAGES);
  const phone = useMediaQuery(PHONE_QUERY);
  const panel = useMediaQuery(PANEL_QUERY);
  const [folded, setFolded] = useState(false);
  const [tab, setTab] = useState<TabArea>('timeline');
  const {
    open: sheetOpen,
    close: closeSheet,
    closeRef,
    onKeyDown,
    onViewsClick,
  } = useDetailsSheet(phone);
  return (
    <div
      className="layout"
      data-rail={!phone && folded ? 'folded' : undefined}
      data-tab={phone ? tab : undefined}
      data-sheet={sheetOpen ? 'open' : undefined}
    >
      {!phone && <JumpNav />}
      <div className="page-top">
        <HeaderBar />
        <section className="page-tools" aria-label={t.tools}>
          <PageActions />
          <DataActions />
          <PreferenceActions />
        </section>
        <LinkNotice />
        <DataBanner />
      </div>
      {phone && <ViewTabs className="phone-tabs" tabs={PHONE_TABS} tab={tab} onTab={setTab} />}
      <Region
        area="filters"
        tools={!phone && <RailToggle folded={folded} onToggle={() => setFolded(!folded)} />}
      >
        <FiltersPanel />
      </Region>
      <main className="views" onClick={onViewsClick}>
        <Region area="timeline">
          {/* Under the axis the run moves, in sight on a 720 px screen and a few Tabs from the top,
              not after the whole list. */}
          <TimelinePanel
            tools={
              <div className="timeline-tools">
                <PlaybackControl />
                <StoryActions />
              </div>
            }
          />
        </Region>
        <Region area="map" onRetry={MapPanel.retry}>
          <MapPanel />
        </Region>
        <Region area="chart" onRetry={ChartPanel.retry}>
          <ChartPanel fill={panel} />
        </Region>
      </main>
      <div className="details-host" onKeyDown={onKeyDown}>
        <Region
          area="details"
          tools={
            sheetOpen && (
              <button
                ref={closeRef}
                type="button"
                className="sheet-close"
                aria-label={t.closeDetails}
                onClick={closeSheet}
              >
                ×
              </button>
            )
          }
        >
          <DetailsPanel />
        </Region>
      </div>
    </div>
  );
}

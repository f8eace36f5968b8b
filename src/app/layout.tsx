// Composes the header and the five regions of PRODUCT.md §2; each region fails on its own.
import { lazy, Suspense, type ReactNode } from 'react';
import { RegionBoundary } from '@/ui/region-boundary';
import { BreakSwitch } from '@/ui/break-switch';
import { HeaderBar } from '@/features/header/header-bar';
import { FiltersPanel } from '@/features/filters/filters-panel';
import { TimelinePanel } from '@/features/timeline/timeline-panel';
import { DetailsPanel } from '@/features/details/details-panel';
import { LinkNotice } from '@/features/notices/link-notice';
import { PageActions } from '@/features/notices/page-actions';
import { DataActions } from '@/features/data-io/data-actions';
import { PreferenceActions } from '@/features/preferences/preference-actions';
import { useAtlasIndex } from '@/state/atlas-context';
import { useUrlSync } from '@/state/url-sync';
import { useEscapeClears } from './use-escape-clears';

// The chart and the map carry the heaviest libraries; they load after the first screen.
const ChartPanel = lazy(() =>
  import('@/features/chart/chart-panel').then((m) => ({ default: m.ChartPanel })),
);
const MapPanel = lazy(() =>
  import('@/features/map/map-panel').then((m) => ({ default: m.MapPanel })),
);

function Region({ label, area, children }: { label: string; area: string; children: ReactNode }) {
  return (
    <section aria-label={label} className={`region region-${area}`}>
      <RegionBoundary label={label}>
        <BreakSwitch area={area} />
        <Suspense fallback={<p className="empty">Loading {label.toLowerCase()}…</p>}>
          {children}
        </Suspense>
      </RegionBoundary>
    </section>
  );
}

export function Layout() {
  useUrlSync(useAtlasIndex());
  useEscapeClears();
  return (
    <div className="layout">
      <div className="page-top">
        <HeaderBar />
        <div className="page-tools">
          <PageActions />
          <DataActions />
          <PreferenceActions />
        </div>
        <LinkNotice />
      </div>
      <Region label="Filters" area="filters">
        <FiltersPanel />
      </Region>
      <main className="views">
        <Region label="Timeline" area="timeline">
          <TimelinePanel />
        </Region>
        <Region label="Cumulative transfers" area="chart">
          <ChartPanel />
        </Region>
        <Region label="Map" area="map">
          <MapPanel />
        </Region>
      </main>
      <Region label="Event details" area="details">
        <DetailsPanel />
      </Region>
    </div>
  );
}

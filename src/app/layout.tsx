// Composes the header and the five regions of PRODUCT.md §2; each region fails on its own.
import { Suspense, type MouseEvent, type ReactNode } from 'react';
import { RegionBoundary } from '@/ui/region-boundary';
import { BreakSwitch } from '@/ui/break-switch';
import { HeaderBar } from '@/features/header/header-bar';
import { FiltersPanel } from '@/features/filters/filters-panel';
import { TimelinePanel } from '@/features/timeline/timeline-panel';
import { DetailsPanel } from '@/features/details/details-panel';
import { LinkNotice } from '@/features/notices/link-notice';
import { PageActions } from '@/features/notices/page-actions';
import { DataActions } from '@/features/data-io/data-actions';
import { DataBanner } from '@/features/data-io/data-banner';
import { PreferenceActions } from '@/features/preferences/preference-actions';
import { useAtlasIndex } from '@/state/atlas-context';
import { useUrlSync } from '@/state/url-sync';
import { fill, useMessages } from '@/ui/i18n';
import { APP_MESSAGES } from './app-messages';
import { retryableLazy } from './retryable-lazy';
import { useEscapeClears } from './use-escape-clears';

// The chart and the map carry the heaviest libraries; they load after the first screen.
const ChartPanel = retryableLazy(() =>
  import('@/features/chart/chart-panel').then((m) => m.ChartPanel),
);
const MapPanel = retryableLazy(() => import('@/features/map/map-panel').then((m) => m.MapPanel));

type Area = 'filters' | 'timeline' | 'chart' | 'map' | 'details';

/** The order the regions stack in on a narrow screen. */
const JUMP_ORDER: Area[] = ['filters', 'timeline', 'map', 'chart', 'details'];

const regionId = (area: Area) => `region-${area}`;

function Region({
  area,
  onRetry,
  children,
}: {
  area: Area;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const t = useMessages(APP_MESSAGES);
  const label = t[`region_${area}`];
  return (
    <section id={regionId(area)} aria-label={label} className={`region region-${area}`}>
      <RegionBoundary label={label} onRetry={onRetry}>
        <BreakSwitch area={area} />
        <Suspense
          fallback={<p className="empty">{fill(t.loadingRegion, { name: label.toLowerCase() })}</p>}
        >
          {children}
        </Suspense>
      </RegionBoundary>
    </section>
  );
}

/** Moves focus with the scroll, so keyboard and screen-reader users land where they jumped. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, area: Area): void {
  const target = document.getElementById(regionId(area));
  if (!target) return;
  // No hash in the address: the link is the shared view, not a scroll position.
  event.preventDefault();
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

/** Skip links first in the tab order (shown on focus); on narrow screens a sticky bar over the stacked regions. */
function JumpNav() {
  const t = useMessages(APP_MESSAGES);
  return (
    <nav className="jump-nav" aria-label={t.jumpLabel}>
      {JUMP_ORDER.map((area) => (
        <a key={area} href={`#${regionId(area)}`} onClick={(e) => jumpTo(e, area)}>
          {t[`jump_${area}`]}
        </a>
      ))}
    </nav>
  );
}

export function Layout() {
  useUrlSync(useAtlasIndex());
  useEscapeClears();
  const t = useMessages(APP_MESSAGES);
  return (
    <div className="layout">
      <JumpNav />
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
      <Region area="filters">
        <FiltersPanel />
      </Region>
      <main className="views">
        <Region area="timeline">
          <TimelinePanel />
        </Region>
        <Region area="chart" onRetry={ChartPanel.retry}>
          <ChartPanel />
        </Region>
        <Region area="map" onRetry={MapPanel.retry}>
          <MapPanel />
        </Region>
      </main>
      <Region area="details">
        <DetailsPanel />
      </Region>
    </div>
  );
}

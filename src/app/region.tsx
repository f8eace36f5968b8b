// One region of the screen: a labelled section that fails on its own and shows a line while it loads.
import { Suspense, type ReactNode } from 'react';
import { BreakSwitch } from '@/ui/break-switch';
import { fill, useMessages } from '@/ui/i18n';
import { RegionBoundary } from '@/ui/region-boundary';
import { APP_MESSAGES } from './app-messages';

export type Area = 'filters' | 'timeline' | 'chart' | 'map' | 'details';

export const regionId = (area: Area) => `region-${area}`;

interface Props {
  area: Area;
  /** Controls of the layout itself (fold, close), before the region's own content. */
  tools?: ReactNode;
  /** What Retry does besides rendering again (re-import a code chunk that failed to load). */
  onRetry?: () => void;
  children: ReactNode;
}

export function Region({ area, tools, onRetry, children }: Props) {
  const t = useMessages(APP_MESSAGES);
  const label = t[`region_${area}`];
  return (
    <section id={regionId(area)} aria-label={label} className={`region region-${area}`}>
      {tools}
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

// One view at a time behind a row of tabs: the workspace on a phone, an embed of all views in a small frame.
import { useMessages } from '@/ui/i18n';
import { APP_MESSAGES } from './app-messages';
import { regionId, type Area } from './region';

export type TabArea = Exclude<Area, 'details'>;

export function ViewTabs<A extends TabArea>({
  tabs,
  tab,
  onTab,
  className,
  mounted = () => true,
}: {
  tabs: readonly A[];
  tab: A;
  onTab: (tab: A) => void;
  className: string;
  /** Whether a tab's region is in the page (hidden or not): only then may the tab point to it. */
  mounted?: (area: A) => boolean;
}) {
  const t = useMessages(APP_MESSAGES);
  return (
    <nav className={className} aria-label={t.viewsLabel}>
      {tabs.map((area) => (
        <button
          key={area}
          type="button"
          aria-pressed={tab === area}
          aria-controls={mounted(area) ? regionId(area) : undefined}
          onClick={() => onTab(area)}
        >
          {t[`jump_${area}`]}
        </button>
      ))}
    </nav>
  );
}

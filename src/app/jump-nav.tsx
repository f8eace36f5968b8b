// Skip links first in the tab order (shown on focus); on mid-size screens a sticky bar over the stacked regions.
import type { MouseEvent } from 'react';
import { useMessages } from '@/ui/i18n';
import { APP_MESSAGES } from './app-messages';
import { regionId, type Area } from './region';

/** The order the regions come in, on screen and in the tab order. */
const JUMP_ORDER: Area[] = ['filters', 'timeline', 'map', 'chart', 'details'];

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

export function JumpNav() {
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

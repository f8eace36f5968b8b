// DOM the map builds (mark hit elements, edge indicators, popups): createElement and textContent, never HTML strings.
import type { AtlasEvent } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import { eventTitle, formatEventDate, formatNumber, placeName } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { textWidth } from '@/ui/text-width';
import { TYPE_COLORS } from '@/ui/palette';
import type { MapText } from './map-messages';
import { DIRECTION_ARROWS, type EdgeIndicator } from './edge-indicators';
import { labelName } from './map-labels';
import type { MapMark } from './map-marks';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** "4 events, 1,494 people transferred" (or detained, when nobody was transferred). */
function markSummary(mark: MapMark, t: MapText, lang: Lang): string {
  const n = mark.count;
  const parts = [n === 1 ? t.oneEvent : fill(t.events, { n: formatNumber(n, lang) })];
  if (mark.transferred > 0)
    parts.push(fill(t.transferred, { n: formatNumber(mark.transferred, lang) }));
  else if (mark.detained > 0)
    parts.push(fill(t.detained, { n: formatNumber(mark.detained, lang) }));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/**
 * The ids each hit element carries. A place with 30,000 of an import's events carries some 300 KB
 * of them: written again on every redraw, they made the map's redraw after a resize the longest task.
 */
const carriedIds = new WeakMap<HTMLElement | SVGElement, string>();

/** Sets the element's `data-event-id` to `ids`, unless it already carries them. */
export function carryEventIds(el: HTMLElement | SVGElement, ids: string): void {
  if (carriedIds.get(el) === ids) return;
  el.dataset.eventId = ids;
  carriedIds.set(el, ids);
}

/**
 * The focusable stand-in for a mark painted on the canvas: transparent, over the disc, carrying every
 * event id, so pointer, keyboard, screen readers and the linked views reach it like any button.
 */
export function markElement(el: HTMLElement, mark: MapMark, t: MapText, lang: Lang): void {
  el.className = 'map-mark';
  el.classList.toggle('is-cluster', mark.cluster);
  el.classList.toggle('is-approximate', mark.approximate);
  const label = `${labelName(mark, lang)}${lang === 'zh' ? '：' : ': '}${markSummary(mark, t, lang)}`;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.title = label;
  carryEventIds(el, mark.idText);
}

const INDICATOR_FONT = 12;
const INDICATOR_HEIGHT = 24;

/** "7 events ↗": points at marks beyond the frame's edge, carries their ids, and frames them when clicked. */
export function indicatorElement(
  indicator: EdgeIndicator<MapMark>,
  t: MapText,
  lang: Lang,
): { el: HTMLButtonElement; width: number; height: number } {
  const count =
    indicator.count === 1 ? t.oneEvent : fill(t.events, { n: formatNumber(indicator.count, lang) });
  const arrow = DIRECTION_ARROWS[indicator.direction] ?? '';
  // Arrows pointing left read first; the rest follow the count.
  const text =
    indicator.direction >= 3 && indicator.direction <= 5
      ? `${arrow} ${count}`
      : `${count} ${arrow}`;
  const places = [
    ...new Set(indicator.items.flatMap((m) => m.places.map((p) => placeName(p, lang)))),
  ];
  const el = element('button', 'map-edge-indicator', text);
  el.type = 'button';
  el.dataset.eventId = indicator.items.map((m) => m.idText).join(' ');
  el.title = fill(t.offscreen, { events: count, places: places.join(lang === 'zh' ? '、' : ', ') });
  el.setAttribute('aria-label', el.title);
  return { el, width: textWidth(text, INDICATOR_FONT) + 20, height: INDICATOR_HEIGHT };
}

/** How many events a popup lists before pointing to zoom or filters. */
const POPUP_LIMIT = 10;

/**
 * The list a group's popup shows, oldest first as in the event list; each item selects its event. A
 * long list shows its latest events (the click selected the latest), saying how many earlier ones
 * it leaves out.
 */
export function popupElement(
  mark: MapMark,
  t: MapText,
  lang: Lang,
  onPick: (event: AtlasEvent) => void,
  onZoom: (() => void) | null,
): HTMLElement {
  const root = element('div', 'map-popup-body');
  root.append(element('p', 'map-popup-title', labelName(mark, lang)));
  root.append(element('p', 'map-popup-meta', markSummary(mark, t, lang)));
  const events = mark.events;
  const hidden = events.length - POPUP_LIMIT;
  if (hidden > 0)
    root.append(element('p', 'map-popup-more', fill(t.earlier, { n: formatNumber(hidden, lang) })));
  const list = element('ul', 'map-popup-list');
  for (const event of events.slice(Math.max(0, hidden))) {
    const item = element('li');
    const button = element('button', 'map-popup-item');
    button.type = 'button';
    button.dataset.eventId = event.id;
    const swatch = element('span', 'map-popup-swatch');
    swatch.style.background = TYPE_COLORS[event.type];
    button.append(
      swatch,
      element('span', 'map-popup-date', formatEventDate(event, lang)),
      element('span', 'map-popup-event', eventTitle(event, lang)),
    );
    button.addEventListener('click', () => onPick(event));
    item.append(button);
    list.append(item);
  }
  root.append(list);
  if (onZoom) {
    const zoom = element('button', 'map-popup-zoom', t.zoomHere);
    zoom.type = 'button';
    zoom.addEventListener('click', onZoom);
    root.append(zoom);
  }
  return root;
}

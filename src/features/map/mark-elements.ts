// DOM for what the map draws by hand (marks, popups, arrow heads, labels): built with createElement and textContent, never HTML strings.
import type { AtlasEvent } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import { eventTitle, formatEventDate, formatNumber, placeName } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { TYPE_COLORS } from '@/ui/palette';
import type { MESSAGES } from './map-messages';
import { markFill, markRadius } from './mark-style';
import type { MapMark } from './map-marks';

type Text = (typeof MESSAGES)['en'];

const SVG_NS = 'http://www.w3.org/2000/svg';

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

/** "Muse", "Muse, Ruili", "Myawaddy, KK Park +2". */
export function markName(mark: MapMark, lang: Lang): string {
  const names = mark.places.slice(0, 2).map((p) => placeName(p, lang));
  const rest = mark.places.length - names.length;
  return rest > 0
    ? `${names.join(lang === 'zh' ? '、' : ', ')} +${rest}`
    : names.join(lang === 'zh' ? '、' : ', ');
}

/** "4 events, 1,494 people transferred" (or detained, when nobody was transferred). */
export function markSummary(mark: MapMark, t: Text, lang: Lang): string {
  const n = mark.count;
  const parts = [n === 1 ? t.oneEvent : fill(t.events, { n: formatNumber(n, lang) })];
  if (mark.transferred > 0)
    parts.push(fill(t.transferred, { n: formatNumber(mark.transferred, lang) }));
  else if (mark.detained > 0)
    parts.push(fill(t.detained, { n: formatNumber(mark.detained, lang) }));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** The focusable mark: a disc (a pie when types mix), a count badge for groups, and every event id. */
export function markElement(mark: MapMark, t: Text, lang: Lang): HTMLElement {
  const size = Math.round(markRadius(mark.people) * 2);
  const el = element('div', 'map-mark');
  if (mark.cluster) el.classList.add('is-cluster');
  if (mark.approximate) el.classList.add('is-approximate');
  el.style.width = `${size}px`;
  el.style.height = `${size}px`;
  const disc = element('span', 'map-mark-disc');
  disc.style.background = markFill(mark.types);
  el.append(disc);
  if (mark.count > 1) {
    el.append(element('span', 'map-mark-count', formatNumber(mark.count, lang)));
  }
  const label = `${markName(mark, lang)}${lang === 'zh' ? '：' : ': '}${markSummary(mark, t, lang)}`;
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.title = label;
  el.dataset.eventId = mark.idText;
  return el;
}

/** How many events a popup lists before pointing to zoom or filters. */
const POPUP_LIMIT = 10;

/** The list a group's popup shows, latest first; each item selects its event. */
export function popupElement(
  mark: MapMark,
  t: Text,
  lang: Lang,
  onPick: (event: AtlasEvent) => void,
  onZoom: (() => void) | null,
): HTMLElement {
  const root = element('div', 'map-popup-body');
  root.append(element('p', 'map-popup-title', markName(mark, lang)));
  root.append(element('p', 'map-popup-meta', markSummary(mark, t, lang)));
  const list = element('ul', 'map-popup-list');
  const latestFirst = [...mark.events].reverse();
  for (const event of latestFirst.slice(0, POPUP_LIMIT)) {
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
  const hidden = latestFirst.length - POPUP_LIMIT;
  if (hidden > 0)
    root.append(element('p', 'map-popup-more', fill(t.more, { n: formatNumber(hidden, lang) })));
  if (onZoom) {
    const zoom = element('button', 'map-popup-zoom', t.zoomHere);
    zoom.type = 'button';
    zoom.addEventListener('click', onZoom);
    root.append(zoom);
  }
  return root;
}

/**
 * An arrow head whose tip touches the destination mark's rim: the element sits at the destination point
 * and is turned about its tip, so it keeps its size at every zoom.
 */
export function arrowHeadElement(
  color: string,
  width: number,
  angleDeg: number,
  gap: number,
): HTMLElement {
  const length = Math.round(7 + width * 1.6);
  const half = Math.round(length * 0.45);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-arrow-head');
  svg.setAttribute('width', String(length));
  svg.setAttribute('height', String(half * 2));
  svg.setAttribute('viewBox', `0 0 ${length} ${half * 2}`);
  svg.setAttribute('aria-hidden', 'true');
  const triangle = document.createElementNS(SVG_NS, 'polygon');
  triangle.setAttribute('points', `0,0 ${length},${half} 0,${half * 2}`);
  triangle.setAttribute('fill', color);
  svg.append(triangle);
  svg.style.left = `${-length}px`;
  svg.style.top = `${-half}px`;
  svg.style.transform = `rotate(${angleDeg.toFixed(1)}deg) translateX(${(-gap).toFixed(1)}px)`;
  const holder = element('div');
  holder.append(svg);
  return holder;
}

export function labelElement(text: string, kind: 'place' | 'country', side: string): HTMLElement {
  return element('div', `map-label map-label-${kind} map-label-${side}`, text);
}

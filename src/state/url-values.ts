// How one value reads and writes in a link: components decoded and encoded, dates, ids, lists, choices, the map view; each refusal names its reason.
import { EVENT_TYPES, isIsoDate, SLUG_RE, type EventType } from '@/data/schema';
import { monthEnd } from '@/domain/calendar';
import { MAP_LIMITS, type MapView } from './view-store';

/** Why part of a link was left out; the notice words each one in the interface language. */
export type IgnoredReason =
  | 'unknown-key'
  | 'repeated-key'
  | 'bad-date'
  | 'reversed-range'
  | 'unknown-type'
  | 'bad-country'
  | 'bad-id'
  | 'too-long'
  | 'bad-map'
  | 'outside-map'
  | 'bad-value'
  | 'unknown-place'
  | 'unknown-actor'
  | 'unknown-story'
  | 'unknown-step';

export const MAX_TEXT_LENGTH = 120;
const MONTH_RE = /^\d{4}-\d{2}$/;
const NUMBER_RE = /^-?\d+(\.\d+)?$/;

type Rejected = { value: string; reason: IgnoredReason };
/** A parsed value (possibly with some list items rejected) or the reason the whole value is invalid. */
export type Parsed<T> =
  { ok: true; value: T; rejected: Rejected[] } | { ok: false; reason: IgnoredReason };

export const ok = <T>(value: T, rejected: Rejected[] = []): Parsed<T> => ({
  ok: true,
  value,
  rejected,
});
export const invalid = <T>(reason: IgnoredReason): Parsed<T> => ({ ok: false, reason });

/** Decodes one component like a form does (`+` is a space); malformed escapes are kept, never thrown. */
export function decodeComponent(raw: string): string {
  if (!/[%+]/.test(raw)) return raw;
  return new URLSearchParams(`x=${raw.replace(/&/g, '%26')}`).get('x') ?? '';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Encodes one component; commas inside a value are encoded so only list separators stay bare. */
export function encodeComponent(value: string): string {
  // encodeURIComponent throws on a lone surrogate; a link must never break the page.
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/** The month form's first or last day, or null when that is no date the page takes. */
function monthEdge(value: string, edge: 'start' | 'end'): string | null {
  if (!MONTH_RE.test(value)) return null;
  const first = `${value}-01`;
  // Checked as a whole, so `0000-01` is refused here rather than written back as a date that is not.
  if (!isIsoDate(first)) return null;
  // to=2024-02 means up to 2024-02-29.
  return edge === 'start' ? first : monthEnd(first);
}

export function parseId(raw: string): Parsed<string | null> {
  const value = decodeComponent(raw).trim();
  return SLUG_RE.test(value) && value.length <= MAX_TEXT_LENGTH ? ok(value) : invalid('bad-id');
}

export function parseDate(edge: 'start' | 'end'): (raw: string) => Parsed<string> {
  return (raw) => {
    const value = decodeComponent(raw).trim();
    if (isIsoDate(value)) return ok(value);
    const date = monthEdge(value, edge);
    return date === null ? invalid('bad-date') : ok(date);
  };
}

/** Why a date range cannot be shown (and so is refused at input and in links), or null. */
export function rangeProblem(
  from: string | null,
  to: string | null,
): 'bad-date' | 'reversed-range' | null {
  if ((from !== null && !isIsoDate(from)) || (to !== null && !isIsoDate(to))) return 'bad-date';
  return from !== null && to !== null && from > to ? 'reversed-range' : null;
}

/** Splits a raw list on bare commas, decodes each item, drops empties and repeats, sorts by `order`. */
export function parseList<T extends string>(
  item: (value: string) => { value: T } | { reason: IgnoredReason },
  order: (a: T, b: T) => number,
): (raw: string) => Parsed<T[]> {
  return (raw) => {
    const values = new Set<T>();
    const rejected: Rejected[] = [];
    for (const part of raw.split(',')) {
      const decoded = decodeComponent(part).trim();
      if (!decoded) continue;
      const result = item(decoded);
      if ('value' in result) values.add(result.value);
      else rejected.push({ value: decoded, reason: result.reason });
    }
    return ok([...values].sort(order), rejected);
  };
}

export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byTypeOrder = (a: EventType, b: EventType) =>
  EVENT_TYPES.indexOf(a) - EVENT_TYPES.indexOf(b);

/** Lists are written sorted and without repeats: the store keeps click order, the link must not. */
export function serializeList<T extends string>(order: (a: T, b: T) => number) {
  return (values: readonly T[]): string | null =>
    values.length ? [...new Set(values)].sort(order).map(encodeComponent).join(',') : null;
}

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Rounds as the link writes: 4 decimals keep ~10 m of position, 2 keep fractional zoom. */
export function round(value: number, decimals: number): number {
  // `+ 0` turns -0 into 0 so a round trip compares equal.
  return Number(value.toFixed(decimals)) + 0;
}

/**
 * The view the map shows for `view`: the zoom snapped to its step within its bounds, the centre
 * inside the region. A link writes this (a view read mid-flight has a zoom between steps) and
 * refuses any other.
 */
export function shownMapView(view: MapView): MapView {
  const { minZoom, maxZoom, zoomStep, south, north, west, east } = MAP_LIMITS;
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    lat: clamp(view.lat, south, north),
    lon: clamp(view.lon, west, east),
    zoom: clamp(Math.round(view.zoom / zoomStep) * zoomStep, minZoom, maxZoom),
  };
}

export function parseMap(raw: string): Parsed<MapView | null> {
  const parts = decodeComponent(raw).split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER_RE.test(p.trim())))
    return invalid('bad-map');
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  // The map would move such a view (clamp the zoom, snap it to a step, pan back inside): refused instead.
  const shown = shownMapView({ lat, lon, zoom });
  if (shown.lat !== lat || shown.lon !== lon || shown.zoom !== zoom) return invalid('outside-map');
  return ok({ lat: round(lat, 4), lon: round(lon, 4), zoom });
}

export function parseChoice<T extends string>(choices: readonly T[]): (raw: string) => Parsed<T> {
  return (raw) => {
    const value = decodeComponent(raw).trim().toLowerCase();
    const choice = choices.find((c) => c === value);
    return choice === undefined ? invalid('bad-value') : ok(choice);
  };
}

export function parseText(max: number): (raw: string) => Parsed<string> {
  return (raw) => {
    const value = decodeComponent(raw);
    return value.length > max ? invalid('too-long') : ok(value);
  };
}

// The URL contract of PRODUCT.md §3 as pure functions: query string <-> view state, one table of keys.
import { EVENT_TYPES, isIsoDate, type EventType } from '@/data/schema';
import { monthEnd } from '@/domain/calendar';
import {
  DEFAULT_VIEW,
  EMBED_VIEWS,
  MAP_LIMITS,
  type EmbedView,
  type Lang,
  type MapView,
  type Mode,
  type Scale,
  type ViewState,
} from './view-store';

/** The part of the view a link carries; theme and hover are the viewer's own business. */
export type UrlView = Pick<
  ViewState,
  | 'filters'
  | 'selectedId'
  | 'selectedTally'
  | 'map'
  | 'scale'
  | 'lang'
  | 'mode'
  | 'embedView'
  | 'story'
  | 'step'
>;

export const DEFAULT_URL_VIEW: UrlView = {
  filters: DEFAULT_VIEW.filters,
  selectedId: DEFAULT_VIEW.selectedId,
  selectedTally: DEFAULT_VIEW.selectedTally,
  map: DEFAULT_VIEW.map,
  scale: DEFAULT_VIEW.scale,
  lang: DEFAULT_VIEW.lang,
  mode: DEFAULT_VIEW.mode,
  embedView: DEFAULT_VIEW.embedView,
  story: DEFAULT_VIEW.story,
  step: DEFAULT_VIEW.step,
};

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

export interface IgnoredParam {
  key: string;
  value: string;
  reason: IgnoredReason;
}

export interface ParsedQuery {
  view: UrlView;
  ignored: IgnoredParam[];
  /** The dataset version the link was made with (`v`), or null when the link does not say. */
  linkVersion: string | null;
}

export const MAX_Q_LENGTH = 200;
const MAX_TEXT_LENGTH = 120;
const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;
const MONTH_RE = /^\d{4}-\d{2}$/;
const NUMBER_RE = /^-?\d+(\.\d+)?$/;
/** A story carried whole in the link: `z1.` then its deflated JSON in base64url (see features/stories). */
export const STORY_LINK_RE = /^z1\.[A-Za-z0-9_-]+$/;
/** Longest `story` value taken: with the rest of a view the link stays under 8,000 characters. */
export const MAX_STORY_VALUE = 7000;

/** One key's value in link form: the URL view flattened to the keys of the table. */
interface LinkFields {
  from: string | null;
  to: string | null;
  type: EventType[];
  origin: string[];
  place: string[];
  actor: string[];
  q: string;
  event: string | null;
  tally: string | null;
  map: MapView | null;
  scale: Scale;
  lang: Lang;
  mode: Mode;
  view: EmbedView | null;
  story: string | null;
  step: number | null;
  v: string | null;
}

export type UrlKey = keyof LinkFields;

type Rejected = { value: string; reason: IgnoredReason };
/** A parsed value (possibly with some list items rejected) or the reason the whole value is invalid. */
type Parsed<T> =
  { ok: true; value: T; rejected: Rejected[] } | { ok: false; reason: IgnoredReason };

interface KeySpec<T> {
  /** Takes the raw, still percent-encoded value so commas inside list items survive. */
  parse: (raw: string) => Parsed<T>;
  /** The encoded value, or null at the default (the key is then left out). */
  serialize: (value: T) => string | null;
}

const ok = <T>(value: T, rejected: Rejected[] = []): Parsed<T> => ({ ok: true, value, rejected });
const invalid = <T>(reason: IgnoredReason): Parsed<T> => ({ ok: false, reason });

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

function parseId(raw: string): Parsed<string | null> {
  const value = decodeComponent(raw).trim();
  return SLUG_RE.test(value) && value.length <= MAX_TEXT_LENGTH ? ok(value) : invalid('bad-id');
}

function parseDate(edge: 'start' | 'end'): (raw: string) => Parsed<string> {
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
function parseList<T extends string>(
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

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTypeOrder = (a: EventType, b: EventType) => EVENT_TYPES.indexOf(a) - EVENT_TYPES.indexOf(b);

/** Lists are written sorted and without repeats: the store keeps click order, the link must not. */
function serializeList<T extends string>(order: (a: T, b: T) => number) {
  return (values: readonly T[]): string | null =>
    values.length ? [...new Set(values)].sort(order).map(encodeComponent).join(',') : null;
}

function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Rounds as the link writes: 4 decimals keep ~10 m of position, 2 keep fractional zoom. */
function round(value: number, decimals: number): number {
  // `+ 0` turns -0 into 0 so a round trip compares equal.
  return Number(value.toFixed(decimals)) + 0;
}

function parseMap(raw: string): Parsed<MapView | null> {
  const parts = decodeComponent(raw).split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER_RE.test(p.trim())))
    return invalid('bad-map');
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  const { minZoom, maxZoom, zoomStep, south, north, west, east } = MAP_LIMITS;
  // The map would move such a view (clamp the zoom, snap it to a step, pan back inside): refused instead.
  const shown =
    lat >= south &&
    lat <= north &&
    lon >= west &&
    lon <= east &&
    zoom >= minZoom &&
    zoom <= maxZoom &&
    Number.isInteger(zoom / zoomStep);
  if (!shown) return invalid('outside-map');
  return ok({ lat: round(lat, 4), lon: round(lon, 4), zoom });
}

function parseChoice<T extends string>(choices: readonly T[]): (raw: string) => Parsed<T> {
  return (raw) => {
    const value = decodeComponent(raw).trim().toLowerCase();
    const choice = choices.find((c) => c === value);
    return choice === undefined ? invalid('bad-value') : ok(choice);
  };
}

function parseText(max: number): (raw: string) => Parsed<string> {
  return (raw) => {
    const value = decodeComponent(raw);
    return value.length > max ? invalid('too-long') : ok(value);
  };
}

/**
 * The URL keys in link order. Defaults serialize to null and are left out, and the order of this
 * table is the order of the link, so the same view always gives the same string.
 */
const KEYS: { [K in UrlKey]: KeySpec<LinkFields[K]> } = {
  from: { parse: parseDate('start'), serialize: (v) => v },
  to: { parse: parseDate('end'), serialize: (v) => v },
  type: {
    parse: parseList(
      (v) =>
        isEventType(v.toLowerCase())
          ? { value: v.toLowerCase() as EventType }
          : { reason: 'unknown-type' },
      byTypeOrder,
    ),
    serialize: serializeList(byTypeOrder),
  },
  origin: {
    parse: parseList(
      (v) => (/^[a-z]{2}$/i.test(v) ? { value: v.toUpperCase() } : { reason: 'bad-country' }),
      byCodeUnits,
    ),
    serialize: serializeList(byCodeUnits),
  },
  place: {
    parse: parseList((v) => (SLUG_RE.test(v) ? { value: v } : { reason: 'bad-id' }), byCodeUnits),
    serialize: serializeList(byCodeUnits),
  },
  actor: {
    parse: parseList(
      (v) => (v.length <= MAX_TEXT_LENGTH ? { value: v } : { reason: 'too-long' }),
      byCodeUnits,
    ),
    serialize: serializeList(byCodeUnits),
  },
  q: {
    parse: parseText(MAX_Q_LENGTH),
    // Blank text filters nothing, so it stays out of the link. Never cut: the search box stops at
    // MAX_Q_LENGTH, so a cut link would filter differently from the page it was copied from.
    serialize: (v) => (v.trim() ? encodeComponent(v) : null),
  },
  event: { parse: parseId, serialize: (v) => v },
  tally: { parse: parseId, serialize: (v) => v },
  map: {
    parse: parseMap,
    // lat,lon,zoom like a map URL (we keep {lat, lon} in the store too, so no axis swap here).
    serialize: (v) =>
      v && [v.lat, v.lon, v.zoom].every(Number.isFinite)
        ? `${round(v.lat, 4)},${round(v.lon, 4)},${round(v.zoom, 2)}`
        : null,
  },
  scale: {
    parse: parseChoice(['linear', 'log'] as const),
    serialize: (v) => (v === DEFAULT_VIEW.scale ? null : v),
  },
  lang: {
    parse: parseChoice(['en', 'zh'] as const),
    serialize: (v) => (v === DEFAULT_VIEW.lang ? null : v),
  },
  mode: {
    parse: parseChoice(['normal', 'present', 'embed'] as const),
    serialize: (v) => (v === DEFAULT_VIEW.mode ? null : v),
  },
  view: {
    parse: parseChoice(EMBED_VIEWS),
    serialize: (v) => v,
  },
  story: {
    parse: (raw) => {
      const value = decodeComponent(raw).trim();
      if (value.length > MAX_STORY_VALUE) return invalid('too-long');
      return (SLUG_RE.test(value) && value.length <= MAX_TEXT_LENGTH) || STORY_LINK_RE.test(value)
        ? ok(value)
        : invalid('bad-id');
    },
    serialize: (v) => v,
  },
  step: {
    parse: (raw) => {
      const value = decodeComponent(raw).trim();
      return /^[1-9]\d{0,2}$/.test(value) ? ok(Number(value)) : invalid('bad-value');
    },
    // Step 1 is where a story starts: left out like any default.
    serialize: (v) => (v === null || v === 1 ? null : String(v)),
  },
  v: {
    parse: (raw) => {
      const value = decodeComponent(raw).trim();
      return value.length <= MAX_TEXT_LENGTH ? ok(value) : invalid('too-long');
    },
    serialize: (v) => (v ? encodeComponent(v) : null),
  },
};

/** The keys in link order. */
export const URL_KEYS = Object.keys(KEYS) as UrlKey[];

function isUrlKey(key: string): key is UrlKey {
  return Object.hasOwn(KEYS, key);
}

function fieldsOf(view: UrlView, version: string | null): LinkFields {
  const { filters } = view;
  return {
    from: filters.from,
    to: filters.to,
    type: filters.types,
    origin: filters.origins,
    place: filters.places,
    actor: filters.actors,
    q: filters.q,
    event: view.selectedId,
    tally: view.selectedTally,
    map: view.map,
    scale: view.scale,
    lang: view.lang,
    mode: view.mode,
    view: view.embedView,
    story: view.story,
    step: view.story === null ? null : view.step,
    v: version,
  };
}

function viewOf(fields: LinkFields): UrlView {
  return {
    filters: {
      from: fields.from,
      to: fields.to,
      types: fields.type,
      origins: fields.origin,
      places: fields.place,
      actors: fields.actor,
      q: fields.q,
    },
    selectedId: fields.event,
    selectedTally: fields.tally,
    map: fields.map,
    scale: fields.scale,
    lang: fields.lang,
    mode: fields.mode,
    embedView: fields.view,
    story: fields.story,
    step: fields.story === null ? null : (fields.step ?? 1),
  };
}

function serializeKey<K extends UrlKey>(key: K, fields: LinkFields): string | null {
  return KEYS[key].serialize(fields[key]);
}

/** The encoded value of every key that is not at its default, in link order. */
export function serializedEntries(
  view: UrlView,
  version: string | null = null,
): [UrlKey, string][] {
  const fields = fieldsOf(view, version);
  return URL_KEYS.flatMap((key) => {
    const value = serializeKey(key, fields);
    return value === null ? [] : [[key, value] as [UrlKey, string]];
  });
}

/** The query string (without `?`) for a view: defaults left out, keys in table order. */
export function serializeView(view: UrlView, version: string | null = null): string {
  return serializedEntries(view, version)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

function setField<K extends UrlKey>(
  fields: LinkFields,
  key: K,
  raw: string,
): Parsed<LinkFields[K]> {
  const parsed = KEYS[key].parse(raw);
  if (parsed.ok) fields[key] = parsed.value;
  return parsed;
}

/** Reads a query string (with or without `?`); never throws: what it cannot use is listed in `ignored`. */
export function parseQuery(search: string): ParsedQuery {
  const fields = fieldsOf(DEFAULT_URL_VIEW, null);
  const ignored: IgnoredParam[] = [];
  const seen = new Set<UrlKey>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    if (!isUrlKey(key)) {
      ignored.push({ key, value: decodeComponent(raw), reason: 'unknown-key' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key, value: decodeComponent(raw), reason: 'repeated-key' });
      continue;
    }
    seen.add(key);
    const value = decodeComponent(raw);
    // An empty value (`q=`) means the default, as if the key were absent.
    if (!value.trim()) continue;
    const parsed = setField(fields, key, raw);
    if (!parsed.ok) ignored.push({ key, value, reason: parsed.reason });
    else for (const r of parsed.rejected) ignored.push({ key, ...r });
  }
  // A reversed range matches nothing; neither end can be trusted, so both are dropped.
  if (fields.from !== null && fields.to !== null && fields.from > fields.to) {
    ignored.push({ key: 'from', value: fields.from, reason: 'reversed-range' });
    ignored.push({ key: 'to', value: fields.to, reason: 'reversed-range' });
    fields.from = null;
    fields.to = null;
  }
  // One thing is selected at a time; the event wins, as the older key.
  if (fields.event !== null && fields.tally !== null) {
    ignored.push({ key: 'tally', value: fields.tally, reason: 'bad-value' });
    fields.tally = null;
  }
  // A step belongs to a story: alone it has nothing to step through.
  if (fields.step !== null && fields.story === null) {
    ignored.push({ key: 'step', value: String(fields.step), reason: 'bad-value' });
    fields.step = null;
  }
  return { view: viewOf(fields), ignored, linkVersion: fields.v };
}

/** The URL part of a full view state. */
export function urlViewOf(state: UrlView): UrlView {
  const { filters, selectedId, selectedTally, map, scale, lang, mode, embedView, story, step } =
    state;
  return { filters, selectedId, selectedTally, map, scale, lang, mode, embedView, story, step };
}

/** The keys whose link value differs between two views (e.g. to tell a chip click from a brush). */
export function changedKeys(a: UrlView, b: UrlView): UrlKey[] {
  const fa = fieldsOf(a, null);
  const fb = fieldsOf(b, null);
  return URL_KEYS.filter((key) => serializeKey(key, fa) !== serializeKey(key, fb));
}

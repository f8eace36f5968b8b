// The URL contract of PRODUCT.md §3 as pure functions: query string <-> view state, through the table of keys.
import { DEFAULT_VIEW, type ViewState } from './view-store';
import {
  isUrlKey,
  parseKey,
  serializeKey,
  URL_KEYS,
  type LinkFields,
  type UrlKey,
} from './url-keys';
import { decodeComponent, type IgnoredReason, type Parsed } from './url-values';

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
  | 'play'
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
  play: DEFAULT_VIEW.play,
  story: DEFAULT_VIEW.story,
  step: DEFAULT_VIEW.step,
};

export interface IgnoredParam {
  key: string;
  value: string;
  reason: IgnoredReason;
}

interface ParsedQuery {
  view: UrlView;
  ignored: IgnoredParam[];
  /** The dataset version the link was made with (`v`), or null when the link does not say. */
  linkVersion: string | null;
}

function fieldsOf(view: UrlView, version: string | null): LinkFields {
  const { filters } = view;
  return {
    from: filters.from,
    to: filters.to,
    play: view.play,
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
    play: fields.play,
    story: fields.story,
    step: fields.story === null ? null : (fields.step ?? 1),
  };
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
  const parsed = parseKey(key, raw);
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
  // A run stands somewhere before its last day: without `to`, or past `play`, it has no position.
  if (fields.play !== null && (fields.to === null || fields.to > fields.play)) {
    ignored.push({ key: 'play', value: fields.play, reason: 'bad-value' });
    fields.play = null;
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
  const { filters, selectedId, selectedTally, map, scale, lang, mode, embedView, play } = state;
  const { story, step } = state;
  return {
    filters,
    selectedId,
    selectedTally,
    map,
    scale,
    lang,
    mode,
    embedView,
    play,
    story,
    step,
  };
}

/** The keys whose link value differs between two views (e.g. to tell a chip click from a brush). */
export function changedKeys(a: UrlView, b: UrlView): UrlKey[] {
  const fa = fieldsOf(a, null);
  const fb = fieldsOf(b, null);
  return URL_KEYS.filter((key) => serializeKey(key, fa) !== serializeKey(key, fb));
}

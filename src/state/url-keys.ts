// The URL keys of PRODUCT.md §3 in link order, one table: each key's value in link form and its parse/serialize pair.
import { SLUG_RE, type EventType } from '@/data/schema';
import {
  DEFAULT_VIEW,
  EMBED_VIEWS,
  type EmbedView,
  type Lang,
  type MapView,
  type Mode,
  type Scale,
} from './view-store';
import {
  byCodeUnits,
  byTypeOrder,
  decodeComponent,
  encodeComponent,
  invalid,
  isEventType,
  MAX_TEXT_LENGTH,
  ok,
  parseChoice,
  parseDate,
  parseId,
  parseList,
  parseMap,
  parseText,
  round,
  serializeList,
  shownMapView,
  type Parsed,
} from './url-values';

export const MAX_Q_LENGTH = 200;
/** A story carried whole in the link: `z1.` then its deflated JSON in base64url (see features/stories). */
export const STORY_LINK_RE = /^z1\.[A-Za-z0-9_-]+$/;
/** Longest `story` value taken: with the rest of a view the link stays under 8,000 characters. */
export const MAX_STORY_VALUE = 7000;

/** One key's value in link form: the URL view flattened to the keys of the table. */
export interface LinkFields {
  from: string | null;
  to: string | null;
  play: string | null;
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

interface KeySpec<T> {
  /** Takes the raw, still percent-encoded value so commas inside list items survive. */
  parse: (raw: string) => Parsed<T>;
  /** The encoded value, or null at the default (the key is then left out). */
  serialize: (value: T) => string | null;
}

/**
 * The URL keys in link order. Defaults serialize to null and are left out, and the order of this
 * table is the order of the link, so the same view always gives the same string.
 */
const KEYS: { [K in UrlKey]: KeySpec<LinkFields[K]> } = {
  from: { parse: parseDate('start'), serialize: (v) => v },
  to: { parse: parseDate('end'), serialize: (v) => v },
  // A paused playback run: `to` is where it stands, `play` the day it runs to.
  play: { parse: parseDate('end'), serialize: (v) => v },
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
    serialize: (v) => {
      if (!v || ![v.lat, v.lon, v.zoom].every(Number.isFinite)) return null;
      // A view read mid-flight (a link copied while the map flies to a story step) has a zoom
      // between steps, which the link would refuse: the nearest view the map can show is written.
      const { lat, lon, zoom } = shownMapView(v);
      return `${round(lat, 4)},${round(lon, 4)},${round(zoom, 2)}`;
    },
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

export function isUrlKey(key: string): key is UrlKey {
  return Object.hasOwn(KEYS, key);
}

/** One key's encoded value, or null at its default. */
export function serializeKey<K extends UrlKey>(key: K, fields: LinkFields): string | null {
  return KEYS[key].serialize(fields[key]);
}

/** One key's value read from its raw (still percent-encoded) form. */
export function parseKey<K extends UrlKey>(key: K, raw: string): Parsed<LinkFields[K]> {
  return KEYS[key].parse(raw);
}

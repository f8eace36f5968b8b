// Property: any view the page can show, written to the address bar and opened in a fresh store, is the same view.
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { EVENT_TYPES } from '@/data/schema';
import { buildIndex } from '@/domain/dataset-index';
import { makeDataset } from '@/testing/fixtures';
import { urlViewOf, type UrlView } from './url-codec';
import { MAX_Q_LENGTH } from './url-keys';
import { resetLinkNotice, seedViewFromUrl, startUrlSync, useLinkNotice } from './url-sync';
import { DEFAULT_VIEW, MAP_LIMITS, useViewStore } from './view-store';

const dataset = makeDataset();
const index = buildIndex(dataset);

/** Days the date fields take (years 100 to 9999), as the inputs give them. */
const day = fc
  .date({
    min: new Date('0100-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Where the map can be: inside the base map, at a zoom step, at the precision it reports. */
const mapView = fc.record({
  lat: fc.integer({ min: MAP_LIMITS.south * 1e4, max: MAP_LIMITS.north * 1e4 }).map((n) => n / 1e4),
  lon: fc.integer({ min: MAP_LIMITS.west * 1e4, max: MAP_LIMITS.east * 1e4 }).map((n) => n / 1e4),
  zoom: fc
    .integer({
      min: MAP_LIMITS.minZoom / MAP_LIMITS.zoomStep,
      max: MAP_LIMITS.maxZoom / MAP_LIMITS.zoomStep,
    })
    .map((n) => n * MAP_LIMITS.zoomStep),
});

/** Chips and pickers are clicked in any order, some twice (which turns them off again). */
const clicks = <T extends string>(values: readonly T[]) =>
  fc.array(fc.constantFrom(...values), { maxLength: 6 });

/** The page's own controls, driven at random: only what they let a reader do. */
const session = fc.record({
  range: fc.tuple(fc.option(day), fc.option(day)),
  types: clicks(EVENT_TYPES),
  origins: clicks([...new Set(dataset.events.map((e) => e.origin))]),
  places: clicks(dataset.places.map((p) => p.id)),
  actors: clicks([...new Set(dataset.events.flatMap((e) => e.actors))]),
  // Anything typed or pasted: the search box keeps at most MAX_Q_LENGTH code units.
  q: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    // Around the limit too: fast-check keeps strings short unless told.
    fc.string({ unit: 'grapheme', minLength: MAX_Q_LENGTH - 10, maxLength: MAX_Q_LENGTH + 20 }),
  ),
  selectedId: fc.option(fc.constantFrom(...dataset.events.map((e) => e.id))),
  map: fc.option(mapView),
  scale: fc.constantFrom('linear', 'log'),
  lang: fc.constantFrom('en', 'zh'),
  mode: fc.constantFrom('normal', 'present', 'embed'),
});

type Session = typeof session extends fc.Arbitrary<infer S> ? S : never;

/** What the search box keeps of typed or pasted text: maxLength counts code units, and Chromium
 * cuts before a surrogate pair rather than through it. */
function keptBySearchBox(text: string): string {
  const kept = text.slice(0, MAX_Q_LENGTH);
  return /[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept;
}

function play(s: Session): void {
  const store = useViewStore.getState();
  const [a, b] = s.range;
  // The date fields refuse a reversed range, so one that is applied runs forwards.
  if (a !== null && b !== null && a > b) store.setRange(b, a);
  else store.setRange(a, b);
  for (const type of s.types) store.toggle('types', type);
  for (const origin of s.origins) store.toggle('origins', origin);
  for (const place of s.places) store.toggle('places', place);
  for (const actor of s.actors) store.toggle('actors', actor);
  store.setFilters({ q: keptBySearchBox(s.q) });
  store.select(s.selectedId);
  store.setMap(s.map);
  store.setScale(s.scale);
  store.setLang(s.lang);
  store.setMode(s.mode);
}

/** The view as a reader sees it: lists are sets (the link sorts them), blank search is no search. */
function seen(view: UrlView) {
  const sorted = (list: readonly string[]) => [...list].sort();
  const { filters } = view;
  return {
    ...view,
    filters: {
      ...filters,
      types: sorted(filters.types),
      origins: sorted(filters.origins),
      places: sorted(filters.places),
      actors: sorted(filters.actors),
      q: filters.q.trim() ? filters.q : '',
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

it('serialize, open in a fresh store: the same view, and nothing reported as ignored', () => {
  fc.assert(
    fc.property(session, (s) => {
      window.history.replaceState(null, '', '/');
      useViewStore.setState(DEFAULT_VIEW);
      resetLinkNotice();
      const stop = startUrlSync(index);
      play(s);
      // Stopping flushes the throttled write: the address bar now holds the link.
      stop();
      const shown = seen(urlViewOf(useViewStore.getState()));

      useViewStore.setState(DEFAULT_VIEW);
      resetLinkNotice();
      seedViewFromUrl(window.location.search);
      startUrlSync(index)();
      expect(seen(urlViewOf(useViewStore.getState()))).toEqual(shown);
      expect(useLinkNotice.getState().ignored).toEqual([]);
    }),
    { numRuns: 200 },
  );
  // Two hundred full sync cycles: seconds on a busy two-core machine.
}, 30_000);

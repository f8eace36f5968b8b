// The URL codec: round trips, defaults left out, a stable key order, and no input that can make it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@/data/schema';
import {
  changedKeys,
  DEFAULT_URL_VIEW,
  parseQuery,
  serializeView,
  type UrlView,
} from './url-codec';
import { MAX_Q_LENGTH, URL_KEYS } from './url-keys';
import { EMBED_VIEWS, MAP_LIMITS } from './view-store';

const sortedUnique = <T extends string>(arb: fc.Arbitrary<T>, order?: (a: T, b: T) => number) =>
  fc.uniqueArray(arb, { maxLength: 5 }).map((list) => [...list].sort(order));

/** Every day the page takes (and so the date fields accept): years 100 to 9999. */
const isoDay = fc
  .date({
    min: new Date('0100-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Text a person could type: any well-formed Unicode, not blank, no edge whitespace (trimmed on read). */
const trimmedText = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= maxLength);

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

/** A view the map can show, at the precision the link writes: 4 decimals, zoom in the map's steps. */
const mapView = fc.record({
  lat: fc
    .integer({ min: MAP_LIMITS.south * 10_000, max: MAP_LIMITS.north * 10_000 })
    .map((n) => n / 10_000),
  lon: fc
    .integer({ min: MAP_LIMITS.west * 10_000, max: MAP_LIMITS.east * 10_000 })
    .map((n) => n / 10_000),
  zoom: fc
    .integer({
      min: MAP_LIMITS.minZoom / MAP_LIMITS.zoomStep,
      max: MAP_LIMITS.maxZoom / MAP_LIMITS.zoomStep,
    })
    .map((n) => n * MAP_LIMITS.zoomStep),
});

const urlView: fc.Arbitrary<UrlView> = fc
  .record({
    range: fc.tuple(fc.option(isoDay), fc.option(isoDay)),
    // A paused run's last day: kept only with a `to` at or before it.
    play: fc.option(isoDay),
    types: sortedUnique(
      fc.constantFrom(...EVENT_TYPES),
      (a, b) => EVENT_TYPES.indexOf(a) - EVENT_TYPES.indexOf(b),
    ),
    origins: sortedUnique(fc.stringMatching(/^[A-Z]{2}$/)),
    places: sortedUnique(slug),
    actors: sortedUnique(trimmedText(40)),
    q: fc.oneof(
      fc.constant(''),
      fc
        .string({ unit: 'grapheme', maxLength: MAX_Q_LENGTH })
        .filter((s) => s.trim() !== '' && s.length <= MAX_Q_LENGTH),
    ),
    // An event or a tally is selected, never both.
    selection: fc.oneof(
      fc.constant({ selectedId: null, selectedTally: null }),
      slug.map((id) => ({ selectedId: id, selectedTally: null })),
      slug.map((id) => ({ selectedId: null, selectedTally: id })),
    ),
    map: fc.option(mapView),
    scale: fc.constantFrom('linear', 'log'),
    lang: fc.constantFrom('en', 'zh'),
    mode: fc.constantFrom('normal', 'present', 'embed'),
    embedView: fc.option(fc.constantFrom(...EMBED_VIEWS)),
    // A step only comes with a story; a story without one plays from step 1.
    story: fc.option(
      fc.record({
        story: fc.oneof(slug, fc.stringMatching(/^z1\.[A-Za-z0-9_-]{1,200}$/)),
        step: fc.integer({ min: 1, max: 999 }),
      }),
    ),
  })
  .map(
    ({
      range: [a, b],
      play,
      types,
      origins,
      places,
      actors,
      q,
      selection,
      map,
      scale,
      lang,
      mode,
      embedView,
      story,
    }) => {
      // A valid range has from <= to.
      const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      return {
        filters: { from, to, types, origins, places, actors, q },
        ...selection,
        map,
        scale,
        lang,
        mode,
        embedView,
        play: to !== null && play !== null ? (play > to ? play : to) : null,
        story: story?.story ?? null,
        step: story?.step ?? null,
      };
    },
  );

const version = fc.option(fc.stringMatching(/^\d{4}-\d{2}-\d{2}\.\d{1,3}$/));

const HOSTILE = [
  '<script>alert(1)</script>',
  'foo=<script>alert(1)</script>',
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  'type=%',
  'actor=%E0%A4%A,%%,Ming%20family',
  'map=%',
  'map=1e3,2,3',
  'map=NaN,NaN,NaN',
  'from=2023-02-30&to=2023-13',
  '&&&=&==&',
  '?',
  '??type=raid',
  '__proto__=1&constructor=2&toString=3&hasOwnProperty=4',
  'q=' + 'x'.repeat(100_000),
  'type=' + 'raid,'.repeat(10_000),
  '\u0000=\u0000',
  'event=../../etc/passwd',
];

// Property runs are quick alone, but the suite shares two cores with builds: allow for that.
const PROPERTY_TIMEOUT = { timeout: 30_000 };

describe('parseQuery(serializeView(view)) round trip', PROPERTY_TIMEOUT, () => {
  it('gives back every valid view and the version', () => {
    fc.assert(
      fc.property(urlView, version, (view, v) => {
        const parsed = parseQuery(serializeView(view, v));
        expect(parsed.view).toEqual(view);
        expect(parsed.linkVersion).toBe(v);
        expect(parsed.ignored).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('also reads the link with a leading ?', () => {
    fc.assert(
      fc.property(urlView, (view) => {
        expect(parseQuery(`?${serializeView(view)}`).view).toEqual(view);
      }),
    );
  });

  it('is a fixed point: serializing what was parsed gives the same link', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const once = serializeView(parseQuery(search).view);
        expect(serializeView(parseQuery(once).view)).toBe(once);
      }),
    );
  });
});

describe('parseQuery never throws', PROPERTY_TIMEOUT, () => {
  const check = (search: string) => {
    const parsed = parseQuery(search);
    expect(parsed.view.filters.q.length).toBeLessThanOrEqual(MAX_Q_LENGTH);
    // What it read serializes again without throwing.
    serializeView(parsed.view, parsed.linkVersion);
  };

  it('on any string, including arbitrary UTF-16', () => {
    fc.assert(fc.property(fc.string(), check), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 200 });
  });

  it('on random pairs of known keys and percent-heavy values', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...URL_KEYS), fc.string()),
            fc.oneof(fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[%,0-9A-Fa-f.+-]*$/)),
          ),
          { maxLength: 8 },
        ),
        (pairs) => check(pairs.map(([k, v]) => `${k}=${v}`).join('&')),
      ),
      { numRuns: 200 },
    );
  });

  it('on hostile inputs', () => {
    for (const search of HOSTILE) check(search);
  });

  it('serializes any store text, even a lone surrogate, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (q) => {
        const view = { ...DEFAULT_URL_VIEW, filters: { ...DEFAULT_URL_VIEW.filters, q } };
        expect(() => serializeView(view)).not.toThrow();
      }),
    );
  });
});

describe('serializeView', PROPERTY_TIMEOUT, () => {
  it('leaves out every key at its default', () => {
    expect(serializeView(DEFAULT_URL_VIEW)).toBe('');
    expect(serializeView(DEFAULT_URL_VIEW, '2026-11-22.1')).toBe('v=2026-11-22.1');
  });

  it('writes a map view read mid-flight as a view the link takes back (a zoom between steps)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (lat, lon, zoom) => {
          const link = serializeView({ ...DEFAULT_URL_VIEW, map: { lat, lon, zoom } });
          const { view, ignored } = parseQuery(link);
          expect(ignored).toEqual([]);
          expect(view.map).not.toBeNull();
          // The nearest step: never more than half a step away from a zoom the map allows.
          const allowed = Math.min(MAP_LIMITS.maxZoom, Math.max(MAP_LIMITS.minZoom, zoom));
          expect(Math.abs(view.map!.zoom - allowed)).toBeLessThanOrEqual(MAP_LIMITS.zoomStep / 2);
        },
      ),
    );
    // The link the second helper copied one second into a step's flight.
    expect(
      serializeView({ ...DEFAULT_URL_VIEW, map: { lat: 20.9205, lon: 100.0526, zoom: 6.03 } }),
    ).toBe('map=20.9205,100.0526,6');
  });

  it('never writes a key at its default value', () => {
    fc.assert(
      fc.property(urlView, (view) => {
        const keys = serializeView(view)
          .split('&')
          .filter(Boolean)
          .map((pair) => pair.split('=')[0]);
        expect(keys.includes('scale')).toBe(view.scale !== 'linear');
        expect(keys.includes('lang')).toBe(view.lang !== 'en');
        expect(keys.includes('mode')).toBe(view.mode !== 'normal');
        expect(keys.includes('view')).toBe(view.embedView !== null);
        expect(keys.includes('type')).toBe(view.filters.types.length > 0);
        expect(keys.includes('event')).toBe(view.selectedId !== null);
        expect(keys.includes('map')).toBe(view.map !== null);
      }),
    );
  });

  it('writes keys in the table order, whatever order the view was built in', () => {
    fc.assert(
      fc.property(urlView, version, (view, v) => {
        const keys = serializeView(view, v)
          .split('&')
          .filter(Boolean)
          .map((pair) => pair.split('=')[0] ?? '');
        const positions = keys.map((k) => URL_KEYS.indexOf(k as (typeof URL_KEYS)[number]));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
    expect(URL_KEYS).toEqual([
      'from',
      'to',
      'play',
      'type',
      'origin',
      'place',
      'actor',
      'q',
      'event',
      'tally',
      'map',
      'scale',
      'lang',
      'mode',
      'view',
      'story',
      'step',
      'v',
    ]);
  });

  it('gives one link for one view, whatever order the chips were clicked in', () => {
    const a = {
      ...DEFAULT_URL_VIEW,
      filters: {
        ...DEFAULT_URL_VIEW.filters,
        types: ['raid' as const, 'transfer' as const],
        origins: ['MM', 'LA'],
      },
    };
    const b = {
      ...DEFAULT_URL_VIEW,
      filters: {
        ...DEFAULT_URL_VIEW.filters,
        types: ['transfer' as const, 'raid' as const],
        origins: ['LA', 'MM'],
      },
    };
    expect(serializeView(a)).toBe(serializeView(b));
    expect(serializeView(a)).toBe('type=transfer,raid&origin=LA,MM');
  });

  it('keeps list commas readable and encodes commas inside a value', () => {
    const view = {
      ...DEFAULT_URL_VIEW,
      filters: { ...DEFAULT_URL_VIEW.filters, actors: ['Ming family', 'Wei, Huairen'] },
    };
    const query = serializeView(view);
    expect(query).toBe('actor=Ming%20family,Wei%2C%20Huairen');
    expect(parseQuery(query).view.filters.actors).toEqual(['Ming family', 'Wei, Huairen']);
  });

  it('rounds the map as documented', () => {
    const view = { ...DEFAULT_URL_VIEW, map: { lat: 23.123456, lon: 99.4, zoom: 7.0049 } };
    expect(serializeView(view)).toBe('map=23.1235,99.4,7');
  });
});

describe('parseQuery', () => {
  it('reads the presenter example of PRODUCT.md', () => {
    const { view, ignored } = parseQuery(
      '?from=2023-09&to=2024-04&type=transfer,raid&origin=MM,LA&place=muse&actor=Ming%20family&q=Kokang&event=2023-11-18-muse-handover&map=23.2,99.4,7&scale=log&lang=zh&mode=present&v=2026-11-22.1',
    );
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      filters: {
        from: '2023-09-01',
        to: '2024-04-30',
        types: ['transfer', 'raid'],
        origins: ['LA', 'MM'],
        places: ['muse'],
        actors: ['Ming family'],
        q: 'Kokang',
      },
      selectedId: '2023-11-18-muse-handover',
      selectedTally: null,
      map: { lat: 23.2, lon: 99.4, zoom: 7 },
      scale: 'log',
      lang: 'zh',
      mode: 'present',
      embedView: null,
      play: null,
      story: null,
      step: null,
    });
  });

  it('reads a selected tally, and keeps the event when a link names both', () => {
    expect(parseQuery('tally=2024-04-01-myanmar-48000').view).toMatchObject({
      selectedId: null,
      selectedTally: '2024-04-01-myanmar-48000',
    });
    const both = parseQuery('event=2023-11-18-muse-handover&tally=2024-04-01-myanmar-48000');
    expect(both.view).toMatchObject({
      selectedId: '2023-11-18-muse-handover',
      selectedTally: null,
    });
    expect(both.ignored).toEqual([
      { key: 'tally', value: '2024-04-01-myanmar-48000', reason: 'bad-value' },
    ]);
    expect(parseQuery('tally=<b>x</b>').ignored).toEqual([
      { key: 'tally', value: '<b>x</b>', reason: 'bad-id' },
    ]);
  });

  it('reads the embedded view of PRODUCT.md and ignores a view it does not know', () => {
    expect(parseQuery('origin=LA&mode=embed&view=chart').view.embedView).toBe('chart');
    expect(parseQuery('mode=embed&view=Timeline').view.embedView).toBe('timeline');
    const { view, ignored } = parseQuery('mode=embed&view=table');
    expect(view.embedView).toBeNull();
    expect(ignored).toEqual([{ key: 'view', value: 'table', reason: 'bad-value' }]);
  });

  it('ends a month range on the last day of the month, leap years included', () => {
    expect(parseQuery('to=2024-02').view.filters.to).toBe('2024-02-29');
    expect(parseQuery('to=2023-02').view.filters.to).toBe('2023-02-28');
    expect(parseQuery('to=2023-12').view.filters.to).toBe('2023-12-31');
    expect(parseQuery('from=2023-12').view.filters.from).toBe('2023-12-01');
  });

  it('reports unknown keys and invalid values, keeping the valid rest', () => {
    const { view, ignored } = parseQuery(
      'type=kidnap,raid&foo=%3Cscript%3E&map=abc&from=2023-02-30&origin=Myanmar,MM&scale=huge&event=Not%20A%20Slug',
    );
    expect(view.filters.types).toEqual(['raid']);
    expect(view.filters.origins).toEqual(['MM']);
    expect(view.map).toBeNull();
    expect(view.filters.from).toBeNull();
    expect(view.scale).toBe('linear');
    expect(view.selectedId).toBeNull();
    expect(ignored).toEqual([
      { key: 'type', value: 'kidnap', reason: 'unknown-type' },
      { key: 'foo', value: '<script>', reason: 'unknown-key' },
      { key: 'map', value: 'abc', reason: 'bad-map' },
      { key: 'from', value: '2023-02-30', reason: 'bad-date' },
      { key: 'origin', value: 'Myanmar', reason: 'bad-country' },
      { key: 'scale', value: 'huge', reason: 'bad-value' },
      { key: 'event', value: 'Not A Slug', reason: 'bad-id' },
    ]);
  });

  it('rejects a reversed range and a malformed map', () => {
    const reversed = parseQuery('from=2024-05&to=2024-04');
    expect(reversed.view.filters).toMatchObject({ from: null, to: null });
    expect(reversed.ignored.map((p) => p.reason)).toEqual(['reversed-range', 'reversed-range']);
    for (const map of ['1,2', '1,2,3,4', '1,,2', '1,2,x']) {
      expect(parseQuery(`map=${map}`).ignored).toEqual([
        { key: 'map', value: map, reason: 'bad-map' },
      ]);
    }
  });

  it('refuses a map view the map would move: zoom out of range or off its steps, centre off the base map', () => {
    // 15 was clamped to 11 and 7.3 snapped to 7.5 by the map; 0,0 lies off the base map.
    for (const map of ['22,100,15', '22,100,3.5', '22,100,7.3', '0,0,5', '91,0,5', '22,181,5']) {
      expect(parseQuery(`map=${map}`).ignored).toEqual([
        { key: 'map', value: map, reason: 'outside-map' },
      ]);
    }
    expect(parseQuery('map=22,100,11').view.map).toEqual({ lat: 22, lon: 100, zoom: 11 });
    expect(parseQuery('map=-4,80,4').view.map).toEqual({ lat: -4, lon: 80, zoom: 4 });
  });

  it('refuses a month the page cannot show instead of rewriting it to a date it would refuse', () => {
    for (const raw of ['0000-01', '0099-12', '2024-13', '2024-00']) {
      const { view, ignored } = parseQuery(`from=${raw}&to=${raw}`);
      expect([view.filters.from, view.filters.to]).toEqual([null, null]);
      expect(ignored.map((p) => p.reason)).toEqual(['bad-date', 'bad-date']);
    }
    expect(parseQuery('from=0100-01&to=0100-02').view.filters).toMatchObject({
      from: '0100-01-01',
      to: '0100-02-28',
    });
  });

  it('never cuts a search: one longer than a link carries is refused by name, not shortened', () => {
    const q = `Myawaddy ${'x'.repeat(MAX_Q_LENGTH - 5)}`;
    const view = { ...DEFAULT_URL_VIEW, filters: { ...DEFAULT_URL_VIEW.filters, q } };
    const { view: opened, ignored } = parseQuery(serializeView(view));
    expect(opened.filters.q).toBe('');
    expect(ignored).toEqual([{ key: 'q', value: q, reason: 'too-long' }]);
  });

  it('uses the first of a repeated key and reports the rest', () => {
    const { view, ignored } = parseQuery('scale=log&scale=linear');
    expect(view.scale).toBe('log');
    expect(ignored).toEqual([{ key: 'scale', value: 'linear', reason: 'repeated-key' }]);
  });

  it('treats an empty value as the default, and too long a text as invalid', () => {
    expect(parseQuery('q=&type=').ignored).toEqual([]);
    expect(parseQuery(`q=${'x'.repeat(MAX_Q_LENGTH + 1)}`).ignored[0]?.reason).toBe('too-long');
    expect(parseQuery('q=Kokang+raid').view.filters.q).toBe('Kokang raid');
  });
});

describe('changedKeys', () => {
  it('names exactly the keys whose link value differs', () => {
    const moved = { ...DEFAULT_URL_VIEW, map: { lat: 1, lon: 2, zoom: 3 } };
    expect(changedKeys(DEFAULT_URL_VIEW, moved)).toEqual(['map']);
    const reordered = {
      ...DEFAULT_URL_VIEW,
      filters: { ...DEFAULT_URL_VIEW.filters, origins: ['MM', 'LA'] },
    };
    const sorted = {
      ...DEFAULT_URL_VIEW,
      filters: { ...DEFAULT_URL_VIEW.filters, origins: ['LA', 'MM'] },
    };
    expect(changedKeys(reordered, sorted)).toEqual([]);
  });
});

describe('story and step', () => {
  it('reads a bundled story id or an encoded story with its step, and writes step 1 as nothing', () => {
    const { view, ignored } = parseQuery('story=from-31000-to-57000&step=3');
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({ story: 'from-31000-to-57000', step: 3 });
    expect(serializeView(view)).toBe('story=from-31000-to-57000&step=3');
    expect(serializeView({ ...view, step: 1 })).toBe('story=from-31000-to-57000');
    expect(parseQuery('story=z1.abc_-9Z').view).toMatchObject({ story: 'z1.abc_-9Z', step: 1 });
  });

  it('names a bad story, a bad step and a step without a story, and keeps the rest', () => {
    expect(parseQuery('story=<b>&step=2').ignored).toEqual([
      { key: 'story', value: '<b>', reason: 'bad-id' },
      { key: 'step', value: '2', reason: 'bad-value' },
    ]);
    expect(parseQuery('story=a&step=0').ignored).toEqual([
      { key: 'step', value: '0', reason: 'bad-value' },
    ]);
    expect(parseQuery('story=a&step=0').view.step).toBe(1);
    expect(parseQuery(`story=z1.${'a'.repeat(8000)}`).ignored[0]?.reason).toBe('too-long');
  });
});

describe('play (a paused playback run)', () => {
  it('reads the run with its position and writes it after `to`', () => {
    const { view, ignored } = parseQuery('to=2024-06&play=2026-02-03&type=transfer');
    expect(ignored).toEqual([]);
    expect(view.filters.to).toBe('2024-06-30');
    expect(view.play).toBe('2026-02-03');
    expect(serializeView(view)).toBe('to=2024-06-30&play=2026-02-03&type=transfer');
    expect(serializeView({ ...view, play: null })).toBe('to=2024-06-30&type=transfer');
  });

  it('drops a run without a position, or with its position past its last day', () => {
    expect(parseQuery('play=2026-02-03').ignored).toEqual([
      { key: 'play', value: '2026-02-03', reason: 'bad-value' },
    ]);
    const past = parseQuery('to=2026-03-31&play=2026-02-03');
    expect(past.view.play).toBeNull();
    expect(past.view.filters.to).toBe('2026-03-31');
    expect(past.ignored).toEqual([{ key: 'play', value: '2026-02-03', reason: 'bad-value' }]);
    expect(parseQuery('to=2024-06-30&play=soon').ignored).toEqual([
      { key: 'play', value: 'soon', reason: 'bad-date' },
    ]);
  });
});

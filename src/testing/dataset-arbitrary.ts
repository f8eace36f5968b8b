// fast-check generator of valid datasets whose text is as hostile as the format allows (separators, quotes, bidi, formulas).
import fc from 'fast-check';
import {
  COUNT_KEYS,
  EVENT_TYPES,
  type AtlasEvent,
  type Citation,
  type Dataset,
  type Place,
  type Source,
} from '@/data/schema';

/**
 * Pieces of text that broke an export or import once: CSV and list separators, quote marks,
 * line breaks, spreadsheet formula starters, bidi controls, escape characters, Object's own keys.
 */
const UNITS = [
  'a',
  'Z',
  '移',
  ' ',
  ',',
  ';',
  '; ',
  '|',
  ' | ',
  ':',
  ': ',
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '\u202E',
  '\u2066',
  '\u2068',
  '\u2069',
  '\u00A0',
  '__proto__',
  'constructor',
];

/** Any short string of the units above (may be blank). */
const oddString = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 8 });
/** A non-empty one: CSV writes an absent optional field and an empty one alike, as an empty cell. */
const someString = oddString.filter((s) => s !== '');
/** A non-blank one: what the schema asks of titles, names and quotes. */
const oddText = oddString.filter((s) => s.trim() !== '');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const DATES = ['2023-05-02', '2023-11-18', '2024-02-29', '2025-12-31'];
const PLACE_IDS = ['muse', 'constructor', 'p-2'];
const SOURCE_IDS = ['xinhua', 'tostring', 's-3'];
const ORIGINS = ['MM', 'LA', 'TH'];

/** A quote that carries `value` (the validator's rule), between hostile text that holds no digit. */
const quoteOf = (value: number | undefined): fc.Arbitrary<string> =>
  fc
    .tuple(oddString, oddString)
    .map(([a, b]) => (value === undefined ? `x${a}${b}` : `${a} ${value} ${b}`))
    .filter((q) => q.trim() !== '');

const citationsOf = (value: number | undefined): fc.Arbitrary<Citation[]> =>
  fc
    .array(fc.record({ source: fc.constantFrom(...SOURCE_IDS), quote: quoteOf(undefined) }), {
      maxLength: 2,
    })
    .chain((rest) =>
      fc
        .record({ source: fc.constantFrom(...SOURCE_IDS), quote: quoteOf(value) })
        .map((first) => [first, ...rest]),
    );

const placeArb = (id: string): fc.Arbitrary<Place> =>
  fc.record(
    {
      id: fc.constant(id),
      name: oddText,
      name_zh: oddString,
      country: fc.constantFrom(...ORIGINS),
      lat: fc.integer({ min: -90, max: 90 }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      precision: fc.constantFrom('point', 'town', 'region', 'country' as const),
    },
    { requiredKeys: ['id', 'name', 'country', 'lat', 'lon', 'precision'] },
  );

const sourceArb = (id: string): fc.Arbitrary<Source> =>
  fc.record(
    {
      id: fc.constant(id),
      publisher: oddText,
      title: oddText,
      url: fc.option(oddString, { nil: null }),
      published: fc.constantFrom(...DATES),
      note: oddString,
    },
    { requiredKeys: ['id', 'publisher', 'title', 'url', 'published'] },
  );

const eventArb = (i: number): fc.Arbitrary<AtlasEvent> =>
  fc
    .record({
      date: fc.constantFrom(...DATES),
      endLater: fc.boolean(),
      datePrecision: fc.constantFrom('day', 'range', 'month', 'announced' as const),
      type: fc.constantFrom(...EVENT_TYPES),
      title: oddText,
      summary: oddText,
      title_zh: optional(someString),
      summary_zh: optional(someString),
      place: fc.constantFrom(...PLACE_IDS),
      from: optional(fc.constantFrom(...PLACE_IDS)),
      to: optional(fc.constantFrom(...PLACE_IDS)),
      origin: fc.constantFrom(...ORIGINS),
      destination: fc.constantFrom(...ORIGINS),
      count: optional(fc.tuple(fc.constantFrom(...COUNT_KEYS), fc.nat(100_000))),
      actors: fc.array(
        fc.oneof(
          oddText,
          fc.constantFrom('__proto__', 'constructor', 'toString', 'Actor; with semicolon'),
        ),
        { maxLength: 3 },
      ),
      notes: optional(someString),
      // Retired ids are unique across the dataset, as the validator requires.
      replaces: optional(fc.subarray([`old-${i}-a`, `old-${i}-b`], { minLength: 1 })),
    })
    .chain(({ endLater, count, ...rest }) =>
      citationsOf(count?.[1]).map((sources): AtlasEvent => {
        const event: AtlasEvent = {
          id: `e-${i}`,
          ...rest,
          counts: count ? { [count[0]]: count[1] } : {},
          sources,
        };
        if (endLater) event.dateEnd = '2026-01-01';
        return event;
      }),
    );

/** A valid dataset (every count in a quote, every reference resolved) full of hostile text. */
export const hostileDatasetArb: fc.Arbitrary<Dataset> = fc
  .integer({ min: 0, max: 6 })
  .chain((n) =>
    fc.record({
      version: oddText,
      sources: fc.tuple(...SOURCE_IDS.map(sourceArb)),
      places: fc.tuple(...PLACE_IDS.map(placeArb)),
      events: fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(i))),
      tallies: fc.uniqueArray(
        fc.nat(100_000).chain((value) =>
          fc.record(
            {
              id: fc.constant(`t-${value}`),
              announced: fc.constantFrom(...DATES),
              value: fc.constant(value),
              qualifier: fc.constantFrom('exact', 'about', 'over', 'at least' as const),
              measure: fc.constantFrom('transferred', 'arrested' as const),
              since: fc.option(fc.constantFrom(...DATES), { nil: null }),
              scope: oddText,
              scope_zh: oddString,
              origins: fc.subarray(ORIGINS, { minLength: 1 }),
              sources: citationsOf(value),
              notes: oddString,
            },
            {
              requiredKeys: [
                'id',
                'announced',
                'value',
                'qualifier',
                'measure',
                'since',
                'scope',
                'sources',
              ],
            },
          ),
        ),
        { maxLength: 2, selector: (t) => t.id },
      ),
      context: fc.uniqueArray(
        fc.nat(100_000).chain((value) =>
          fc.record(
            {
              id: fc.constant(`c-${value}`),
              date: fc.constantFrom(...DATES),
              label: oddText,
              label_zh: oddString,
              value: fc.constant(value),
              qualifier: fc.constantFrom('exact', 'about', 'over', 'at least' as const),
              sources: citationsOf(value),
              notes: oddString,
            },
            { requiredKeys: ['id', 'date', 'label', 'value', 'qualifier', 'sources'] },
          ),
        ),
        { maxLength: 2, selector: (c) => c.id },
      ),
    }),
  )
  .map((d): Dataset => ({
    ...d,
    sources: [...d.sources],
    places: [...d.places],
    events: [...d.events],
  }));

// The like-with-like rule: which tally fits which filter, summed from its baseline, and what a headline may claim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '@/data/schema';
import { makeDataset, makeEvent, makeTally } from '@/testing/fixtures';
import { buildIndex } from './dataset-index';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS } from './filters';
import { compareTallies, compareTally, headlineComparison, isComparable } from './comparison';

/** The sums a comparison reads, from a dataset of these events with no filter. */
const sumsOf = (events: AtlasEvent[]) =>
  new FilteredView(buildIndex({ ...makeDataset(), events }), DEFAULT_FILTERS);

/** A view filtered to these origins (and places). */
const at = (origins: string[], places: string[] = []) => ({ ...DEFAULT_FILTERS, origins, places });

const events = [
  makeEvent({ id: 'early', date: '2022-12-31', counts: { transferred: 1000 } }),
  makeEvent({ id: 'mm-1', date: '2023-11-18', counts: { transferred: 571 } }),
  makeEvent({ id: 'la-1', date: '2024-02-01', origin: 'LA', counts: { transferred: 268 } }),
  makeEvent({ id: 'mm-2', date: '2024-04-01', counts: { transferred: 352 } }),
  makeEvent({ id: 'late', date: '2024-04-02', counts: { transferred: 5000 } }),
];

describe('isComparable', () => {
  it('pairs transfers only with a transfer tally whose origins cover the filter', () => {
    const myanmar = makeTally({ id: 'mm' });
    expect(isComparable(myanmar, at([]))).toBe(true);
    expect(isComparable(myanmar, at(['MM']))).toBe(true);
    expect(isComparable(myanmar, at(['LA']))).toBe(false);
    expect(isComparable(myanmar, at(['MM', 'LA']))).toBe(false);
    expect(isComparable(makeTally({ id: 'a', measure: 'arrested' }), at([]))).toBe(false);
    expect(isComparable(makeTally({ id: 'n', origins: undefined }), at([]))).toBe(false);
    expect(isComparable(makeTally({ id: 'e', origins: [] }), at([]))).toBe(false);
    expect(isComparable(makeTally({ id: 'two', origins: ['MM', 'LA'] }), at(['LA', 'MM']))).toBe(
      true,
    );
  });
});

describe('a tally for some places only', () => {
  const route = makeTally({
    id: 'route',
    scope: 'Myawaddy route',
    places: ['myawaddy', 'mae-sot'],
  });

  it('speaks only for a view limited to its places, never for the whole country', () => {
    expect(isComparable(route, at([]))).toBe(false);
    expect(isComparable(route, at(['MM']))).toBe(false);
    expect(isComparable(route, at([], ['myawaddy']))).toBe(true);
    expect(isComparable(route, at(['MM'], ['myawaddy', 'mae-sot']))).toBe(true);
    expect(isComparable(route, at([], ['myawaddy', 'muse']))).toBe(false);
    expect(isComparable(route, at(['LA'], ['myawaddy']))).toBe(false);
    // A whole country's total counts every place: it says nothing of a view of some of them.
    expect(isComparable(makeTally({ id: 'mm' }), at([], ['muse']))).toBe(false);
  });

  it('is the headline of a view limited to its places; a country total, of no such view', () => {
    const tallies = [
      makeTally({
        id: 'route-total',
        announced: '2024-03-01',
        scope: 'Myawaddy route',
        places: ['myawaddy'],
      }),
      makeTally({ id: 'country', announced: '2024-04-01' }),
    ];
    const of = (places: string[]) => {
      const h = headlineComparison(tallies, sumsOf(events), { ...DEFAULT_FILTERS, places });
      return h.kind === 'compare' ? h.comparison.tally.id : h.kind;
    };
    expect(of(['myawaddy'])).toBe('route-total');
    expect(of([])).toBe('country');
    expect(of(['muse'])).toBe('no-tally');
  });
});

describe('a view narrowed by actor, words or type', () => {
  it('is compared with no total, which counts every event of its origins', () => {
    const mm = makeTally({ id: 'mm' });
    expect(isComparable(mm, { ...at([]), actors: ['Ming family'] })).toBe(false);
    expect(isComparable(mm, { ...at([]), q: 'Muse' })).toBe(false);
    expect(isComparable(mm, { ...at([]), q: '  ' })).toBe(true);
    expect(isComparable(mm, { ...at([]), types: ['raid'] })).toBe(false);
    expect(isComparable(mm, { ...at([]), types: ['transfer'] })).toBe(true);
    expect(isComparable(mm, { ...at([]), types: ['raid', 'transfer'] })).toBe(true);
  });
});

describe('compareTally', () => {
  it('sums the tally origins from the baseline to the announcement, inclusive', () => {
    expect(compareTally(makeTally({ id: 't' }), sumsOf(events), at([]))).toEqual({
      tally: makeTally({ id: 't' }),
      origins: ['MM'],
      itemized: 923,
      share: 923 / 48000,
    });
  });

  it('starts at the beginning of the data when the baseline is unstated', () => {
    expect(
      compareTally(makeTally({ id: 't', since: null }), sumsOf(events), at([]))?.itemized,
    ).toBe(1923);
  });

  it('sums only the filtered origins when the tally covers more', () => {
    const both = makeTally({ id: 't', origins: ['MM', 'LA'], value: 1191 });
    expect(compareTally(both, sumsOf(events), at([]))?.itemized).toBe(1191);
    expect(compareTally(both, sumsOf(events), at(['LA']))).toMatchObject({
      itemized: 268,
      origins: ['LA'],
    });
  });

  it('gives nothing for a baseline after the announcement, and no comparison for other measures', () => {
    expect(
      compareTally(makeTally({ id: 't', since: '2024-05-01' }), sumsOf(events), at([]))?.itemized,
    ).toBe(0);
    expect(
      compareTally(makeTally({ id: 't', measure: 'arrested' }), sumsOf(events), at([])),
    ).toBeNull();
    expect(
      compareTallies([makeTally({ id: 'x', origins: undefined })], sumsOf(events), at([])),
    ).toEqual(new Map([['x', null]]));
  });
});

describe('headlineComparison', () => {
  const tallies = [
    makeTally({ id: 'old', announced: '2023-11-21', since: null, value: 31000 }),
    makeTally({ id: 'new', announced: '2024-04-01' }),
    makeTally({ id: 'arrests', announced: '2025-07-11', measure: 'arrested', value: 57000 }),
    makeTally({
      id: 'region',
      announced: '2025-08-01',
      origins: undefined,
      scope: 'four countries',
    }),
  ];

  it('picks the latest comparable tally, never a later one of another measure or scope', () => {
    const headline = headlineComparison(tallies, sumsOf(events), {
      ...DEFAULT_FILTERS,
      from: null,
      to: null,
    });
    expect(headline).toMatchObject({ kind: 'compare', comparison: { itemized: 923 } });
    if (headline.kind === 'compare') expect(headline.comparison.tally.id).toBe('new');
  });

  it('says no tally fits a filter no tally covers', () => {
    expect(
      headlineComparison(tallies, sumsOf(events), {
        ...DEFAULT_FILTERS,
        origins: ['LA'],
        from: null,
        to: null,
      }),
    ).toEqual({
      kind: 'no-tally',
    });
  });

  it('keeps counting from the baseline in a brushed range, and says when none was announced in it', () => {
    const headline = headlineComparison(tallies, sumsOf(events), {
      ...DEFAULT_FILTERS,
      from: '2024-03-01',
      to: '2024-06-30',
    });
    expect(headline).toMatchObject({ kind: 'compare', comparison: { itemized: 923 } });
    expect(
      headlineComparison(tallies, sumsOf(events), {
        ...DEFAULT_FILTERS,
        from: '2024-05-01',
        to: '2025-12-31',
      }),
    ).toEqual({ kind: 'none-in-range' });
  });
});

describe('laws', () => {
  const day = fc
    .record({ y: fc.integer({ min: 2022, max: 2025 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-15`);
  const eventsArb = fc
    .array(
      fc.record({
        date: day,
        origin: fc.constantFrom('MM', 'LA', 'TH'),
        n: fc.integer({ min: 0, max: 900 }),
      }),
      { maxLength: 40 },
    )
    .map((rows): AtlasEvent[] =>
      rows.map((r, i) =>
        makeEvent({ id: `e-${i}`, date: r.date, origin: r.origin, counts: { transferred: r.n } }),
      ),
    );
  const originsArb = fc.subarray(['MM', 'LA', 'TH']);

  it('never sums more since a baseline than over all time', () => {
    fc.assert(
      fc.property(
        eventsArb,
        originsArb,
        day,
        fc.option(day, { nil: null }),
        (evs, origins, until, since) => {
          const all = sumsOf(evs).transferredBetween(origins, null, '9999-12-31');
          expect(sumsOf(evs).transferredBetween(origins, since, until)).toBeLessThanOrEqual(all);
          expect(sumsOf(evs).transferredBetween(origins, since, until)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('compares a place-limited tally only when the view is limited to some of its places', () => {
    const placesArb = fc.subarray(['myawaddy', 'mae-sot', 'muse']);
    fc.assert(
      fc.property(
        eventsArb,
        fc.option(placesArb, { nil: undefined }),
        placesArb,
        (evs, own, filter) => {
          const tally = makeTally({ id: 't', places: own?.length ? own : undefined });
          const comparable = compareTally(tally, sumsOf(evs), at([], filter)) !== null;
          if (tally.places)
            expect(comparable).toBe(
              filter.length > 0 && filter.every((p) => tally.places?.includes(p)),
            );
          else expect(comparable).toBe(filter.length === 0);
        },
      ),
    );
  });

  it('compares a tally only when its origins cover every filtered origin', () => {
    fc.assert(
      fc.property(eventsArb, originsArb, originsArb, (evs, tallyOrigins, filter) => {
        const tally = makeTally({ id: 't', origins: tallyOrigins });
        const comparison = compareTally(tally, sumsOf(evs), at(filter));
        const covers = tallyOrigins.length > 0 && filter.every((o) => tallyOrigins.includes(o));
        expect(comparison !== null).toBe(covers);
        if (comparison) {
          for (const o of comparison.origins) expect(tallyOrigins).toContain(o);
        }
      }),
    );
  });
});

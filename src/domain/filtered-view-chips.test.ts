// Chip counts: each group ignores its own selection and never undercounts what is in view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '@/data/schema';
import { datasetArb, filtersArb } from '@/testing/filter-arbitraries';
import { makeDataset } from '@/testing/fixtures';
import { eventPlaceIds } from '@/testing/oracles';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS, type Filters } from './filters';

const index = buildIndex(makeDataset());
const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const chipCounts = (idx: DatasetIndex, f: Filters) => new FilteredView(idx, f).chipCounts;

describe('chipCounts', () => {
  it('counts every value with no filter', () => {
    const counts = chipCounts(index, DEFAULT_FILTERS);
    expect(counts.types).toMatchObject({ transfer: 2, arrest: 1, raid: 1, death: 0 });
    expect(counts.origins).toEqual(
      new Map([
        ['MM', 3],
        ['LA', 1],
      ]),
    );
    // The Muse handover names Muse and Ruili; Muse also hosts the raid.
    expect(Object.fromEntries(counts.places)).toEqual({
      muse: 2,
      ruili: 1,
      laukkai: 1,
      vientiane: 1,
    });
    expect(Object.fromEntries(counts.actors)).toEqual({ 'Ming family': 1, 'Ming Guoping': 1 });
  });

  it('ignores the own group but applies the others', () => {
    const counts = chipCounts(index, filters({ types: ['transfer'] }));
    // Type chips still show what selecting them would add.
    expect(counts.types).toMatchObject({ transfer: 2, arrest: 1, raid: 1 });
    // Origin chips only count transfers now.
    expect(Object.fromEntries(counts.origins)).toEqual({ MM: 1, LA: 1 });
    expect(Object.fromEntries(counts.places)).toEqual({
      muse: 1,
      ruili: 1,
      laukkai: 0,
      vientiane: 1,
    });
  });

  it('applies the date range and the search text to every group', () => {
    const counts = chipCounts(index, filters({ from: '2024-01-01', q: 'suspects' }));
    expect(counts.types).toMatchObject({ transfer: 1, raid: 1, arrest: 0 });
    expect(Object.fromEntries(counts.origins)).toEqual({ MM: 1, LA: 1 });
  });
});

describe('chipCounts properties', () => {
  it('a value counts at least the filtered events that hold it', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, f) => {
        const idx = buildIndex(dataset);
        const counts = chipCounts(idx, f);
        const { events: shown } = new FilteredView(idx, f);
        for (const e of shown) {
          const holding = (pred: (x: AtlasEvent) => boolean) => shown.filter(pred).length;
          expect(counts.types[e.type]).toBeGreaterThanOrEqual(holding((x) => x.type === e.type));
          expect(counts.origins.get(e.origin)).toBeGreaterThanOrEqual(
            holding((x) => x.origin === e.origin),
          );
          for (const p of eventPlaceIds(e))
            expect(counts.places.get(p)).toBeGreaterThanOrEqual(
              holding((x) => eventPlaceIds(x).includes(p)),
            );
          for (const a of e.actors)
            expect(counts.actors.get(a)).toBeGreaterThanOrEqual(
              holding((x) => x.actors.includes(a)),
            );
        }
      }),
    );
  });

  it('a selected value counts exactly the filtered events that hold it', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, f) => {
        const idx = buildIndex(dataset);
        const counts = chipCounts(idx, f);
        const { events: shown } = new FilteredView(idx, f);
        for (const t of f.types)
          expect(counts.types[t]).toBe(shown.filter((e) => e.type === t).length);
        for (const o of f.origins)
          expect(counts.origins.get(o) ?? 0).toBe(shown.filter((e) => e.origin === o).length);
      }),
    );
  });
});

describe('chipCounts with values named like Object properties', () => {
  it('counts __proto__, constructor and toString as any other actor or place', () => {
    const base = makeDataset();
    const names = ['__proto__', 'constructor', 'toString'];
    const dataset = {
      ...base,
      events: base.events.map((e, i) =>
        i === 0 ? { ...e, actors: names, place: 'constructor' } : e,
      ),
    };
    const counts = chipCounts(buildIndex(dataset), DEFAULT_FILTERS);
    expect([...counts.actors.keys()].sort()).toEqual(
      [...names, 'Ming family', 'Ming Guoping'].sort(),
    );
    for (const name of names) expect(counts.actors.get(name)).toBe(1);
    expect(counts.places.get('constructor')).toBe(1);
  });
});

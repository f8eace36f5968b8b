// Key figures: events and transfers follow the filtered events; the official total is the like-with-like one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '@/testing/fixtures';
import { datasetArb, filtersArb } from '@/testing/filter-arbitraries';
import { buildIndex } from './dataset-index';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS, type Filters } from './filters';

const index = buildIndex(makeDataset());
const figuresFor = (patch: Partial<Filters>) => {
  const filters = { ...DEFAULT_FILTERS, ...patch };
  return new FilteredView(index, filters).keyFigures;
};

const latestId = (patch: Partial<Filters>) => {
  const { latest } = figuresFor(patch);
  return latest.kind === 'compare' ? latest.comparison.tally.id : latest.kind;
};

describe('FilteredView.keyFigures', () => {
  it('sums the transfers of every event and picks the latest comparable tally', () => {
    const figures = figuresFor({});
    expect(figures.events).toBe(4);
    expect(figures.transferred).toBe(571 + 268 + 352);
    expect(figures.latest).toMatchObject({ kind: 'compare', comparison: { itemized: 571 + 352 } });
    expect(latestId({})).toBe('mps-2024-04-01');
  });

  it('follows the chips for events and transfers, and quotes no Myanmar total for Laos', () => {
    expect(figuresFor({ origins: ['LA'] })).toMatchObject({ events: 1, transferred: 268 });
    expect(latestId({ origins: ['LA'] })).toBe('no-tally');
  });

  it('takes the latest tally announced inside the date range, bounds included', () => {
    expect(latestId({ to: '2023-12-31' })).toBe('mps-2023-11-21');
    expect(latestId({ from: '2023-11-21', to: '2023-11-21' })).toBe('mps-2023-11-21');
    expect(latestId({ from: '2024-04-01' })).toBe('mps-2024-04-01');
    expect(latestId({ from: '2024-04-02' })).toBe('none-in-range');
  });

  it('counts a brushed range from the tally baseline, not from the range start', () => {
    const { latest } = figuresFor({ from: '2024-03-01', to: '2024-04-30' });
    expect(latest).toMatchObject({ kind: 'compare', comparison: { itemized: 571 + 352 } });
  });

  it('keeps the main scope when a narrower scope was announced later', () => {
    const dataset = makeDataset();
    const route = {
      ...dataset.tallies[1]!,
      id: 'route-2025',
      announced: '2025-03-14',
      value: 2876,
      scope: 'Myawaddy route',
    };
    const idx = buildIndex({ ...dataset, tallies: [...dataset.tallies, route] });
    const at = (filters: Filters) => {
      const { latest } = new FilteredView(idx, filters).keyFigures;
      return latest.kind === 'compare' ? latest.comparison.tally.id : latest.kind;
    };
    expect(at(DEFAULT_FILTERS)).toBe('mps-2024-04-01');
    // Only the route's figure falls in 2025: then it is the latest total in view.
    expect(at({ ...DEFAULT_FILTERS, from: '2025-01-01' })).toBe('route-2025');
  });

  it('the transferred figure is the plain sum over the filtered events', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const idx = buildIndex(dataset);
        const view = new FilteredView(idx, filters);
        const shown = view.events;
        let manual = 0;
        for (const e of shown) if (e.counts.transferred) manual += e.counts.transferred;
        const figures = view.keyFigures;
        expect(figures.transferred).toBe(manual);
        expect(figures.events).toBe(shown.length);
      }),
    );
  });
});

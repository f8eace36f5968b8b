// Key figures: events and transfers follow the filtered events; the tally follows the date range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '@/state/view-store';
import { makeDataset } from '@/testing/fixtures';
import { datasetArb, filtersArb } from '@/testing/filter-arbitraries';
import { buildIndex } from './dataset-index';
import { filterEvents } from './filter-events';
import { headlineScope, keyFigures, latestTallyIn } from './key-figures';

const index = buildIndex(makeDataset());
const figuresFor = (patch: Partial<Filters>) => {
  const filters = { ...DEFAULT_FILTERS, ...patch };
  return keyFigures(index, filterEvents(index, filters), filters);
};

describe('keyFigures', () => {
  it('sums the transfers of every event and picks the latest tally overall', () => {
    const figures = figuresFor({});
    expect(figures.events).toBe(4);
    expect(figures.transferred).toBe(571 + 268 + 352);
    expect(figures.latestTally?.id).toBe('mps-2024-04-01');
  });

  it('follows the chips for events and transfers', () => {
    const figures = figuresFor({ origins: ['LA'] });
    expect(figures).toMatchObject({ events: 1, transferred: 268 });
  });

  it('takes the latest tally announced inside the date range, bounds included', () => {
    expect(figuresFor({ to: '2023-12-31' }).latestTally?.id).toBe('mps-2023-11-21');
    expect(figuresFor({ from: '2023-11-21', to: '2023-11-21' }).latestTally?.id).toBe(
      'mps-2023-11-21',
    );
    expect(figuresFor({ from: '2024-04-01' }).latestTally?.id).toBe('mps-2024-04-01');
    expect(figuresFor({ from: '2024-04-02' }).latestTally).toBeNull();
  });

  it('prefers the larger figure when two tallies share a day', () => {
    const [a, b] = makeDataset().tallies;
    const same = { ...b!, id: 'same-day', announced: a!.announced, value: a!.value + 1 };
    expect(latestTallyIn([a!, same], null, '2023-12-31')?.id).toBe('same-day');
    expect(latestTallyIn([same, a!], null, '2023-12-31')?.id).toBe('same-day');
  });

  it('keeps the headline scope when a narrower scope was announced later', () => {
    const dataset = makeDataset();
    const route = {
      ...dataset.tallies[1]!,
      id: 'route-2025',
      announced: '2025-03-14',
      value: 2876,
      scope: 'Myawaddy route',
    };
    const idx = buildIndex({ ...dataset, tallies: [...dataset.tallies, route] });
    expect(headlineScope(idx.dataset.tallies)).toBe('Myanmar');
    const figures = keyFigures(idx, idx.events, DEFAULT_FILTERS);
    expect(figures.latestTally?.id).toBe('mps-2024-04-01');
    // Only the route's figure falls in 2025: then it is the latest total in view.
    const in2025 = { ...DEFAULT_FILTERS, from: '2025-01-01' };
    expect(keyFigures(idx, idx.events, in2025).latestTally?.id).toBe('route-2025');
  });

  it('the transferred figure is the plain sum over the filtered events', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const idx = buildIndex(dataset);
        const shown = filterEvents(idx, filters);
        let manual = 0;
        for (const e of shown) if (e.counts.transferred) manual += e.counts.transferred;
        const figures = keyFigures(idx, shown, filters);
        expect(figures.transferred).toBe(manual);
        expect(figures.events).toBe(shown.length);
      }),
    );
  });
});

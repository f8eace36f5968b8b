// Date presets: derived from the dataset's span, and each leaves only events that overlap it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '@/testing/fixtures';
import { datasetArb } from '@/testing/filter-arbitraries';
import { buildIndex } from './dataset-index';
import { activePreset, datasetSpan, datePresets } from './date-presets';
import { FilteredView } from './filtered-view';
import { DEFAULT_FILTERS } from './filters';

describe('datePresets', () => {
  it('offers All and one preset per year of the fixture span', () => {
    const presets = datePresets(buildIndex(makeDataset()));
    expect(presets).toEqual([
      { kind: 'all', id: 'all', from: null, to: null },
      { kind: 'year', year: 2023, id: '2023', from: '2023-01-01', to: '2023-12-31' },
      { kind: 'year', year: 2024, id: '2024', from: '2024-01-01', to: '2024-12-31' },
    ]);
  });

  it('adds "Since Sep 2023" when the data starts earlier, and ends at the last end date', () => {
    const dataset = makeDataset();
    dataset.events.push(
      makeEvent({ id: 'early', date: '2023-02-10' }),
      makeEvent({ id: 'long', date: '2025-12-20', dateEnd: '2026-01-05', datePrecision: 'range' }),
    );
    const presets = datePresets(buildIndex(dataset));
    expect(presets.map((p) => p.id)).toEqual([
      'all',
      'since-2023-09',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(presets[1]).toMatchObject({ kind: 'since', from: '2023-09-01', to: null });
  });

  it('offers only All for an empty dataset', () => {
    const index = buildIndex({ ...makeDataset(), events: [] });
    expect(datasetSpan(index)).toBeNull();
    expect(datePresets(index).map((p) => p.id)).toEqual(['all']);
  });

  it('recognises the preset matching the current range', () => {
    const presets = datePresets(buildIndex(makeDataset()));
    expect(activePreset(presets, '2024-01-01', '2024-12-31')?.id).toBe('2024');
    expect(activePreset(presets, null, null)?.id).toBe('all');
    expect(activePreset(presets, '2024-01-01', null)).toBeUndefined();
  });

  it('selecting a preset leaves only events that overlap it', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const index = buildIndex(dataset);
        for (const preset of datePresets(index)) {
          const filters = { ...DEFAULT_FILTERS, from: preset.from, to: preset.to };
          const shown = new FilteredView(index, filters).events;
          for (const e of shown) {
            if (preset.from) expect((e.dateEnd ?? e.date) >= preset.from).toBe(true);
            if (preset.to) expect(e.date <= preset.to).toBe(true);
          }
          // And it drops none that do.
          const inside = index.events.filter(
            (e) =>
              (!preset.from || (e.dateEnd ?? e.date) >= preset.from) &&
              (!preset.to || e.date <= preset.to),
          );
          expect(shown.length).toBe(inside.length);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '@/testing/fixtures';
import { exportedDataset, exportFileName } from './export-dataset';
import { validateDataset } from './validate';

describe('exportedDataset', () => {
  it('keeps the events with exactly the places and sources they refer to', () => {
    const base = makeDataset();
    const laos = base.events.filter((e) => e.origin === 'LA');
    const out = exportedDataset(laos, base);
    expect(out.events).toEqual(laos);
    expect(out.places.map((p) => p.id)).toEqual(['vientiane']);
    expect(out.sources.map((s) => s.id)).toEqual(['china-daily']);
    expect(out.version).toBe('test-1+filtered');
  });

  it('keeps a tally or context figure only when its sources are cited by a kept event', () => {
    const base = makeDataset();
    const muse = base.events.filter((e) => e.id === '2023-11-18-muse-handover');
    const out = exportedDataset(muse, base);
    expect(out.tallies.map((t) => t.id)).toEqual(['mps-2023-11-21']);
    expect(out.context.map((c) => c.id)).toEqual(['scam-centres']);
    const laos = exportedDataset(
      base.events.filter((e) => e.origin === 'LA'),
      base,
    );
    expect(laos.tallies.map((t) => t.id)).toEqual(['mps-2024-04-01']);
    expect(laos.context).toEqual([]);
  });

  it('leaves the whole dataset as it is, version included', () => {
    const base = makeDataset();
    expect(exportedDataset(base.events, base)).toEqual(base);
  });

  it('always loads back: any subset of a valid dataset is a valid dataset', () => {
    const dataset = makeDataset();
    fc.assert(
      fc.property(fc.subarray(dataset.events), (subset) => {
        const out = exportedDataset(subset, dataset);
        expect(validateDataset(out)).toEqual({ ok: true, dataset: out });
        const referenced = new Set(subset.flatMap((e) => [e.place, e.from, e.to]));
        expect(out.places.every((p) => referenced.has(p.id))).toBe(true);
      }),
    );
  });
});

describe('exportFileName', () => {
  it('says what the file holds', () => {
    expect(
      exportFileName(
        { types: ['transfer'], origins: ['MM'], from: '2023-09-01', to: '2024-04-30' },
        'csv',
      ),
    ).toBe('crackdown-atlas_transfer_MM_2023-09-01_2024-04-30.csv');
  });

  it('writes "all" for empty parts and a suffix for what is exported', () => {
    expect(exportFileName({ types: [], origins: [], from: null, to: null }, 'json')).toBe(
      'crackdown-atlas_all_all_all_all.json',
    );
    expect(
      exportFileName({ types: [], origins: ['LA'], from: '2024-01-01', to: null }, 'png', 'chart'),
    ).toBe('crackdown-atlas_all_LA_2024-01-01_all_chart.png');
  });

  it('orders types as the dataset does and origins alphabetically, so one filter gives one name', () => {
    const a = exportFileName(
      { types: ['raid', 'transfer'], origins: ['MM', 'LA'], from: null, to: null },
      'csv',
    );
    const b = exportFileName(
      { types: ['transfer', 'raid'], origins: ['LA', 'MM'], from: null, to: null },
      'csv',
    );
    expect(a).toBe('crackdown-atlas_transfer-raid_LA-MM_all_all.csv');
    expect(b).toBe(a);
  });

  it('keeps names portable whatever the filter holds', () => {
    expect(
      exportFileName({ types: [], origins: ['M/M', '../x'], from: null, to: null }, 'csv'),
    ).toBe('crackdown-atlas_all_x-MM_all_all.csv');
  });
});

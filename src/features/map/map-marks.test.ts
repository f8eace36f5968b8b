// Marks at a zoom: places stand alone when zoomed in, overlapping ones merge when zoomed out, nothing is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { FilteredView } from '@/domain/filtered-view';
import { DEFAULT_FILTERS } from '@/domain/filters';
import { makeDataset } from '@/testing/fixtures';
import { CLUSTER_MAX_ZOOM, LARGE } from './cluster-query';
import { markIndex, placeIdText } from './map-marks';

const index = buildIndex(makeDataset());
const marks = markIndex(new FilteredView(index, DEFAULT_FILTERS).placeGroups);

describe('marksAt', () => {
  it('gives one mark per place past the clustering zoom', () => {
    const zoomedIn = marks.marksAt(CLUSTER_MAX_ZOOM + 1, () => {})!;
    expect(zoomedIn.map((m) => m.places.map((p) => p.id))).toEqual(
      expect.arrayContaining([['muse'], ['laukkai'], ['vientiane']]),
    );
    expect(zoomedIn.every((m) => !m.cluster)).toBe(true);
  });

  it('merges Muse and Laukkai (90 km apart) when zoomed out, on the heavier place, keeping every id', () => {
    const zoomedOut = marks.marksAt(4, () => {})!;
    const merged = zoomedOut.find((m) => m.cluster);
    expect(merged?.places.map((p) => p.id)).toEqual(['muse', 'laukkai']);
    expect([merged?.lat, merged?.lon]).toEqual([23.99, 97.9]);
    expect(merged?.idText.split(' ').sort()).toEqual(
      ['2023-11-15-ming-arrests', '2023-11-18-muse-handover', '2024-03-28-muse-operation'].sort(),
    );
    expect(merged?.latest.id).toBe('2024-03-28-muse-operation');
    const total = zoomedOut.reduce((n, m) => n + m.idText.split(' ').length, 0);
    expect(total).toBe(index.events.length);
  });
});

describe('markIndex with many places', () => {
  it('clusters them in place when no worker can start, every place in one mark', () => {
    // The bundled-fixture places, copied out across the region under new ids.
    const many = new FilteredView(index, DEFAULT_FILTERS).placeGroups.flatMap((group) =>
      Array.from({ length: 200 }, (_, k) => ({
        ...group,
        events: group.events,
        place: {
          ...group.place,
          id: `${group.place.id}-${k}`,
          lat: group.place.lat + (k % 20) * 0.5,
          lon: group.place.lon + Math.floor(k / 20) * 0.6,
        },
      })),
    );
    expect(many.length).toBeGreaterThan(LARGE);
    const big = markIndex(many, false);
    for (const zoom of [4, 7, CLUSTER_MAX_ZOOM + 1]) {
      const at = big.marksAt(zoom, () => {});
      expect(at).not.toBeNull();
      const places = at!.flatMap((m) => m.places.map((p) => p.id)).sort();
      expect(places).toEqual(many.map((g) => g.place.id).sort());
    }
  });
});

describe('placeIdText', () => {
  const days = [...new Set(index.events.map((e) => e.date))].sort();
  it("carries each place's ids in order, through windows that grow (a run) or change", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            to: fc.constantFrom(...days),
            grow: fc.boolean(),
            types: fc.subarray([...new Set(index.events.map((e) => e.type))]),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (windows) => {
          let to = days[0]!;
          for (const w of windows) {
            // A run's next month, or any other window: later, earlier, of other types.
            to = w.grow ? (days[days.indexOf(to) + 1] ?? to) : w.to;
            const filters = { ...DEFAULT_FILTERS, to, types: w.grow ? [] : w.types };
            for (const group of new FilteredView(index, filters).placeGroups)
              expect(placeIdText(group)).toBe(group.events.map((e) => e.id).join(' '));
          }
        },
      ),
    );
  });
});

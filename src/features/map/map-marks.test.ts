// Marks at a zoom: places stand alone when zoomed in, overlapping ones merge when zoomed out, nothing is lost.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/domain/dataset-index';
import { placeGroups } from '@/domain/place-groups';
import { makeDataset } from '@/testing/fixtures';
import { CLUSTER_MAX_ZOOM, markIndex, marksAt } from './map-marks';

const index = buildIndex(makeDataset());
const marks = markIndex(placeGroups(index.events, index.placeById));
const world: [number, number, number, number] = [-180, -85, 180, 85];

describe('marksAt', () => {
  it('gives one mark per place past the clustering zoom', () => {
    const zoomedIn = marksAt(marks, CLUSTER_MAX_ZOOM + 1, world);
    expect(zoomedIn.map((m) => m.places.map((p) => p.id))).toEqual(
      expect.arrayContaining([['muse'], ['laukkai'], ['vientiane']]),
    );
    expect(zoomedIn.every((m) => !m.cluster)).toBe(true);
  });

  it('merges Muse and Laukkai (90 km apart) when zoomed out, on the heavier place, keeping every id', () => {
    const zoomedOut = marksAt(marks, 4, world);
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

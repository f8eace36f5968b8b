// The clusters' flat answer: every place in exactly one mark at every zoom, alone past the clustering zoom, read back as written.
import { describe, expect, it } from 'vitest';
import {
  buildClusters,
  clusterMembers,
  CLUSTER_MAX_ZOOM,
  LARGE,
  readMembers,
} from './cluster-query';

/** A deterministic scatter over the region: `n` places, some sharing a spot. */
function scatter(n: number): Float64Array {
  const positions = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    positions[2 * i] = 92 + ((i * 7919) % 3000) / 100;
    positions[2 * i + 1] = 10 + ((i * 104729) % 2500) / 100;
  }
  return positions;
}

describe('clusterMembers', () => {
  for (const n of [5, LARGE + 100]) {
    it(`puts each of ${n} places in exactly one mark at every zoom`, () => {
      const clusters = buildClusters(scatter(n));
      for (let zoom = 3; zoom <= CLUSTER_MAX_ZOOM + 1; zoom++) {
        const marks = readMembers(clusterMembers(clusters, zoom));
        const seen = marks.flatMap((m) => [...m.members]).sort((a, b) => a - b);
        expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
        for (const m of marks) expect(m.id < 0).toBe(m.members.length === 1);
      }
    });
  }

  it('merges places at a low zoom and leaves every place alone past the clustering zoom', () => {
    const clusters = buildClusters(scatter(LARGE + 100));
    expect(readMembers(clusterMembers(clusters, 4)).length).toBeLessThan(LARGE);
    const alone = readMembers(clusterMembers(clusters, CLUSTER_MAX_ZOOM + 1));
    expect(alone.every((m) => m.members.length === 1)).toBe(true);
  });

  it('reads an empty answer as no marks', () => {
    expect(readMembers(new Int32Array(0))).toEqual([]);
  });
});

// Which places merge into one mark at each zoom (supercluster), answered as plain index lists: the same code runs in the page for a few places and in a worker for many.
import Supercluster from 'supercluster';

/** Above this zoom every place stands alone. */
export const CLUSTER_MAX_ZOOM = 10;

/** Places above which the map clusters more coarsely, and builds and queries the clusters in a worker. */
export const LARGE = 400;

/** The places' positions as [lon, lat, lon, lat, …], in the order of the map's place groups. */
type Positions = Float64Array;

export function buildClusters(positions: Positions): Supercluster<{ i: number }> {
  const count = positions.length / 2;
  // extent 256 = Leaflet's tile size, so `radius` is in screen pixels at the map's own zoom.
  const clusters = new Supercluster<{ i: number }>({
    radius: count > LARGE ? 48 : 22,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
  });
  const points: Supercluster.PointFeature<{ i: number }>[] = [];
  for (let i = 0; i < count; i++)
    points.push({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [positions[2 * i] ?? 0, positions[2 * i + 1] ?? 0] },
    });
  clusters.load(points);
  return clusters;
}

/**
 * The marks at a whole zoom over the world, flat: for each, its cluster id (-1 for a place alone),
 * how many places it holds, then their indices. Flat numbers cross from a worker without copying.
 */
export function clusterMembers(clusters: Supercluster<{ i: number }>, zoom: number): Int32Array {
  const out: number[] = [];
  for (const feature of clusters.getClusters([-180, -85, 180, 85], Math.floor(zoom))) {
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      const leaves = clusters.getLeaves(props.cluster_id, Infinity);
      out.push(props.cluster_id, leaves.length, ...leaves.map((leaf) => leaf.properties.i));
    } else if ('i' in props) out.push(-1, 1, props.i);
  }
  return Int32Array.from(out);
}

/** Reads clusterMembers' answer back: one list of place indices per mark, with its cluster id. */
export function readMembers(flat: Int32Array): { id: number; members: Int32Array }[] {
  const marks: { id: number; members: Int32Array }[] = [];
  for (let at = 0; at < flat.length;) {
    const id = flat[at] ?? -1;
    const n = flat[at + 1] ?? 0;
    marks.push({ id, members: flat.subarray(at + 2, at + 2 + n) });
    at += 2 + n;
  }
  return marks;
}

export type ClusterRequest =
  { type: 'load'; positions: Positions } | { type: 'query'; zoom: number };

export interface ClusterAnswer {
  zoom: number;
  flat: Int32Array;
}

// The marks the map draws at a zoom: one per place group, or one per cluster of groups that would overlap.
import Supercluster from 'supercluster';
import type { AtlasEvent, Place } from '@/data/schema';
import { compareEvents } from '@/domain/dataset-index';
import { summarize, type EventGroup, type PlaceGroup } from '@/domain/place-groups';

export interface MapMark extends EventGroup {
  key: string;
  lat: number;
  lon: number;
  /** Heaviest first: the first names the mark. */
  places: Place[];
  ids: string[];
  cluster: boolean;
  /** Every place is a region or a whole country: drawn dashed, since the point is only nominal. */
  approximate: boolean;
}

export interface MarkIndex {
  groups: PlaceGroup[];
  clusters: Supercluster<{ i: number }>;
  /** Many places: cluster harder and only in the viewport, so 100,000 events stay quick. */
  large: boolean;
}

/** Places above which the map clusters more coarsely and only looks at what is in view. */
const LARGE = 400;
/** Above this zoom every place stands alone. */
export const CLUSTER_MAX_ZOOM = 10;

export function markIndex(groups: PlaceGroup[]): MarkIndex {
  const large = groups.length > LARGE;
  // extent 256 = Leaflet's tile size, so `radius` is in screen pixels at the map's own zoom.
  const clusters = new Supercluster<{ i: number }>({
    radius: large ? 48 : 22,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
  });
  clusters.load(
    groups.map((g, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [g.place.lon, g.place.lat] },
    })),
  );
  return { groups, clusters, large };
}

function heavier(a: PlaceGroup, b: PlaceGroup): number {
  return (
    b.events.length - a.events.length || b.people - a.people || a.place.id.localeCompare(b.place.id)
  );
}

/** Date-ordered lists merged into one, pairwise: O(n log k), where sorting the whole would be O(n log n). */
function mergeByDate(lists: AtlasEvent[][]): AtlasEvent[] {
  let round = lists;
  while (round.length > 1) {
    const next: AtlasEvent[][] = [];
    for (let i = 0; i < round.length; i += 2) {
      const a = round[i] ?? [];
      const b = round[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const merged: AtlasEvent[] = [];
      let j = 0;
      let k = 0;
      while (j < a.length && k < b.length) {
        const x = a[j] as AtlasEvent;
        const y = b[k] as AtlasEvent;
        if (compareEvents(x, y) <= 0) {
          merged.push(x);
          j++;
        } else {
          merged.push(y);
          k++;
        }
      }
      for (; j < a.length; j++) merged.push(a[j] as AtlasEvent);
      for (; k < b.length; k++) merged.push(b[k] as AtlasEvent);
      next.push(merged);
    }
    round = next;
  }
  return round[0] ?? [];
}

function markOf(members: PlaceGroup[], key: string): MapMark {
  const sorted = [...members].sort(heavier);
  const head = sorted[0];
  if (!head) throw new Error('a mark needs at least one place');
  // One place: its group already holds the sums (with many events, summing again on every zoom would show).
  const summary: EventGroup =
    sorted.length === 1
      ? {
          events: head.events,
          transferred: head.transferred,
          detained: head.detained,
          people: head.people,
          types: head.types,
          dominantType: head.dominantType,
          latest: head.latest,
        }
      : summarize(mergeByDate(sorted.map((g) => g.events)));
  const { events } = summary;
  return {
    ...summary,
    key,
    // A cluster sits on its heaviest place, so it never floats over a spot where nothing happened.
    lat: head.place.lat,
    lon: head.place.lon,
    places: sorted.map((g) => g.place),
    ids: events.map((e) => e.id),
    cluster: sorted.length > 1,
    approximate: sorted.every(
      (g) => g.place.precision === 'region' || g.place.precision === 'country',
    ),
  };
}

/** The marks at `zoom` within `bbox` ([west, south, east, north]); small data ignores the bbox. */
export function marksAt(
  index: MarkIndex,
  zoom: number,
  bbox: [number, number, number, number],
): MapMark[] {
  const box: [number, number, number, number] = index.large ? bbox : [-180, -85, 180, 85];
  return index.clusters.getClusters(box, Math.floor(zoom)).map((feature) => {
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      const members = index.clusters
        .getLeaves(props.cluster_id, Infinity)
        .flatMap((leaf) => index.groups[leaf.properties.i] ?? []);
      return markOf(members, `c${props.cluster_id}`);
    }
    const group = 'i' in props ? index.groups[props.i] : undefined;
    if (!group) throw new Error('cluster leaf without a group');
    return markOf([group], `p:${group.place.id}`);
  });
}

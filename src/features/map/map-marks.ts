// The marks the map draws at a zoom: one per place group, or one per cluster of groups that would overlap.
import Supercluster from 'supercluster';
import type { Place } from '@/data/schema';
import { lazyProperty } from '@/domain/lazy-property';
import type { EventGroup, PlaceGroup } from '@/domain/derived-shapes';
import { mergeGroups } from '@/domain/place-groups';

export interface MapMark extends EventGroup {
  key: string;
  lat: number;
  lon: number;
  /** Most people first (then most events): the first names the mark. */
  places: Place[];
  /** Every event id, space-separated: what `data-event-id` carries. */
  idText: string;
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
  return b.people - a.people || b.count - a.count || a.place.id.localeCompare(b.place.id);
}

const idTexts = new WeakMap<PlaceGroup, string>();

/** A place's event ids, space-separated: kept with the group, so zooming re-joins none of them. */
function idTextOf(group: PlaceGroup): string {
  let text = idTexts.get(group);
  if (text === undefined) {
    text = group.events.map((e) => e.id).join(' ');
    idTexts.set(group, text);
  }
  return text;
}

function markOf(members: PlaceGroup[], key: string): MapMark {
  const sorted = [...members].sort(heavier);
  const head = sorted[0];
  if (!head) throw new Error('a mark needs at least one place');
  // A cluster sums its places' sums: its events are listed only when a popup reads them.
  const summary = sorted.length === 1 ? head : mergeGroups(sorted);
  const mark = {
    count: summary.count,
    transferred: summary.transferred,
    detained: summary.detained,
    people: summary.people,
    types: summary.types,
    dominantType: summary.dominantType,
    latest: summary.latest,
    lastEnd: summary.lastEnd,
    key,
    // A cluster sits on its heaviest place, so it never floats over a spot where nothing happened.
    lat: head.place.lat,
    lon: head.place.lon,
    places: sorted.map((g) => g.place),
    cluster: sorted.length > 1,
    approximate: sorted.every(
      (g) => g.place.precision === 'region' || g.place.precision === 'country',
    ),
  } as MapMark;
  lazyProperty(mark, 'events', () => summary.events);
  // Place by place, not in date order: a list of ids needs no merge, and each place's is joined once.
  lazyProperty(mark, 'idText', () => sorted.map(idTextOf).join(' '));
  return mark;
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

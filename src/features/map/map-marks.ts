// The marks the map draws at a zoom: one per place group, or one per cluster of groups that would overlap.
import type Supercluster from 'supercluster';
import type { AtlasEvent, Place } from '@/data/schema';
import { lazyProperty } from '@/domain/lazy-property';
import type { EventGroup, PlaceGroup } from '@/domain/derived-shapes';
import { mergeGroups } from '@/domain/place-groups';
import {
  buildClusters,
  clusterMembers,
  LARGE,
  readMembers,
  type ClusterAnswer,
  type ClusterRequest,
} from './cluster-query';

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
  groups: readonly PlaceGroup[];
  /**
   * The marks at a whole zoom over the world; null while a worker works them out, and `ready` is
   * called once it has (many places: the page never builds or queries their clusters itself).
   */
  marksAt(zoom: number, ready: () => void): MapMark[] | null;
  /** Stops the worker, if one was started; a later call to marksAt starts another. */
  dispose(): void;
}

export function markIndex(
  groups: readonly PlaceGroup[],
  canUseWorker: boolean = typeof Worker === 'function',
): MarkIndex {
  const positions = new Float64Array(groups.length * 2);
  groups.forEach((g, i) => {
    positions[2 * i] = g.place.lon;
    positions[2 * i + 1] = g.place.lat;
  });
  const toMarks = (flat: Int32Array): MapMark[] =>
    readMembers(flat).map(({ id, members }) => {
      const places = [...members].flatMap((i) => groups[i] ?? []);
      const head = places[0];
      if (!head) throw new Error('a mark without places');
      return id < 0 ? markOf([head], `p:${head.place.id}`) : markOf(places, `c${id}`);
    });
  const byZoom = new Map<number, MapMark[]>();
  let inPage: Supercluster<{ i: number }> | null = null;
  const inPageMarks = (zoom: number) => {
    inPage ??= buildClusters(positions);
    const marks = toMarks(clusterMembers(inPage, zoom));
    byZoom.set(zoom, marks);
    return marks;
  };
  if (groups.length <= LARGE || !canUseWorker)
    return {
      groups,
      marksAt: (zoom) => byZoom.get(Math.floor(zoom)) ?? inPageMarks(Math.floor(zoom)),
      dispose: () => {},
    };

  let worker: Worker | null = null;
  let failed = false;
  const waiting = new Map<number, (() => void)[]>();
  const answer = (zoom: number) => {
    const calls = waiting.get(zoom) ?? [];
    waiting.delete(zoom);
    for (const call of calls) call();
  };
  const start = () => {
    const started = new Worker(new URL('./cluster-worker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<ClusterAnswer>) => {
      byZoom.set(event.data.zoom, toMarks(event.data.flat));
      answer(event.data.zoom);
    };
    // No worker after all (blocked, failed to load): the page clusters in place, as for few places.
    started.onerror = () => {
      failed = true;
      for (const zoom of [...waiting.keys()]) answer(zoom);
    };
    started.postMessage({ type: 'load', positions } satisfies ClusterRequest);
    return started;
  };
  return {
    groups,
    marksAt: (zoom, ready) => {
      const whole = Math.floor(zoom);
      const known = byZoom.get(whole);
      if (known) return known;
      if (failed) return inPageMarks(whole);
      worker ??= start();
      const calls = waiting.get(whole);
      if (calls) calls.push(ready);
      else {
        waiting.set(whole, [ready]);
        worker.postMessage({ type: 'query', zoom: whole } satisfies ClusterRequest);
      }
      return null;
    },
    dispose: () => {
      if (!worker) return;
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      worker = null;
      waiting.clear();
    },
  };
}

function heavier(a: PlaceGroup, b: PlaceGroup): number {
  return b.people - a.people || b.count - a.count || a.place.id.localeCompare(b.place.id);
}

const idTexts = new WeakMap<EventGroup, string>();

/** A group's event ids, space-separated: kept with the group, so zooming re-joins none of them. */
export function idTextOf(group: EventGroup): string {
  let text = idTexts.get(group);
  if (text === undefined) {
    text = joinIds(group.events);
    idTexts.set(group, text);
  }
  return text;
}

function joinIds(events: readonly AtlasEvent[]): string {
  return events.map((e) => e.id).join(' ');
}

/** The ids each place's mark carried last, with the events they were joined from. */
const placeTexts = new WeakMap<Place, { events: readonly AtlasEvent[]; text: string }>();

/**
 * A place's event ids, as `idTextOf`. A playback run's next month only adds events after each
 * place's last (the window grows, and events keep date order): the ids joined for the month before
 * are kept and the month's added. Joined whole for every place in every month, the ids were a third
 * of the map's redraw at 100,000 events.
 */
export function placeIdText(group: PlaceGroup): string {
  const known = idTexts.get(group);
  if (known !== undefined) return known;
  const before = placeTexts.get(group.place);
  const { events } = group;
  const text =
    before && before.events.length > 0 && startsWith(events, before.events)
      ? before.events.length === events.length
        ? before.text
        : `${before.text} ${joinIds(events.slice(before.events.length))}`
      : joinIds(events);
  idTexts.set(group, text);
  placeTexts.set(group.place, { events, text });
  return text;
}

function startsWith(events: readonly AtlasEvent[], head: readonly AtlasEvent[]): boolean {
  if (head.length > events.length) return false;
  for (let i = 0; i < head.length; i++) if (events[i] !== head[i]) return false;
  return true;
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
  lazyProperty(mark, 'idText', () => sorted.map(placeIdText).join(' '));
  return mark;
}

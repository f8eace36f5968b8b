// Readers of a fused pass: its raw sums turned into the shapes the views draw (events, chips, places).
import { EVENT_TYPES, type AtlasEvent, type EventType, type Place } from '@/data/schema';
import { lowerRank, NO_PLACE, upperRank } from './columnar-index';
import { dominantOf, type ChipCounts, type PlaceGroup } from './derived-shapes';
import type { FusedPass } from './fused-derive';
import { lazyProperty } from './lazy-property';

const TYPE_COUNT = EVENT_TYPES.length;

/** The passing events, in date order. */
export function passingEvents(pass: FusedPass): AtlasEvent[] {
  const { events } = pass.columns;
  // Pushed, not preallocated: V8 makes `new Array(n)` of 100,000 or more a slow dictionary array.
  const out: AtlasEvent[] = [];
  const { rows, count } = pass;
  for (let k = 0; k < count; k++) out.push(events[rows[k] as number] as AtlasEvent);
  return out;
}

function mapOf(keys: readonly string[], counts: Uint32Array): Map<string, number> {
  return new Map(keys.map((key, i) => [key, counts[i] ?? 0]));
}

/** The chip counts: each group counted against every filter but its own. */
export function passChipCounts(pass: FusedPass): ChipCounts {
  const { columns } = pass;
  return {
    types: Object.fromEntries(EVENT_TYPES.map((t, i) => [t, pass.typeChips[i] ?? 0])) as Record<
      EventType,
      number
    >,
    origins: mapOf(columns.origins, pass.originChips),
    places: mapOf(columns.placeIds, pass.placeChips),
    actors: mapOf(columns.actors, pass.actorChips),
  };
}

/** Passing rows per type, in EVENT_TYPES order: summed from the place × type cells, not the rows. */
export function passTypeCounts(pass: FusedPass): Uint32Array {
  const counts = new Uint32Array(TYPE_COUNT);
  const { placeTypeCount } = pass;
  for (let cell = 0; cell < placeTypeCount.length; cell++)
    counts[cell % TYPE_COUNT] =
      (counts[cell % TYPE_COUNT] as number) + (placeTypeCount[cell] as number);
  return counts;
}

/** Codes of the places the passing rows touch: where each happened, and where people moved from and to. */
export function passTouchedPlaces(pass: FusedPass): number[] {
  const { columns, rows, count } = pass;
  const { placeB, placeC } = columns;
  const touched = new Uint8Array(columns.placeIds.length);
  for (const code of pass.placeOrder) touched[code] = 1;
  for (let k = 0; k < count; k++) {
    const i = rows[k] as number;
    const b = placeB[i] as number;
    const c = placeC[i] as number;
    if (b !== NO_PLACE) touched[b] = 1;
    if (c !== NO_PLACE) touched[c] = 1;
  }
  const codes: number[] = [];
  touched.forEach((on, code) => {
    if (on === 1) codes.push(code);
  });
  return codes;
}

/**
 * Running sums of the date × origin cells: entry (r × origins + o) holds the people transferred by
 * passing rows of origin o on the first r dates. Built once, it answers any date range in two reads.
 */
export function passTransferPrefix(pass: FusedPass): Float64Array {
  const { columns, transferByDate } = pass;
  const originCount = columns.origins.length;
  const prefix = new Float64Array(transferByDate.length + originCount);
  for (let cell = 0; cell < transferByDate.length; cell++)
    prefix[cell + originCount] = (prefix[cell] as number) + (transferByDate[cell] as number);
  return prefix;
}

/**
 * People transferred by passing rows of one origin dated (by start) within [since, until],
 * inclusive, `since` null for no lower bound: read from the running sums of passTransferPrefix.
 */
export function passTransferredBetween(
  pass: FusedPass,
  prefix: Float64Array,
  origin: string,
  since: string | null,
  until: string,
): number {
  const { columns } = pass;
  const o = columns.originCodeOf.get(origin);
  if (o === undefined) return 0;
  const originCount = columns.origins.length;
  const from = since === null ? 0 : lowerRank(columns.dates, since);
  const to = upperRank(columns.dates, until);
  if (to <= from) return 0;
  return (prefix[to * originCount + o] as number) - (prefix[from * originCount + o] as number);
}

/** One group per place the passing rows happened at, in order of first passing row, from the per-place sums. */
export function passPlaceGroups(
  pass: FusedPass,
  placeById: ReadonlyMap<string, Place>,
): PlaceGroup[] {
  const { columns } = pass;
  // Each group's event list is sorted out for all groups at once, the first time one is read.
  let lists: Map<number, AtlasEvent[]> | null = null;
  const listOf = (code: number): AtlasEvent[] => {
    if (!lists) {
      const byCode = new Map<number, AtlasEvent[]>(pass.placeOrder.map((c) => [c, []]));
      for (let k = 0; k < pass.count; k++) {
        const i = pass.rows[k] as number;
        byCode.get(columns.place[i] as number)?.push(columns.events[i] as AtlasEvent);
      }
      lists = byCode;
    }
    return lists.get(code) ?? [];
  };
  return pass.placeOrder.flatMap((code): PlaceGroup[] => {
    const place = placeById.get(columns.placeIds[code] as string);
    const latest = columns.events[pass.placeLatest[code] as number];
    if (!place || !latest) return [];
    const types: PlaceGroup['types'] = [];
    for (let t = 0; t < TYPE_COUNT; t++) {
      const n = pass.placeTypeCount[code * TYPE_COUNT + t] as number;
      if (n === 0) continue;
      const people = pass.placeTypePeople[code * TYPE_COUNT + t] as number;
      types.push({ type: EVENT_TYPES[t] as EventType, count: n, people });
    }
    const group = {
      count: pass.placeCount[code] as number,
      transferred: pass.placeTransferred[code] as number,
      detained: pass.placeDetained[code] as number,
      people: pass.placePeople[code] as number,
      types,
      dominantType: dominantOf(types, latest.type),
      latest,
      lastEnd: columns.dates[pass.placeLastEnd[code] as number] as string,
      place,
    } as PlaceGroup;
    lazyProperty(group, 'events', () => listOf(code));
    return [group];
  });
}

// Readers of a fused pass: its raw sums turned into the shapes the views draw (events, chips, places).
import { EVENT_TYPES, type AtlasEvent, type EventType, type Place } from '@/data/schema';
import { lowerRank, NO_PLACE, upperRank } from './columnar-index';
import {
  dominantOf,
  type ChipCounts,
  type EventGroup,
  type MovementGroup,
  type PlaceGroup,
} from './derived-shapes';
import { emptyGroupSums, type FusedPass, type GroupSums } from './fused-derive';

const TYPE_COUNT = EVENT_TYPES.length;

/** A column's values at the passing rows, in date order. */
function atPassingRows<T>(pass: FusedPass, column: readonly T[]): T[] {
  // Pushed, not preallocated: V8 makes `new Array(n)` of 100,000 or more a slow dictionary array.
  const out: T[] = [];
  const { rows, count } = pass;
  for (let k = 0; k < count; k++) out.push(column[rows[k] as number] as T);
  return out;
}

/** The passing events, in date order. */
export function passingEvents(pass: FusedPass): AtlasEvent[] {
  return atPassingRows(pass, pass.columns.events);
}

/** The passing events' ids, in date order. */
export function passingIds(pass: FusedPass): string[] {
  return atPassingRows(pass, pass.columns.ids);
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
  const { typeCount } = pass.places;
  for (let cell = 0; cell < typeCount.length; cell++)
    counts[cell % TYPE_COUNT] = (counts[cell % TYPE_COUNT] as number) + (typeCount[cell] as number);
  return counts;
}

/** Codes of the places the passing rows touch: where each happened, and where people moved from and to. */
export function passTouchedPlaces(pass: FusedPass): number[] {
  const { columns, rows, count } = pass;
  const { placeB, placeC } = columns;
  const touched = new Uint8Array(columns.placeIds.length);
  for (const code of pass.places.order) touched[code] = 1;
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

/** What a group read from a pass is made of: the sums, its code in them, and its events when read. */
interface GroupBase {
  sums: GroupSums;
  code: number;
  latest: AtlasEvent;
  lastEnd: string;
  listOf: (code: number) => AtlasEvent[];
}

/**
 * A group read from a pass's sums, its events listed when first read: a getter on the class, since
 * an accessor defined on each of some thousands of groups (the from→to pairs at 100,000 events)
 * cost more than summing them.
 */
class PassGroup implements EventGroup {
  readonly count: number;
  readonly transferred: number;
  readonly detained: number;
  readonly people: number;
  readonly types: EventGroup['types'];
  readonly dominantType: EventType;
  readonly latest: AtlasEvent;
  readonly lastEnd: string;
  // Private fields stay out of the group's own keys, so it compares equal to a plain group.
  readonly #code: number;
  readonly #listOf: (code: number) => AtlasEvent[];

  constructor({ sums, code, latest, lastEnd, listOf }: GroupBase) {
    const types: EventGroup['types'] = [];
    for (let t = 0; t < TYPE_COUNT; t++) {
      const n = sums.typeCount[code * TYPE_COUNT + t] as number;
      if (n === 0) continue;
      const people = sums.typePeople[code * TYPE_COUNT + t] as number;
      types.push({ type: EVENT_TYPES[t] as EventType, count: n, people });
    }
    this.count = sums.count[code] as number;
    this.transferred = sums.transferred[code] as number;
    this.detained = sums.detained[code] as number;
    this.people = sums.people[code] as number;
    this.types = types;
    this.dominantType = dominantOf(types, latest.type);
    this.latest = latest;
    this.lastEnd = lastEnd;
    this.#code = code;
    this.#listOf = listOf;
  }

  get events(): AtlasEvent[] {
    return this.#listOf(this.#code);
  }
}

class PassPlaceGroup extends PassGroup implements PlaceGroup {
  constructor(
    base: GroupBase,
    readonly place: Place,
  ) {
    super(base);
  }
}

class PassMovementGroup extends PassGroup implements MovementGroup {
  constructor(
    base: GroupBase,
    readonly from: Place,
    readonly to: Place,
  ) {
    super(base);
  }
}

/**
 * One group per code of `codes` (a column) with passing rows, in order of the first, from the
 * per-code sums; `make` builds it with what it adds (its place, its pair), or null to leave it out.
 */
function passGroups<G extends PassGroup>(
  pass: FusedPass,
  sums: GroupSums,
  codes: Uint32Array,
  make: (base: GroupBase) => G | null,
): G[] {
  const { columns } = pass;
  // Each group's event list is sorted out for all groups at once, the first time one is read.
  let lists: Map<number, AtlasEvent[]> | null = null;
  const listOf = (code: number): AtlasEvent[] => {
    if (!lists) {
      const byCode = new Map<number, AtlasEvent[]>(sums.order.map((c) => [c, []]));
      for (let k = 0; k < pass.count; k++) {
        const i = pass.rows[k] as number;
        byCode.get(codes[i] as number)?.push(columns.events[i] as AtlasEvent);
      }
      lists = byCode;
    }
    return lists.get(code) ?? [];
  };
  const groups: G[] = [];
  for (const code of sums.order) {
    const latest = columns.events[sums.latest[code] as number];
    if (!latest) continue;
    const lastEnd = columns.dates[sums.lastEnd[code] as number] as string;
    const group = make({ sums, code, latest, lastEnd, listOf });
    if (group) groups.push(group);
  }
  return groups;
}

/** One group per place the passing rows happened at, in order of first passing row, from the per-place sums. */
export function passPlaceGroups(
  pass: FusedPass,
  placeById: ReadonlyMap<string, Place>,
): PlaceGroup[] {
  const { placeIds } = pass.columns;
  return passGroups(pass, pass.places, pass.columns.place, (base) => {
    const place = placeById.get(placeIds[base.code] as string);
    return place ? new PassPlaceGroup(base, place) : null;
  });
}

/**
 * One group per from→to pair of known places the passing rows moved people between (direction
 * matters), in order of first passing row: the passing rows summed by their pair's code.
 */
export function passMovementGroups(
  pass: FusedPass,
  placeById: ReadonlyMap<string, Place>,
): MovementGroup[] {
  const { columns, rows, count } = pass;
  const { movement, moves, placeIds, type, endRank } = columns;
  const sums = emptyGroupSums(moves.length);
  for (let k = 0; k < count; k++) {
    const i = rows[k] as number;
    const m = movement[i] as number;
    if (m === NO_PLACE) continue;
    if (sums.latest[m] === -1) sums.order.push(m);
    sums.latest[m] = i;
    const endsAt = endRank[i] as number;
    if (endsAt > (sums.lastEnd[m] as number)) sums.lastEnd[m] = endsAt;
    const people = columns.people[i] as number;
    sums.count[m] = (sums.count[m] as number) + 1;
    sums.transferred[m] = (sums.transferred[m] as number) + (columns.transferred[i] as number);
    sums.detained[m] = (sums.detained[m] as number) + (columns.detained[i] as number);
    sums.people[m] = (sums.people[m] as number) + people;
    const cell = m * TYPE_COUNT + (type[i] as number);
    sums.typeCount[cell] = (sums.typeCount[cell] as number) + 1;
    sums.typePeople[cell] = (sums.typePeople[cell] as number) + people;
  }
  return passGroups(pass, sums, movement, (base) => {
    const [fromCode, toCode] = moves[base.code] as [number, number];
    const from = placeById.get(placeIds[fromCode] as string);
    const to = placeById.get(placeIds[toCode] as string);
    return from && to ? new PassMovementGroup(base, from, to) : null;
  });
}

// One pass over the columns that yields the filtered rows, the chip counts, the cumulative sums and the place groups.
import {
  EVENT_TYPES,
  type AtlasEvent,
  type Dataset,
  type EventType,
  type Place,
} from '@/data/schema';
import { compareEvents, indexSteps, type DatasetIndex } from './dataset-index';
import {
  buildColumnarIndex,
  chosenMask,
  columnarSteps,
  lowerIndex,
  lowerRank,
  NO_PLACE,
  textMatchesOf,
  upperRank,
  type ColumnarIndex,
} from './columnar-index';
import {
  dominantOf,
  type ChipCounts,
  type CumulativePoint,
  type CumulativeTransfers,
  type PlaceGroup,
} from './derived-shapes';
import type { Steps } from './steps';
import type { Filters } from './filters';
import { lazyProperty } from './lazy-property';

const TYPE_COUNT = EVENT_TYPES.length;

// Which filter group a row fails, when it fails exactly one: chip counts skip their own group.
const FAILS_NONE = 0;
const FAILS_TYPES = 2;
const FAILS_ORIGINS = 3;
const FAILS_PLACES = 4;
const FAILS_ACTORS = 5;

/** The raw sums of one pass; adapters below turn them into what the views read. */
export interface FusedPass {
  columns: ColumnarIndex;
  /** Rows passing every filter, in date order (the first `count` entries). */
  rows: Uint32Array;
  count: number;
  /** Chip counts per code, each group counted against every filter but its own. */
  typeChips: Uint32Array;
  originChips: Uint32Array;
  placeChips: Uint32Array;
  actorChips: Uint32Array;
  transferred: number;
  /** People transferred per (start-date rank × origin code) over the passing rows. */
  transferByDate: Float64Array;
  /** Per place code (the event's own place): passing rows and their sums. */
  placeCount: Uint32Array;
  placeTransferred: Float64Array;
  placeDetained: Float64Array;
  placePeople: Float64Array;
  placeTypeCount: Uint32Array;
  placeTypePeople: Float64Array;
  placeLatest: Int32Array;
  /** The greatest end-date rank of the passing rows per place code. */
  placeLastEnd: Int32Array;
  /** Place codes in order of their first passing row. */
  placeOrder: number[];
}

/** Filters the columns and sums every derived series in one loop over the rows. */
export function fusedPass(columns: ColumnarIndex, filters: Filters): FusedPass {
  const { size, startRank, endRank, type, origin, place, placeB, placeC } = columns;
  const { actorStart, actorCodes, transferred, detained, people } = columns;
  const originCount = columns.origins.length;
  const placeCodes = columns.placeIds.length;
  // A local copy: imported bindings can cost a property read each time in a hot loop.
  const none = NO_PLACE;

  const lo = filters.from === null ? 0 : lowerRank(columns.dates, filters.from);
  const hi = filters.to === null ? columns.dates.length : upperRank(columns.dates, filters.to);
  const text = textMatchesOf(columns, filters.q);
  // Rows outside the date range or the search count nowhere (neither is a chip group), so the
  // loop visits only the rows that can overlap the range (start before its end, reach its start),
  // and of those only the ones the search matched.
  const first = lo === 0 ? 0 : lowerIndex(columns.endReach, lo);
  const end = hi === columns.dates.length ? size : lowerIndex(startRank, hi);
  const from = text === null ? first : lowerIndex(text, first);
  const to = text === null ? end : lowerIndex(text, end);
  const types = chosenMask(filters.types, columns.typeCodeOf, TYPE_COUNT);
  const origins = chosenMask(filters.origins, columns.originCodeOf, originCount);
  const places = chosenMask(filters.places, columns.placeCodeOf, placeCodes);
  const actors = chosenMask(filters.actors, columns.actorCodeOf, columns.actors.length);

  const rows = columns.scratch;
  let count = 0;
  const typeChips = new Uint32Array(TYPE_COUNT);
  const originChips = new Uint32Array(originCount);
  const placeChips = new Uint32Array(placeCodes);
  const actorChips = new Uint32Array(columns.actors.length);
  let transferredSum = 0;
  const transferByDate = new Float64Array(columns.dates.length * originCount);
  const placeCount = new Uint32Array(placeCodes);
  const placeTransferred = new Float64Array(placeCodes);
  const placeDetained = new Float64Array(placeCodes);
  const placePeople = new Float64Array(placeCodes);
  const placeTypeCount = new Uint32Array(placeCodes * TYPE_COUNT);
  const placeTypePeople = new Float64Array(placeCodes * TYPE_COUNT);
  const placeLatest = new Int32Array(placeCodes).fill(-1);
  const placeLastEnd = new Int32Array(placeCodes);
  const placeOrder: number[] = [];

  for (let k = from; k < to; k++) {
    const i = text === null ? k : (text[k] as number);
    const endsAt = endRank[i] as number;
    if (endsAt < lo) continue;
    let fails = FAILS_NONE;
    const t = type[i] as number;
    if (types !== null && types[t] === 0) {
      if (fails !== FAILS_NONE) continue;
      fails = FAILS_TYPES;
    }
    const o = origin[i] as number;
    if (origins !== null && origins[o] === 0) {
      if (fails !== FAILS_NONE) continue;
      fails = FAILS_ORIGINS;
    }
    const pa = place[i] as number;
    const pb = placeB[i] as number;
    const pc = placeC[i] as number;
    if (
      places !== null &&
      places[pa] === 0 &&
      (pb === none || places[pb] === 0) &&
      (pc === none || places[pc] === 0)
    ) {
      if (fails !== FAILS_NONE) continue;
      fails = FAILS_PLACES;
    }
    const a0 = actorStart[i] as number;
    const a1 = actorStart[i + 1] as number;
    if (actors !== null) {
      let hit = false;
      for (let k = a0; k < a1; k++) if (actors[actorCodes[k] as number] === 1) hit = true;
      if (!hit) {
        if (fails !== FAILS_NONE) continue;
        fails = FAILS_ACTORS;
      }
    }

    if (fails !== FAILS_NONE) {
      // Failing one chip group only: the row counts for that group's chips, nowhere else.
      if (fails === FAILS_TYPES) typeChips[t] = (typeChips[t] as number) + 1;
      else if (fails === FAILS_ORIGINS) originChips[o] = (originChips[o] as number) + 1;
      else if (fails === FAILS_PLACES) {
        placeChips[pa] = (placeChips[pa] as number) + 1;
        if (pb !== none) placeChips[pb] = (placeChips[pb] as number) + 1;
        if (pc !== none) placeChips[pc] = (placeChips[pc] as number) + 1;
      } else {
        for (let k = a0; k < a1; k++) {
          const code = actorCodes[k] as number;
          actorChips[code] = (actorChips[code] as number) + 1;
        }
      }
      continue;
    }

    // A passing row counts for every chip group (its type through the place × type cells below).
    originChips[o] = (originChips[o] as number) + 1;
    placeChips[pa] = (placeChips[pa] as number) + 1;
    if (pb !== none) placeChips[pb] = (placeChips[pb] as number) + 1;
    if (pc !== none) placeChips[pc] = (placeChips[pc] as number) + 1;
    for (let k = a0; k < a1; k++) {
      const code = actorCodes[k] as number;
      actorChips[code] = (actorChips[code] as number) + 1;
    }
    rows[count++] = i;
    const moved = transferred[i] as number;
    transferredSum += moved;
    if (moved > 0) {
      const cell = (startRank[i] as number) * originCount + o;
      transferByDate[cell] = (transferByDate[cell] as number) + moved;
    }
    if (placeLatest[pa] === -1) placeOrder.push(pa);
    placeLatest[pa] = i;
    if (endsAt > (placeLastEnd[pa] as number)) placeLastEnd[pa] = endsAt;
    placeTransferred[pa] = (placeTransferred[pa] as number) + moved;
    placeDetained[pa] = (placeDetained[pa] as number) + (detained[i] as number);
    const pt = pa * TYPE_COUNT + t;
    placeTypeCount[pt] = (placeTypeCount[pt] as number) + 1;
    placeTypePeople[pt] = (placeTypePeople[pt] as number) + (people[i] as number);
  }

  // Per-place counts and people, and the passing rows' type chips, summed from the cells.
  for (let pa = 0; pa < placeCodes; pa++) {
    for (let t = 0; t < TYPE_COUNT; t++) {
      const n = placeTypeCount[pa * TYPE_COUNT + t] as number;
      if (n === 0) continue;
      placeCount[pa] = (placeCount[pa] as number) + n;
      placePeople[pa] =
        (placePeople[pa] as number) + (placeTypePeople[pa * TYPE_COUNT + t] as number);
      typeChips[t] = (typeChips[t] as number) + n;
    }
  }

  return {
    columns,
    rows: rows.slice(0, count),
    count,
    typeChips,
    originChips,
    placeChips,
    actorChips,
    transferred: transferredSum,
    transferByDate,
    placeCount,
    placeTransferred,
    placeDetained,
    placePeople,
    placeTypeCount,
    placeTypePeople,
    placeLatest,
    placeLastEnd,
    placeOrder,
  };
}

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

/** The chip counts in the shape of `chipCounts`. */
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
 * People transferred by passing rows of one origin dated (by start) within [since, until],
 * inclusive, `since` null for no lower bound: read from the date × origin cells.
 */
export function passTransferredBetween(
  pass: FusedPass,
  origin: string,
  since: string | null,
  until: string,
): number {
  const { columns, transferByDate } = pass;
  const o = columns.originCodeOf.get(origin);
  if (o === undefined) return 0;
  const originCount = columns.origins.length;
  const from = since === null ? 0 : lowerRank(columns.dates, since);
  const to = upperRank(columns.dates, until);
  let sum = 0;
  for (let r = from; r < to; r++) sum += transferByDate[r * originCount + o] as number;
  return sum;
}

/** First position in the passing rows whose start-date rank is >= rank (rows are in date order). */
function firstRowAtRank(pass: FusedPass, rank: number): number {
  const { rows, count } = pass;
  const { startRank } = pass.columns;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((startRank[rows[mid] as number] as number) < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ids of the passing transfers dated within ranks [from, to], in date order. */
function transferIds(pass: FusedPass, from: number, to: number): string[] {
  const { columns, rows } = pass;
  const ids: string[] = [];
  const end = firstRowAtRank(pass, to + 1);
  for (let k = firstRowAtRank(pass, from); k < end; k++) {
    const i = rows[k] as number;
    if ((columns.transferred[i] as number) > 0) ids.push((columns.events[i] as AtlasEvent).id);
  }
  return ids;
}

/**
 * A cumulative point whose event ids are listed when first read: a getter on the class, since
 * an accessor per object literal costs more than the whole series.
 */
class PassPoint implements CumulativePoint {
  readonly date: string;
  readonly t: number;
  readonly byOrigin: Record<string, number>;
  readonly total: number;
  // Private fields stay out of the point's own keys, so it compares equal to a plain point.
  readonly #pass: FusedPass;
  readonly #fromRank: number;
  readonly #toRank: number;
  #ids: string[] | null = null;

  constructor(
    date: string,
    t: number,
    byOrigin: Record<string, number>,
    total: number,
    pass: FusedPass,
    fromRank: number,
    toRank: number,
  ) {
    this.date = date;
    this.t = t;
    this.byOrigin = byOrigin;
    this.total = total;
    this.#pass = pass;
    this.#fromRank = fromRank;
    this.#toRank = toRank;
  }

  get eventIds(): string[] {
    this.#ids ??= transferIds(this.#pass, this.#fromRank, this.#toRank);
    return this.#ids;
  }
}

/**
 * The cumulative series in the shape of `cumulativeTransfers(passingEvents, maxPoints)`, read
 * from the summed date × origin cells: its cost follows the dates, not the events. Each point's
 * event ids are listed when first read.
 */
export function passCumulative(pass: FusedPass, maxPoints?: number): CumulativeTransfers {
  const { columns, transferByDate } = pass;
  const originCount = columns.origins.length;
  const ranks: number[] = [];
  for (let r = 0; r < columns.dates.length; r++) {
    for (let o = 0; o < originCount; o++) {
      if ((transferByDate[r * originCount + o] as number) > 0) {
        ranks.push(r);
        break;
      }
    }
  }

  // Buckets as [first rank, last rank]: one per date, or equal-time buckets as cumulativeTransfers merges them.
  const buckets: [number, number][] = [];
  const limit = maxPoints === undefined ? Infinity : Math.max(1, Math.floor(maxPoints));
  const first = ranks[0];
  const last = ranks.at(-1);
  if (first === undefined || last === undefined || ranks.length <= limit) {
    for (const r of ranks) buckets.push([r, r]);
  } else {
    const t0 = columns.dateTimes[first] as number;
    const width = ((columns.dateTimes[last] as number) - t0) / limit;
    let current = -1;
    for (const r of ranks) {
      const index = Math.min(
        limit - 1,
        Math.floor(((columns.dateTimes[r] as number) - t0) / width),
      );
      const open = buckets.at(-1);
      if (open && index === current) open[1] = r;
      else buckets.push([r, r]);
      current = index;
    }
  }

  const totals = new Float64Array(originCount);
  for (const r of ranks)
    for (let o = 0; o < originCount; o++)
      totals[o] = (totals[o] as number) + (transferByDate[r * originCount + o] as number);
  const codes = [...totals.keys()].filter((o) => (totals[o] as number) > 0);
  const name = (o: number) => columns.origins[o] as string;
  codes.sort((a, b) => {
    const byTotal = (totals[b] as number) - (totals[a] as number);
    if (byTotal !== 0) return byTotal;
    return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0;
  });
  const origins = codes.map(name);

  const running = new Float64Array(originCount);
  let total = 0;
  let rankIndex = 0;
  const points = buckets.map(([from, to]) => {
    for (; rankIndex < ranks.length && (ranks[rankIndex] as number) <= to; rankIndex++) {
      const r = ranks[rankIndex] as number;
      for (let o = 0; o < originCount; o++) {
        const n = transferByDate[r * originCount + o] as number;
        running[o] = (running[o] as number) + n;
        total += n;
      }
    }
    const byOrigin: Record<string, number> = {};
    for (const o of codes) byOrigin[name(o)] = running[o] as number;
    return new PassPoint(
      columns.dates[to] as string,
      columns.dateTimes[to] as number,
      byOrigin,
      total,
      pass,
      from,
      to,
    );
  });
  return { origins, points };
}

/** The place groups in the shape of `placeGroups(passingEvents, placeById)`. */
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

// The app's entry points: one pass per (dataset, filters) however many views ask, and the
// filtered array remembered, so functions handed that array can read the pass instead.

const columnsByIndex = new WeakMap<DatasetIndex, ColumnarIndex>();
const passesByColumns = new WeakMap<ColumnarIndex, WeakMap<Filters, FusedPass>>();
const eventsByPass = new WeakMap<FusedPass, AtlasEvent[]>();
const passByEvents = new WeakMap<readonly AtlasEvent[], FusedPass>();

/** The dataset's columns, built on first use and kept as long as the index lives. */
export function columnsOf(index: DatasetIndex): ColumnarIndex {
  let columns = columnsByIndex.get(index);
  if (!columns) {
    columns = buildColumnarIndex(index);
    columnsByIndex.set(index, columns);
  }
  return columns;
}

/**
 * The index of a dataset and its columns (kept for columnsOf), in steps: an import builds them
 * between frames instead of in the first render. The columns are two passes to the index's one.
 */
export function* preparedIndexSteps(dataset: Dataset, order?: Uint32Array): Steps<DatasetIndex> {
  const indexing = indexSteps(dataset, order);
  let built = indexing.next();
  for (; !built.done; built = indexing.next()) yield built.value / 3;
  const index = built.value;
  const columns = columnarSteps(index);
  let next = columns.next();
  for (; !next.done; next = columns.next()) yield (1 + 2 * next.value) / 3;
  columnsByIndex.set(index, next.value);
  return index;
}

/** The pass for these filters, shared by every caller holding the same filters object (the store's). */
export function passFor(index: DatasetIndex, filters: Filters): FusedPass {
  const columns = columnsOf(index);
  let passes = passesByColumns.get(columns);
  if (!passes) {
    passes = new WeakMap();
    passesByColumns.set(columns, passes);
  }
  let pass = passes.get(filters);
  if (!pass) {
    pass = fusedPass(columns, filters);
    passes.set(filters, pass);
  }
  return pass;
}

/** The passing events of a pass as one array per pass (stable for React memos), remembered with it. */
export function eventsOf(pass: FusedPass): AtlasEvent[] {
  let events = eventsByPass.get(pass);
  if (!events) {
    events = passingEvents(pass);
    eventsByPass.set(pass, events);
    passByEvents.set(events, pass);
  }
  return events;
}

const passedByPass = new WeakMap<FusedPass, Uint8Array>();

/** The row of an event of the dataset: a binary search in the date order, so no id table is built. */
function rowOf(columns: ColumnarIndex, id: string): number {
  const event = columns.index.eventById.get(id);
  if (!event) return -1;
  const { events } = columns;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEvents(events[mid] as AtlasEvent, event) < 0) lo = mid + 1;
    else hi = mid;
  }
  return events[lo] === event ? lo : -1;
}

/**
 * Whether the event with this id passed: a binary search and a bit per row, so views asking on
 * every hover need no set of 100,000 ids per change. The bits are set on the first question.
 */
export function passIncludes(pass: FusedPass, id: string): boolean {
  let passed = passedByPass.get(pass);
  if (!passed) {
    passed = new Uint8Array(pass.columns.size);
    for (let k = 0; k < pass.count; k++) passed[pass.rows[k] as number] = 1;
    passedByPass.set(pass, passed);
  }
  const row = rowOf(pass.columns, id);
  return row >= 0 && passed[row] === 1;
}

/** The pass an array of filtered events came from, when it came from `eventsOf`. */
export function passOf(events: readonly AtlasEvent[]): FusedPass | undefined {
  return passByEvents.get(events);
}

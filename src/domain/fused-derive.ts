// One pass over the columns that yields the filtered rows, the chip counts, the cumulative sums and the place groups.
import { EVENT_TYPES, type Dataset } from '@/data/schema';
import { indexSteps, type DatasetIndex } from './dataset-index';
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
import type { Steps } from './steps';
import type { Filters } from './filters';

const TYPE_COUNT = EVENT_TYPES.length;

// Which filter group a row fails, when it fails exactly one: chip counts skip their own group.
const FAILS_NONE = 0;
const FAILS_TYPES = 2;
const FAILS_ORIGINS = 3;
const FAILS_PLACES = 4;
const FAILS_ACTORS = 5;

/** The raw sums of one pass; the readers (pass-readers.ts) turn them into what the views read. */
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
  places: GroupSums;
}

/** The passing rows' sums per code of a grouping (a place, a from→to pair): what a map group shows. */
export interface GroupSums {
  count: Uint32Array;
  transferred: Float64Array;
  detained: Float64Array;
  people: Float64Array;
  /** Per (code × type): rows and their people. */
  typeCount: Uint32Array;
  typePeople: Float64Array;
  /** The last passing row per code, -1 for none. */
  latest: Int32Array;
  /** The greatest end-date rank of the passing rows per code. */
  lastEnd: Int32Array;
  /** Codes in order of their first passing row. */
  order: number[];
}

/** Zeroed sums for `codes` codes, no row seen yet. */
export function emptyGroupSums(codes: number): GroupSums {
  return {
    count: new Uint32Array(codes),
    transferred: new Float64Array(codes),
    detained: new Float64Array(codes),
    people: new Float64Array(codes),
    typeCount: new Uint32Array(codes * TYPE_COUNT),
    typePeople: new Float64Array(codes * TYPE_COUNT),
    latest: new Int32Array(codes).fill(-1),
    lastEnd: new Int32Array(codes),
    order: [],
  };
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
  const placeSums = emptyGroupSums(placeCodes);
  // Locals for the hot loop, as the columns above.
  const {
    count: placeCount,
    transferred: placeTransferred,
    detained: placeDetained,
    people: placePeople,
    typeCount: placeTypeCount,
    typePeople: placeTypePeople,
    latest: placeLatest,
    lastEnd: placeLastEnd,
    order: placeOrder,
  } = placeSums;

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
    places: placeSums,
  };
}

const columnsByIndex = new WeakMap<DatasetIndex, ColumnarIndex>();

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

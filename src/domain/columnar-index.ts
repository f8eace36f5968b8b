// The dataset as columns (typed arrays per field), built once, so a filter pass reads numbers, not objects.
import { EVENT_TYPES, type AtlasEvent, type EventType } from '@/data/schema';
import { utcDay } from './calendar';
import { ROWS_PER_STEP, type DatasetIndex } from './dataset-index';
import { runToEnd, type Steps } from './steps';

/**
 * Code of "no place" in the second and third place columns. Codes are 32-bit: a code is a position
 * in a JS array, whose length is below 2^32 - 1, so no place ever gets this one.
 */
export const NO_PLACE = 0xffffffff;

/**
 * Narrow columns where the data allows: a pass streams every column, so bytes per row are what it
 * costs on a busy machine. Ranks fit 16 bits below 65,536 dates; counts fit 32 bits.
 */
export type Ranks = Uint16Array | Uint32Array;
export type Counts = Uint32Array | Float64Array;

export interface ColumnarIndex {
  index: DatasetIndex;
  /** The index's events, in its date order: row i of every column is events[i]. */
  events: readonly AtlasEvent[];
  size: number;
  /** Each row's event id: read from one array, not from event objects of many shapes. */
  ids: string[];
  /**
   * Every start and end date in ascending order. Rows hold ranks into it, so the string
   * comparisons of `inRange` become integer comparisons with the same answers.
   */
  dates: string[];
  /** UTC midnight of each date in `dates` (what the chart's time axis uses). */
  dateTimes: Float64Array;
  startRank: Ranks;
  endRank: Ranks;
  /** The latest end rank of rows 0..i: rows before the first one reaching a range's start cannot overlap it. */
  endReach: Uint32Array;
  /** Position in EVENT_TYPES. */
  type: Uint8Array;
  typeCodeOf: ReadonlyMap<EventType, number>;
  /** Origin codes, in order of first appearance (the order chip counts list them). */
  origins: string[];
  originCodeOf: ReadonlyMap<string, number>;
  origin: Uint32Array;
  /** Every place id an event names (place, from or to), in order of first appearance. */
  placeIds: string[];
  placeCodeOf: ReadonlyMap<string, number>;
  /** The event's place, then its from and to when they differ from the places before (else NO_PLACE). */
  place: Uint32Array;
  placeB: Uint32Array;
  placeC: Uint32Array;
  /**
   * The code of the row's from→to pair, a position in `moves`; NO_PLACE when it names no move
   * between two different known places (no arrow on the map).
   */
  movement: Uint32Array;
  /** The place codes of each from→to pair, in order of first appearance. */
  moves: [from: number, to: number][];
  /** Actor names, in order of first appearance; each row's distinct actors as a slice of actorCodes. */
  actors: string[];
  actorCodeOf: ReadonlyMap<string, number>;
  actorStart: Uint32Array;
  actorCodes: Uint32Array;
  /** counts.transferred ?? 0, counts.detained ?? 0, and eventPeople (what sizes a map mark). */
  transferred: Counts;
  detained: Counts;
  people: Counts;
  /** Lower-cased searchable text per row. */
  haystack: string[];
  /** Rows (ascending) matching each recent free-text query: toggling a chip must not rescan the text. */
  textMatches: Map<string, Uint32Array>;
  /** A row buffer reused by every pass, so a filter change allocates no event-sized array but its result. */
  scratch: Uint32Array;
}

const TEXT_CACHE_SIZE = 16;

function codeFor(value: string, codes: Map<string, number>, list: string[]): number {
  let code = codes.get(value);
  if (code === undefined) {
    code = list.length;
    codes.set(value, code);
    list.push(value);
  }
  return code;
}

/** The columns of an index; O(events), done once per dataset. */
export function buildColumnarIndex(index: DatasetIndex): ColumnarIndex {
  return runToEnd(columnarSteps(index));
}

/** The columns, built in steps of ROWS_PER_STEP rows (two passes over the rows). */
export function* columnarSteps(index: DatasetIndex): Steps<ColumnarIndex> {
  const events = index.events;
  const size = events.length;
  const dateSet = new Set<string>();
  let wide = false;
  for (const [i, e] of events.entries()) {
    dateSet.add(e.date);
    dateSet.add(e.dateEnd ?? e.date);
    if ((e.counts.transferred ?? 0) > 0xffffffff || (e.counts.detained ?? 0) > 0xffffffff)
      wide = true;
    if ((i + 1) % ROWS_PER_STEP === 0) yield (i + 1) / (2 * size);
  }
  const dates = [...dateSet].sort();
  const rankOf = new Map(dates.map((d, i) => [d, i]));
  const dateTimes = Float64Array.from(dates, utcDay);

  const typeCodeOf = new Map(EVENT_TYPES.map((t, i) => [t, i]));
  const originCodes = new Map<string, number>();
  const origins: string[] = [];
  const placeCodeOf = new Map<string, number>();
  const placeIds: string[] = [];
  const actorCodeOf = new Map<string, number>();
  const actors: string[] = [];

  const startRank: Ranks = dates.length < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  const endRank: Ranks = dates.length < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  const type = new Uint8Array(size);
  // Codes are 32-bit: an imported file may name more than 65,536 actors or places.
  const origin = new Uint32Array(size);
  const place = new Uint32Array(size);
  const placeB = new Uint32Array(size).fill(NO_PLACE);
  const placeC = new Uint32Array(size).fill(NO_PLACE);
  const movement = new Uint32Array(size).fill(NO_PLACE);
  const moves: [number, number][] = [];
  // By the from code, then the to code: a "from>to" string per row would cost more than the rest.
  const moveCodeOf = new Map<number, Map<number, number>>();
  const actorStart = new Uint32Array(size + 1);
  const actorList: number[] = [];
  const counts = (): Counts => (wide ? new Float64Array(size) : new Uint32Array(size));
  const transferred = counts();
  const detained = counts();
  const people = counts();
  const haystack: string[] = new Array<string>(size);
  const ids: string[] = new Array<string>(size);
  const known = (id: string | undefined) => id !== undefined && index.placeById.has(id);

  for (let i = 0; i < size; i++) {
    const e = events[i] as AtlasEvent;
    ids[i] = e.id;
    startRank[i] = rankOf.get(e.date) ?? 0;
    endRank[i] = rankOf.get(e.dateEnd ?? e.date) ?? 0;
    type[i] = typeCodeOf.get(e.type) ?? 0;
    origin[i] = codeFor(e.origin, originCodes, origins);
    const a = codeFor(e.place, placeCodeOf, placeIds);
    place[i] = a;
    const b = e.from === undefined ? NO_PLACE : codeFor(e.from, placeCodeOf, placeIds);
    const c = e.to === undefined ? NO_PLACE : codeFor(e.to, placeCodeOf, placeIds);
    if (b !== a) placeB[i] = b;
    if (c !== a && c !== b) placeC[i] = c;
    if (b !== c && b !== NO_PLACE && c !== NO_PLACE && known(e.from) && known(e.to)) {
      let byTo = moveCodeOf.get(b);
      if (!byTo) moveCodeOf.set(b, (byTo = new Map()));
      let m = byTo.get(c);
      if (m === undefined) {
        m = moves.length;
        byTo.set(c, m);
        moves.push([b, c]);
      }
      movement[i] = m;
    }
    actorStart[i] = actorList.length;
    const seen = new Set<number>();
    for (const name of e.actors) {
      const code = codeFor(name, actorCodeOf, actors);
      if (!seen.has(code)) {
        seen.add(code);
        actorList.push(code);
      }
    }
    transferred[i] = e.counts.transferred ?? 0;
    detained[i] = e.counts.detained ?? 0;
    people[i] = e.counts.transferred ?? e.counts.detained ?? 0;
    haystack[i] = index.haystack.get(e.id) ?? '';
    if ((i + 1) % ROWS_PER_STEP === 0) yield (size + i + 1) / (2 * size);
  }
  actorStart[size] = actorList.length;
  const endReach = new Uint32Array(size);
  let reach = 0;
  for (let i = 0; i < size; i++) {
    reach = Math.max(reach, endRank[i] as number);
    endReach[i] = reach;
  }

  return {
    index,
    events,
    size,
    ids,
    dates,
    dateTimes,
    startRank,
    endRank,
    endReach,
    type,
    typeCodeOf,
    origins,
    originCodeOf: originCodes,
    origin,
    placeIds,
    placeCodeOf,
    place,
    placeB,
    placeC,
    movement,
    moves,
    actors,
    actorCodeOf,
    actorStart,
    actorCodes: Uint32Array.from(actorList),
    transferred,
    detained,
    people,
    haystack,
    textMatches: new Map(),
    scratch: new Uint32Array(size),
  };
}

/** First rank whose date is >= value (dates.length when none). */
export function lowerRank(dates: readonly string[], value: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First rank whose date is > value (dates.length when none). */
export function upperRank(dates: readonly string[], value: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as string) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in an ascending array whose value is >= value. */
export function lowerIndex(sorted: ArrayLike<number>, value: number, end = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rows (ascending) whose text holds every word of the query, as `matches` does; null for an
 * empty query. Memoised per query string, so chip toggles under a fixed search reuse the scan,
 * and a query that only adds to a remembered one (typing on) scans that one's rows only.
 */
export function textMatchesOf(columns: ColumnarIndex, q: string): Uint32Array | null {
  const query = q.trim().toLowerCase();
  if (!query) return null;
  const cached = columns.textMatches.get(query);
  if (cached) return cached;
  const words = query.split(/\s+/);
  // Every row holding the new words holds a remembered query's words when each of those is part of a new word.
  let candidates: Uint32Array | null = null;
  for (const [previous, rows] of columns.textMatches) {
    const narrower = previous.split(/\s+/).every((p) => words.some((w) => w.includes(p)));
    if (narrower && (candidates === null || rows.length < candidates.length)) candidates = rows;
  }
  const { haystack } = columns;
  const found: number[] = [];
  const total = candidates === null ? columns.size : candidates.length;
  for (let k = 0; k < total; k++) {
    const i = candidates === null ? k : (candidates[k] as number);
    const text = haystack[i] as string;
    let all = true;
    for (const word of words) {
      if (!text.includes(word)) {
        all = false;
        break;
      }
    }
    if (all) found.push(i);
  }
  const rows = Uint32Array.from(found);
  if (columns.textMatches.size >= TEXT_CACHE_SIZE) {
    const oldest = columns.textMatches.keys().next();
    if (!oldest.done) columns.textMatches.delete(oldest.value);
  }
  columns.textMatches.set(query, rows);
  return rows;
}

/** A 0/1 mask over codes for the chosen values, or null when nothing is chosen (no filter). */
export function chosenMask(
  chosen: readonly string[],
  codeOf: ReadonlyMap<string, number>,
  codeCount: number,
): Uint8Array | null {
  if (chosen.length === 0) return null;
  // Values the dataset does not hold select nothing, but the filter is still on.
  const mask = new Uint8Array(codeCount);
  for (const value of chosen) {
    const code = codeOf.get(value);
    if (code !== undefined) mask[code] = 1;
  }
  return mask;
}

// What the views draw for one dataset and one set of filters: each part computed on first read and kept.
import {
  EVENT_TYPES,
  type AtlasEvent,
  type EventType,
  type Place,
  type Tally,
} from '@/data/schema';
import type { ColumnarIndex } from './columnar-index';
import {
  compareTallies,
  headlineComparison,
  type Comparison,
  type Headline,
  type Itemized,
} from './comparison';
import { compareEvents, type DatasetIndex } from './dataset-index';
import type { ChipCounts, CumulativeTransfers, MovementGroup, PlaceGroup } from './derived-shapes';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { columnsOf, fusedPass, type FusedPass } from './fused-derive';
import { passCumulative } from './pass-cumulative';
import {
  passChipCounts,
  passingEvents,
  passingIds,
  passMovementGroups,
  passPlaceGroups,
  passTouchedPlaces,
  passTransferPrefix,
  passTransferredBetween,
  passTypeCounts,
} from './pass-readers';

export interface KeyFigures {
  events: number;
  /** Sum of counts.transferred over the filtered (itemized) events. */
  transferred: number;
  /** The latest official total that may be compared with those transfers, like with like, or why none. */
  latest: Headline;
}

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
 * The events passing the filters and everything derived from them: one fused pass over the
 * dataset's columns, run when something is first read; each derivation is built from its sums on
 * first read and kept, so views that ask for the same thing share it. Immutable: a filter change
 * makes a new view.
 */
export class FilteredView implements Itemized {
  readonly index: DatasetIndex;
  readonly filters: Filters;
  #pass: FusedPass | null = null;
  #transferPrefix: Float64Array | null = null;
  #events: readonly AtlasEvent[] | null = null;
  #ids: readonly string[] | null = null;
  #chipCounts: ChipCounts | null = null;
  #cumulative = new Map<number | undefined, CumulativeTransfers>();
  #placeGroups: readonly PlaceGroup[] | null = null;
  #movementGroups: readonly MovementGroup[] | null = null;
  #typesPresent: readonly EventType[] | null = null;
  #touchedPlaces: readonly Place[] | null = null;
  #passed: Uint8Array | null = null;
  #undated: FilteredView | null = null;
  #headline: Headline | null = null;
  #keyFigures: KeyFigures | null = null;

  constructor(index: DatasetIndex, filters: Filters) {
    this.index = index;
    this.filters = filters;
  }

  #sums(): FusedPass {
    this.#pass ??= fusedPass(columnsOf(this.index), this.filters);
    return this.#pass;
  }

  /** How many events pass (no event list is built for it). */
  get count(): number {
    return this.#sums().count;
  }

  /** The passing events, in date order. */
  get events(): readonly AtlasEvent[] {
    this.#events ??= passingEvents(this.#sums());
    return this.#events;
  }

  /** The passing events' ids, in the same order. */
  get ids(): readonly string[] {
    this.#ids ??= passingIds(this.#sums());
    return this.#ids;
  }

  /** People transferred in the passing events. */
  get transferred(): number {
    return this.#sums().transferred;
  }

  /** How many events each chip would show: each group counted against every filter but its own. */
  get chipCounts(): ChipCounts {
    this.#chipCounts ??= passChipCounts(this.#sums());
    return this.#chipCounts;
  }

  /**
   * The running sum of people transferred, stacked by origin: one point per transfer date, or at
   * most `maxPoints` merged points (e.g. the chart's width in pixels).
   */
  cumulative(maxPoints?: number): CumulativeTransfers {
    let series = this.#cumulative.get(maxPoints);
    if (!series) {
      series = passCumulative(this.#sums(), maxPoints);
      this.#cumulative.set(maxPoints, series);
    }
    return series;
  }

  /** One group per known place with passing events, in order of first appearance. */
  get placeGroups(): readonly PlaceGroup[] {
    this.#placeGroups ??= passPlaceGroups(this.#sums(), this.index.placeById);
    return this.#placeGroups;
  }

  /** One group per from→to pair of known places. */
  get movementGroups(): readonly MovementGroup[] {
    this.#movementGroups ??= passMovementGroups(this.#sums(), this.index.placeById);
    return this.#movementGroups;
  }

  /** The event types present, in EVENT_TYPES order. */
  get typesPresent(): readonly EventType[] {
    if (!this.#typesPresent) {
      const counts = passTypeCounts(this.#sums());
      this.#typesPresent = EVENT_TYPES.filter((_, t) => (counts[t] as number) > 0);
    }
    return this.#typesPresent;
  }

  /** Every known place the events touch: where they happened and where people were moved from and to. */
  get touchedPlaces(): readonly Place[] {
    if (!this.#touchedPlaces) {
      const { placeIds } = columnsOf(this.index);
      this.#touchedPlaces = passTouchedPlaces(this.#sums()).flatMap((code) => {
        const place = this.index.placeById.get(placeIds[code] as string);
        return place ? [place] : [];
      });
    }
    return this.#touchedPlaces;
  }

  /**
   * Whether the event with this id passed: a binary search and a bit per row, so views asking on
   * every hover need no set of 100,000 ids. The bits are set on the first question.
   */
  includes(id: string): boolean {
    const row = rowOf(this.#sums().columns, id);
    return row >= 0 && this.passedRows[row] === 1;
  }

  /** A byte per row of the dataset's columns (`columnsOf(index)`): 1 where the row passed. */
  get passedRows(): Uint8Array {
    if (!this.#passed) {
      const pass = this.#sums();
      this.#passed = new Uint8Array(pass.columns.size);
      for (let k = 0; k < pass.count; k++) this.#passed[pass.rows[k] as number] = 1;
    }
    return this.#passed;
  }

  /** The same filters without the date range: what a comparison sums from a tally's own baseline. */
  get undated(): FilteredView {
    if (this.filters.from === null && this.filters.to === null) return this;
    this.#undated ??= new FilteredView(this.index, { ...this.filters, from: null, to: null });
    return this.#undated;
  }

  /** People transferred by passing events of these origins dated within [since, until], inclusive. */
  transferredBetween(origins: readonly string[], since: string | null, until: string): number {
    const pass = this.#sums();
    this.#transferPrefix ??= passTransferPrefix(pass);
    let sum = 0;
    for (const origin of origins)
      sum += passTransferredBetween(pass, this.#transferPrefix, origin, since, until);
    return sum;
  }

  /** Each tally compared with the itemized transfers (by id), or null where it is not like with like. */
  compare(tallies: readonly Tally[]): Map<string, Comparison | null> {
    return compareTallies(tallies, this.undated, this.filters);
  }

  /** The comparison the headline states: the latest comparable tally announced in the date range. */
  get headline(): Headline {
    this.#headline ??= headlineComparison(this.index.dataset.tallies, this.undated, this.filters);
    return this.#headline;
  }

  /** The header's figures: events, people transferred, and the comparable official total. */
  get keyFigures(): KeyFigures {
    this.#keyFigures ??= {
      events: this.count,
      transferred: this.transferred,
      latest: this.headline,
    };
    return this.#keyFigures;
  }
}

const unfilteredByIndex = new WeakMap<DatasetIndex, FilteredView>();

/**
 * The view of these filters. The one of DEFAULT_FILTERS (the store's filters at start-up and after
 * Reset) is kept per index, so the filters panel's totals and the page's view share one pass.
 */
export function viewOf(index: DatasetIndex, filters: Filters): FilteredView {
  if (filters !== DEFAULT_FILTERS) return new FilteredView(index, filters);
  let view = unfilteredByIndex.get(index);
  if (!view) {
    view = new FilteredView(index, filters);
    unfilteredByIndex.set(index, view);
  }
  return view;
}

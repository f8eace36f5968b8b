// Domain benchmark: filter + every derived series per filter change, the app's fused engine against the naive baseline.
import { performance } from 'node:perf_hooks';
import type { Dataset } from '@/data/schema';
import { buildColumnarIndex } from '@/domain/columnar-index';
import { buildIndex } from '@/domain/dataset-index';
import { DEFAULT_FILTERS, type Filters } from '@/domain/filters';
import { FilteredView } from '@/domain/filtered-view';
import { fusedPass } from '@/domain/fused-derive';
import { passingEvents } from '@/domain/pass-readers';
import { runFrames } from '@/domain/playback';
import { naiveDerive } from '@/testing/oracles';
import { median, timeMedian } from './measure';

/** Points the chart asks for: about one per horizontal pixel of a wide chart. */
export const CHART_POINTS = 1000;

export interface DomainResult {
  size: number;
  /** Median CPU ms per filter change over the scenario cycle: the fused pass and every derived series. */
  app: number;
  /** Extra CPU ms to hand the filtered events over as an array of objects. */
  list: number;
  naive: number;
  /** The same per playback step (the window growing by a month, first month to last), and naive. */
  playbackApp: number;
  playbackNaive: number;
  /** One-off cost per dataset: the date-ordered index, then the columns. */
  indexMs: number;
  columnsMs: number;
}

/**
 * A session of filter changes an analyst makes: chips on and off, a date range, places, an actor,
 * and a fresh search word each cycle (so the text scan is paid, not only served from the memo).
 */
function scenarios(dataset: Dataset, cycle: number): Filters[] {
  const places = dataset.places.slice(0, 3).map((p) => p.id);
  const base = DEFAULT_FILTERS;
  return [
    { ...base },
    { ...base, types: ['transfer'] },
    { ...base, types: ['transfer', 'raid'] },
    { ...base, types: ['transfer', 'raid'], origins: ['MM'] },
    { ...base, origins: ['MM', 'LA'], from: '2024-01-01', to: '2024-12-31' },
    { ...base, from: '2025-03-01', to: '2025-06-30' },
    { ...base, places },
    { ...base, actors: ['Ming family'] },
    { ...base, q: String(100 + ((cycle * 37) % 900)) },
    { ...base, q: 'transfer', types: ['transfer', 'arrest'] },
  ];
}

/**
 * Playback frames over the whole dataset (the date window ending on a month's last day), every third
 * month: small windows and large alike, and the naive engine's 36 months at 100,000 events would take
 * minutes.
 */
function playbackFrames(dataset: Dataset): Filters[] {
  const dates = dataset.events.flatMap((e) => [e.date, e.dateEnd ?? e.date]).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  if (!first || !last) return [];
  return runFrames(first, last)
    .filter((_, i) => i % 3 === 2)
    .map((to) => ({ ...DEFAULT_FILTERS, to }));
}

type Counted = ReadonlyMap<string, number> | Record<string, number>;

/** Equal counts, whatever the key order (types come in EVENT_TYPES order in the engine). */
function sameCounts(a: Counted, b: Counted): boolean {
  const entries = (c: Counted) =>
    new Map(c instanceof Map ? c : Object.entries(c as Record<string, number>));
  const [x, y] = [entries(a), entries(b)];
  const keys = new Set([...x.keys(), ...y.keys()]);
  return [...keys].every((k) => (x.get(k) ?? 0) === (y.get(k) ?? 0));
}

export function benchDomain(dataset: Dataset): DomainResult {
  const indexTimes: number[] = [];
  const columnTimes: number[] = [];
  let index = buildIndex(dataset);
  let columns = buildColumnarIndex(index);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    index = buildIndex(dataset);
    const t1 = performance.now();
    columns = buildColumnarIndex(index);
    indexTimes.push(t1 - t0);
    columnTimes.push(performance.now() - t1);
  }

  // The two engines must agree before their speeds mean anything.
  for (const filters of scenarios(dataset, 0)) {
    const view = new FilteredView(index, filters);
    const plain = naiveDerive(index, filters, CHART_POINTS);
    const chips = view.chipCounts;
    if (
      view.count !== plain.events.length ||
      view.transferred !== plain.transferred ||
      !sameCounts(chips.places, plain.chips.places) ||
      !sameCounts(chips.types, plain.chips.types) ||
      !sameCounts(chips.actors, plain.chips.actors)
    )
      throw new Error(`The engines disagree for ${JSON.stringify(filters)}`);
  }

  const cycles = Array.from({ length: 64 }, (_, c) => scenarios(dataset, c));
  const perCycle = (cycles[0] as Filters[]).length;
  let sink = 0;

  const derive = (filters: Filters) => {
    const view = new FilteredView(index, filters);
    const chips = view.chipCounts;
    const series = view.cumulative(CHART_POINTS);
    sink += view.events.length + chips.types.transfer + series.points.length;
    sink += view.placeGroups.length;
  };
  const deriveNaively = (filters: Filters) => {
    const d = naiveDerive(index, filters, CHART_POINTS);
    sink += d.events.length + d.chips.types.transfer + d.cumulative.points.length + d.places.length;
  };
  const naiveTiming = { warmup: 1, minSamples: 3, minTotalMs: 1500, maxSamples: 100 };

  const app =
    timeMedian((call) => {
      for (const filters of cycles[call % cycles.length] as Filters[]) derive(filters);
    }) / perCycle;

  // The filtered events as an array of objects, for views that take one (the list only needs the rows).
  const passes = (cycles[0] as Filters[]).map((filters) => fusedPass(columns, filters));
  const list =
    timeMedian(() => {
      for (const pass of passes) sink += passingEvents(pass).length;
    }) / perCycle;

  const naive =
    timeMedian((call) => {
      for (const filters of cycles[call % cycles.length] as Filters[]) deriveNaively(filters);
    }, naiveTiming) / perCycle;

  // A playback run re-derives everything for each month's window, the naive way from scratch.
  const frames = playbackFrames(dataset);
  const steps = Math.max(1, frames.length);
  const playbackApp =
    timeMedian(() => {
      for (const filters of frames) derive(filters);
    }) / steps;
  const playbackNaive =
    timeMedian(() => {
      for (const filters of frames) deriveNaively(filters);
    }, naiveTiming) / steps;

  // Keeps the engines' results alive so no optimiser can skip the work.
  if (sink < 0) throw new Error('unreachable');
  return {
    size: dataset.events.length,
    app,
    list,
    naive,
    playbackApp,
    playbackNaive,
    indexMs: median(indexTimes),
    columnsMs: median(columnTimes),
  };
}

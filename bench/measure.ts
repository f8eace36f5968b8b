// Timing helpers: warm-up, repeated samples, and the median, so one slow sample on a busy machine does not decide.
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { findChromium } from '../scripts/chromium-path.mjs';
import { beginChange, endChange, type ChangeRequest, type ChangeTiming } from './page-probes';

/** The page's regions, by label: each change is timed to the paint of every one of them. */
export const VIEW_REGIONS = ['Filters', 'Timeline', 'Cumulative transfers', 'Map', 'Event details'];

/**
 * Milliseconds of CPU this process has used. The bench machine is shared: wall time counts the
 * time other programs held the core, CPU time counts only our work.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The value below which `share` (0–1) of the values lie, nearest rank: p95 of 24 moves is the 23rd. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] as number;
}

export interface TimingOptions {
  /** Untimed runs first, so the JIT has compiled the hot loops. */
  warmup: number;
  /** At least this many samples... */
  minSamples: number;
  /** ...and more until this much time (ms) has been spent, up to maxSamples. */
  minTotalMs: number;
  maxSamples: number;
}

export const DEFAULT_TIMING: TimingOptions = {
  warmup: 5,
  minSamples: 15,
  minTotalMs: 1500,
  maxSamples: 400,
};

/**
 * Median milliseconds per call of `run`. A sample repeats the call until it spans at least a
 * millisecond, so sub-millisecond work is not lost in the timer's resolution.
 */
export function timeMedian(
  run: (sample: number) => void,
  options = DEFAULT_TIMING,
  clock: () => number = cpuMs,
): number {
  for (let i = 0; i < options.warmup; i++) run(i);
  let inner = 1;
  for (;;) {
    const t0 = clock();
    for (let k = 0; k < inner; k++) run(k);
    if (clock() - t0 >= 1 || inner >= 1 << 16) break;
    inner *= 2;
  }
  const samples: number[] = [];
  let spent = 0;
  let call = 0;
  while (
    samples.length < options.minSamples ||
    (spent < options.minTotalMs && samples.length < options.maxSamples)
  ) {
    const t0 = clock();
    for (let k = 0; k < inner; k++) run(call++);
    const elapsed = clock() - t0;
    spent += elapsed;
    samples.push(elapsed / inner);
  }
  return median(samples);
}

/** Main-thread CPU ms of the page so far (CDP's ThreadTime): what a change costs whatever else runs on the machine. */
export async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/** One click timed from input to the paint of every region, and the main-thread CPU it cost. */
export async function timedClick(
  page: Page,
  cdp: CDPSession,
  click: string,
): Promise<{ timing: ChangeTiming; cpuMs: number }> {
  const before = await threadMs(cdp);
  await page.evaluate(beginChange, {
    action: { click },
    regions: VIEW_REGIONS,
    quietMs: 300,
    maxMs: 10_000,
  } satisfies ChangeRequest);
  const timing = await page.evaluate(endChange);
  return { timing, cpuMs: (await threadMs(cdp)) - before };
}

/** Per region, the median ms from a change to its paint, over the changes that reached it. */
export function regionMedians(samples: readonly ChangeTiming[]): Record<string, number> {
  const paint: Record<string, number> = {};
  for (const label of VIEW_REGIONS) {
    const times = samples.flatMap((s) => (s.regions[label] == null ? [] : [s.regions[label]]));
    if (times.length) paint[label] = median(times);
  }
  return paint;
}

/** Chromium as the browser tests launch it. */
export function launchChromium(): Promise<Browser> {
  const use = playwrightConfig.use ?? {};
  return chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: use.launchOptions?.args ?? ['--no-sandbox'],
  });
}

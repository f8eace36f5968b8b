// Playback in the browser: a run at 4× from the first month to the last, then month steps timed to paint.
import type { CDPSession, Page } from '@playwright/test';
import { median, percentile, regionMedians, threadMs, timedClick } from './measure';
import { beginRun, endRun, settle, type ChangeTiming, type RunTiming } from './page-probes';

export interface PlaybackResult {
  /** Month steps (the +1 month button): how many, and p50 and p95 of step → page painted. */
  steps: number;
  p50Ms: number;
  p95Ms: number;
  /** Median ms from a step to the paint of each region it changed. */
  paint: Record<string, number>;
  /** Median main-thread CPU per step, and the longest task over the steps. */
  cpuMs: number;
  longestTask: number;
  /** The run at 4× (250 ms a month), and its main-thread CPU per frame shown. */
  playing: RunTiming;
  playingCpuMs: number;
}

const TIMELINE = 'section[aria-label="Timeline"]';
const PLAYBACK = `${TIMELINE} .playback`;
const PLAY = `${PLAYBACK} > button:nth-of-type(1)`;
const STEP_MONTH = `${PLAYBACK} > button:nth-of-type(2)`;
const FASTEST = `${PLAYBACK} .playback-speed button:last-child`;
/** Timed month steps: enough for a p95, fewer than the synthetic data's 36 months. */
const STEPS = 24;

export async function benchPlayback(page: Page, cdp: CDPSession): Promise<PlaybackResult> {
  // As a presenter runs it: at 4× from the first month to the last, Play not pressed again at the end.
  await page.locator(PLAYBACK).scrollIntoViewIfNeeded();
  await page.click(FASTEST);
  const runCpu = await threadMs(cdp);
  await page.evaluate(beginRun, `${PLAYBACK} .playback-position`);
  await page.click(PLAY);
  await page.waitForSelector(`${PLAY}[aria-pressed="false"]`, { timeout: 600_000 });
  const playing = await page.evaluate(endRun);
  const playingCpuMs = ((await threadMs(cdp)) - runCpu) / Math.max(1, playing.frames);

  // Then a month at a time from the first month: the ended run gave the window back (no range),
  // so +1 month starts a fresh run there.
  await page.click(STEP_MONTH);
  await page.evaluate(settle, { quietMs: 500, maxMs: 30_000 });
  const steps: ChangeTiming[] = [];
  const cpu: number[] = [];
  for (let step = 0; step < STEPS; step++) {
    const { timing, cpuMs } = await timedClick(page, cdp, STEP_MONTH);
    steps.push(timing);
    cpu.push(cpuMs);
  }
  const times = steps.map((s) => s.page ?? 0);
  return {
    steps: steps.length,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    paint: regionMedians(steps),
    cpuMs: median(cpu),
    longestTask: Math.max(0, ...steps.map((s) => s.longestTask)),
    playing,
    playingCpuMs,
  };
}

// Browser benchmark: the built app in Chromium on each synthetic dataset, timing filter changes and map moves to paint.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { launchChromium, median, percentile, regionMedians, threadMs, timedClick } from './measure';
import { benchPlayback, type PlaybackResult } from './playback-bench';
import {
  beginChange,
  countViews,
  endChange,
  installProbes,
  scrollList,
  settle,
  type ChangeRequest,
  type ChangeTiming,
  type ViewCounts,
} from './page-probes';

/** What the views keep in the DOM after loading (ViewCounts), and the timings. */
export interface BrowserResult extends ViewCounts {
  size: number;
  /** ms from navigation to the last DOM change of the first full render. */
  loadMs: number;
  /** Median ms from a chip click to the next paint, per region that changed, and for the whole page. */
  paint: Record<string, number>;
  paintPage: number;
  /** p95 of the same for the whole page, over every filter change. */
  paintPageP95: number;
  filterChanges: number;
  handlerMs: number;
  /** p50 and p95 ms from the end of the click handler to the paint of the clicked chip's new state. */
  controlP50Ms: number;
  controlP95Ms: number;
  /** Median main-thread CPU ms per filter change and per map move, bench probes included. */
  filterCpuMs: number;
  mapCpuMs: number;
  /** The most event rows the list held at the top, middle and end. */
  listRows: number;
  /** Median ms from moveend (pan: the mouse up; zoom: the end of the zoom animation) to the map's paint. */
  panMs: number;
  zoomMs: number;
  /** Over every pan and zoom: how many, and the p50 and p95 of moveend → map painted. */
  mapMoves: number;
  moveP50Ms: number;
  moveP95Ms: number;
  /** ms from the wheel to the map's last paint, animation included. */
  zoomTotalMs: number;
  longestTaskFilter: number;
  longestTaskMap: number;
  playback: PlaybackResult;
  heapMb: number;
}

const FILTER_CHANGES = ['transfer', 'MM', 'MM', 'transfer'].map(
  (value) => `section[aria-label="Filters"] button[data-value="${value}"]`,
);
/** Five rounds of four chip clicks: 20 changes, enough for a p95. */
const ROUNDS = 5;
/** Each round pans once and zooms in and out: 8 rounds are 24 moves, enough for a p95. */
const MAP_ROUNDS = 8;

/**
 * The point nearest the map's centre where the pointer rests on the bare map: a move measured from over
 * a mark would also time that mark's hover lighting up every view, which is not a cost of the move.
 */
function bareSpot(container: Element): { x: number; y: number } {
  const box = container.getBoundingClientRect();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let r = 0; r < Math.min(box.width, box.height) / 2; r += 12)
    for (let a = 0; a < 360; a += 30) {
      const x = cx + r * Math.cos((a * Math.PI) / 180);
      const y = cy + r * Math.sin((a * Math.PI) / 180);
      const hit = document.elementFromPoint(x, y);
      const busy = '.map-mark, .map-arrow, .map-label, .map-edge, .leaflet-popup, .leaflet-control';
      if (hit && container.contains(hit) && !hit.closest(busy)) return { x, y };
    }
  return { x: cx, y: cy };
}

async function mapMove(page: Page, kind: 'pan' | 'zoomIn' | 'zoomOut'): Promise<ChangeTiming> {
  const map = page.locator('section[aria-label="Map"] .leaflet-container');
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('The map has no box');
  const { x, y } = await map.evaluate(bareSpot);
  await page.mouse.move(x, y);
  await page.evaluate(beginChange, {
    action: { input: kind === 'pan' ? 'pointerup' : 'wheel' },
    regions: ['Map'],
    quietMs: 400,
    maxMs: 8000,
    fromZoomEnd: kind !== 'pan',
  } satisfies ChangeRequest);
  if (kind === 'pan') {
    await page.mouse.down();
    await page.mouse.move(x - 160, y - 60, { steps: 8 });
    // A pause before letting go, so Leaflet adds no inertia to the move.
    await page.waitForTimeout(150);
    await page.mouse.up();
  } else {
    await page.mouse.wheel(0, kind === 'zoomIn' ? -120 : 120);
  }
  return page.evaluate(endChange);
}

/** Opens the app on the dataset of this size: ms from navigation to the last DOM change of its first full render. */
async function openAtlas(page: Page, origin: string, size: number): Promise<number> {
  await page.goto(`${origin}/n${size}/`);
  const ready = { timeout: 300_000 };
  await page.waitForSelector('section[aria-label="Timeline"] [role=option]', ready);
  await page.waitForSelector('section[aria-label="Map"] .leaflet-container', ready);
  await page.waitForSelector('section[aria-label="Cumulative transfers"] svg', ready);
  return page.evaluate(settle, { quietMs: 1000, maxMs: 60_000 });
}

/** The load alone (`--only=load`), in a fresh browser as in the full run. */
export async function benchLoad(origin: string, size: number): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    return await openAtlas(page, origin, size);
  } finally {
    await browser.close();
  }
}

interface ProbedPage {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  loadMs: number;
}

/** The app opened on the dataset of this size with the probes installed, page errors collected. */
async function openProbed(browser: Browser, origin: string, size: number): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.addInitScript(installProbes);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, errors, loadMs: await openAtlas(page, origin, size) };
}

/** Playback alone (`--only=playback`), in a fresh browser: a quick run of the one measure. */
export async function benchPlaybackAlone(origin: string, size: number): Promise<PlaybackResult> {
  const browser = await launchChromium();
  try {
    const { page, cdp } = await openProbed(browser, origin, size);
    return await benchPlayback(page, cdp);
  } finally {
    await browser.close();
  }
}

export async function benchBrowser(origin: string, size: number): Promise<BrowserResult> {
  const browser = await launchChromium();
  try {
    const { page, cdp, errors, loadMs } = await openProbed(browser, origin, size);

    const counts = await page.evaluate(countViews);
    let listRows = counts.listRows;
    for (const fraction of [0.5, 1])
      listRows = Math.max(listRows, await page.evaluate(scrollList, fraction));
    await page.evaluate(scrollList, 0);

    const samples: ChangeTiming[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const click of FILTER_CHANGES) {
        const { timing, cpuMs } = await timedClick(page, cdp, click);
        samples.push(timing);
        cpu.push(cpuMs);
      }
    }
    const controls = samples.flatMap((s) => (s.control === null ? [] : [s.control]));

    const pans: ChangeTiming[] = [];
    const zooms: ChangeTiming[] = [];
    const zoomTotals: number[] = [];
    const mapCpu: number[] = [];
    for (let round = 0; round < MAP_ROUNDS; round++) {
      let before = await threadMs(cdp);
      pans.push(await mapMove(page, 'pan'));
      mapCpu.push((await threadMs(cdp)) - before);
      await page.waitForTimeout(300);
      for (const kind of ['zoomIn', 'zoomOut'] as const) {
        before = await threadMs(cdp);
        const move = await mapMove(page, kind);
        mapCpu.push((await threadMs(cdp)) - before);
        zooms.push(move);
        zoomTotals.push(move.pageSinceInput ?? 0);
        await page.waitForTimeout(300);
      }
    }
    const mapTime = (t: ChangeTiming) => t.regions.Map ?? 0;
    const moves = [...pans, ...zooms].map(mapTime);
    const playback = await benchPlayback(page, cdp);

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    if (errors.length)
      console.warn(`  (page errors at ${size}: ${errors.slice(0, 3).join(' | ')})`);

    return {
      size,
      loadMs,
      paint: regionMedians(samples),
      paintPage: median(samples.map((s) => s.page ?? 0)),
      paintPageP95: percentile(
        samples.map((s) => s.page ?? 0),
        0.95,
      ),
      filterChanges: samples.length,
      handlerMs: median(samples.map((s) => s.handler)),
      controlP50Ms: percentile(controls, 0.5),
      controlP95Ms: percentile(controls, 0.95),
      filterCpuMs: median(cpu),
      mapCpuMs: median(mapCpu),
      ...counts,
      listRows,
      panMs: median(pans.map(mapTime)),
      zoomMs: median(zooms.map(mapTime)),
      mapMoves: moves.length,
      moveP50Ms: percentile(moves, 0.5),
      moveP95Ms: percentile(moves, 0.95),
      zoomTotalMs: median(zoomTotals),
      longestTaskFilter: Math.max(0, ...samples.map((s) => s.longestTask)),
      longestTaskMap: Math.max(0, ...[...pans, ...zooms].map((s) => s.longestTask)),
      playback,
      heapMb: heap / 1024 / 1024,
    };
  } finally {
    await browser.close();
  }
}

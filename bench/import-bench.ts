// Import in the browser: the 100,000-event JSON chosen through the Import button, and the page's longest task until the views show it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './measure';
import { settle } from './page-probes';

export interface ImportResult {
  size: number;
  /** ms from choosing the file to the last DOM change of the views showing the imported data. */
  totalMs: number;
  /** The page's longest main-thread task in that time: CPU ms (the thread's own time) and wall ms. */
  longestTaskCpuMs: number;
  longestTaskWallMs: number;
  /** Main-thread tasks of over 100 ms CPU. */
  tasksOver100: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The page's main-thread tasks from a Chromium trace of the `toplevel` category: a task is a
 * scheduler RunTask on the thread named CrRendererMain. Its `tdur` is the thread's CPU time, which
 * a busy machine does not inflate, its `dur` the wall time; workers run on threads of their own.
 */
function mainThreadTasks(trace: Buffer): { cpuMs: number; wallMs: number }[] {
  const parsed = JSON.parse(trace.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) =>
        e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => ({ cpuMs: (e.tdur ?? 0) / 1000, wallMs: (e.dur ?? 0) / 1000 }));
}

/**
 * Opens the app on the dataset served at /n<shownSize>/, imports `json` as a file through the Import
 * button, and waits until the Filters count `size` events and the page has been quiet for a second.
 */
export async function benchImport(
  origin: string,
  shownSize: number,
  size: number,
  json: string,
): Promise<ImportResult> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-import-'));
  const file = join(dir, `bench-${size}.json`);
  writeFileSync(file, json);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${origin}/n${shownSize}/`);
    await page.waitForSelector('section[aria-label="Cumulative transfers"] svg');
    await page.evaluate(settle, { quietMs: 1000, maxMs: 30_000 });
    const input = page.getByLabel('Import a data file (JSON or CSV)');

    await browser.startTracing(page, { categories: ['toplevel'] });
    const chosen = await page.evaluate(() => performance.now());
    await input.setInputFiles(file);
    const count = size.toLocaleString('en');
    // Polled rarely and cheaply: the bench's own reads are tasks on the thread it measures.
    await page.waitForFunction(
      (text) =>
        (
          document.querySelector('section[aria-label="Filters"] [role="status"]')?.textContent ?? ''
        ).includes(`of ${text} events`),
      count,
      { polling: 500, timeout: 300_000 },
    );
    const last = await page.evaluate(settle, { quietMs: 1000, maxMs: 60_000 });
    const tasks = mainThreadTasks(await browser.stopTracing());
    const longest = tasks.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { cpuMs: 0, wallMs: 0 });
    return {
      size,
      totalMs: last - chosen,
      longestTaskCpuMs: longest.cpuMs,
      longestTaskWallMs: longest.wallMs,
      tasksOver100: tasks.filter((t) => t.cpuMs > 100).length,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

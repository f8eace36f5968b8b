// The benchmark's 100,000-event JSON in real Chromium: imported with progress and no long task, cancellable, and released after "Back".
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticDataset } from '../bench/generate';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const SIZE = 100_000;
/** The longest main-thread task an import may cause (the usual "long task" line is 50 ms). */
const MAX_TASK_MS = 100;

/** Written once for all tests: the same file `npm run bench` serves, as JSON on disk. */
const bigFile = (() => {
  const bundled = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-big-')), 'bench-100k.json');
  writeFileSync(path, JSON.stringify(syntheticDataset(SIZE, bundled.places)));
  return path;
})();

const importInput = (page: Page) => page.getByLabel('Import a data file (JSON or CSV)');
const progress = (page: Page) => page.getByRole('group', { name: 'Import in progress' });
const banner = (page: Page) => page.getByRole('region', { name: 'Your data' });

async function openApp(page: Page): Promise<void> {
  // Long tasks from the first paint on, so none slips past before the test looks.
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
}

/** Long tasks that started between two moments of the page's clock. */
async function longTasksBetween(page: Page, from: number, to: number) {
  return page.evaluate(
    ([a, b]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((t) => t.start >= a && t.start < b)
        .map((t) => Math.round(t.duration)),
    [from, to] as const,
  );
}

test.describe('importing 100,000 events', () => {
  test.setTimeout(180_000);

  test('shows progress, imports every event, and never blocks the page over 100 ms', async ({
    page,
  }) => {
    await openApp(page);
    const start = await page.evaluate(() => performance.now());
    await importInput(page).setInputFiles(bigFile);
    await expect(progress(page)).toBeVisible();
    await expect(progress(page).getByRole('progressbar')).toBeVisible();
    await expect(progress(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
    await screenshot(page, 'import-large-progress');

    await expect(banner(page)).toContainText('Your data: 100,000 events from bench-100k.json.', {
      timeout: 150_000,
    });
    await expect(progress(page)).toHaveCount(0);
    // The import ends where its dataset is handed to the views (the app marks that moment).
    const ready = await page.evaluate(
      () => performance.getEntriesByName('atlas:import-ready')[0]?.startTime ?? -1,
    );
    expect(ready).toBeGreaterThan(start);
    const tasks = await longTasksBetween(page, start, ready);
    expect(tasks.filter((ms) => ms > MAX_TASK_MS)).toEqual([]);
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('status')).toContainText(
      /of 100,?000 events/,
    );
  });

  test('Cancel stops the import and leaves the bundled data shown', async ({ page }) => {
    await openApp(page);
    const status = page.getByRole('region', { name: 'Filters' }).getByRole('status');
    const before = await status.textContent();
    await importInput(page).setInputFiles(bigFile);
    await progress(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(progress(page)).toHaveCount(0);
    await expect(
      page.getByText('Import of bench-100k.json cancelled. Nothing was changed.'),
    ).toBeAttached();
    await expect(banner(page)).toHaveCount(0);
    // Long enough for a finished worker to have delivered: nothing may arrive after Cancel.
    await page.waitForTimeout(3000);
    await expect(banner(page)).toHaveCount(0);
    expect(await status.textContent()).toBe(before);
  });
});

// The benchmark's 100,000-event JSON in real Chromium: imported in a worker with progress, every event arrives, and Cancel changes nothing.
// No timing is asserted here (speed belongs in `npm run bench`); the page still freezes for seconds when 100,000 events reach the views.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticDataset } from '../bench/generate';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const SIZE = 100_000;

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
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
}

test.describe('importing 100,000 events', () => {
  test.setTimeout(180_000);

  test('shows progress and Cancel, then every event in every view', async ({ page }) => {
    await openApp(page);
    await importInput(page).setInputFiles(bigFile);
    await expect(progress(page)).toBeVisible();
    await expect(progress(page).getByRole('progressbar')).toBeVisible();
    await expect(progress(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
    await screenshot(page, 'import-large-progress');

    await expect(banner(page)).toContainText('Your data: 100,000 events from bench-100k.json.', {
      timeout: 150_000,
    });
    await expect(progress(page)).toHaveCount(0);
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

// A region that throws shows its own message and Retry; every other region keeps working meanwhile.
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

// The test-only switch of src/ui/break-switch.tsx: a localStorage key naming the region to break.
const BREAK_KEY = 'crackdown-atlas:break-region';

const AREAS: [area: string, label: string][] = [
  ['filters', 'Filters'],
  ['timeline', 'Timeline'],
  ['chart', 'Cumulative transfers'],
  ['map', 'Map'],
  ['details', 'Event details'],
];

// React reports each error a boundary catches on the console: these are the ones staged here.
test.use({ allowedConsoleError: /broken on purpose for a test/ });

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Sets the switch before the app's first script runs, for this page load only. */
async function breakOnLoad(page: Page, area: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // Only the first load: a reload in the test must not switch it on again.
      if (!sessionStorage.getItem('break-set')) {
        sessionStorage.setItem('break-set', '1');
        localStorage.setItem(key, value);
      }
    },
    [BREAK_KEY, area] as const,
  );
}

test('a broken chart keeps filters, timeline, map and details working; Retry restores it', async ({
  page,
}) => {
  await breakOnLoad(page, 'chart');
  await page.goto('/');

  const chart = region(page, 'Cumulative transfers');
  const alert = chart.getByRole('alert');
  await expect(alert).toContainText('Cumulative transfers failed');
  await expect(alert).toContainText('broken on purpose');
  const retry = chart.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeEnabled();
  // Only the chart failed.
  await expect(page.getByRole('alert')).toHaveCount(1);

  // Timeline: pick the first card; details follow.
  const cards = region(page, 'Timeline').getByRole('listbox').getByRole('option');
  const first = cards.first();
  const id = (await first.getAttribute('data-event-id')) ?? '';
  expect(id).not.toBe('');
  await first.click();
  const details = region(page, 'Event details');
  await expect(
    details.locator(`article[data-selected="true"][data-event-id="${id}"]`),
  ).toBeVisible();

  // Filters narrow the list, and the status line counts it.
  const filters = region(page, 'Filters');
  const status = filters.getByRole('status');
  const before = await status.textContent();
  await filters.locator('button.chip[data-value="LA"]').click();
  await expect(status).not.toHaveText(before ?? '');
  await filters.getByRole('button', { name: 'Reset' }).click();
  await expect(status).toHaveText(before ?? '');

  // Map: a mark is there and selecting through it reaches the details.
  const map = region(page, 'Map');
  const mark = map.locator('.map-mark[data-event-id]').first();
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(map.locator('.map-mark[data-selected="true"]')).toHaveCount(1);
  await expect(details.locator('article[data-selected="true"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await screenshot(page, 'robustness-chart-broken');
  await chart.screenshot({ path: 'e2e/screenshots/robustness-chart-broken-region.png' });

  // While the switch is still on, Retry renders again and fails again: no stale or blank region.
  await retry.click();
  await expect(chart.getByRole('alert')).toContainText('broken on purpose');

  // Switch off, Retry: the real chart loads in place, without a page reload.
  await page.evaluate((key) => localStorage.removeItem(key), BREAK_KEY);
  await chart.getByRole('button', { name: 'Retry' }).click();
  await expect(chart.getByRole('alert')).toHaveCount(0);
  await expect(chart.locator('.transfer-dot').first()).toBeVisible();
  await expect(chart.getByTestId('chart-summary')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('each region fails alone: the other four still render', async ({ page }) => {
  for (const [area, label] of AREAS) {
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      BREAK_KEY,
      area,
    ] as const);
    await page.reload();
    await expect(region(page, label).getByRole('alert')).toContainText(`${label} failed`);
    await expect(page.getByRole('alert')).toHaveCount(1);
    // The header sits outside every region and still reports the dataset.
    await expect(page.getByTestId('dataset-counts')).toContainText('events');
    for (const [, other] of AREAS.filter(([a]) => a !== area)) {
      const otherRegion = region(page, other);
      await expect(otherRegion).toBeVisible();
      await expect(otherRegion.getByRole('heading').first()).toBeVisible();
    }
    await page.evaluate((key) => localStorage.removeItem(key), BREAK_KEY);
  }
});

test('a broken region at phone width keeps its message inside the region', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await breakOnLoad(page, 'map');
  await page.goto('/');
  // A phone shows one view at a time: the other tabs work, the Map tab shows the message.
  const tabs = page.getByRole('navigation', { name: 'Views' });
  await expect(region(page, 'Timeline').getByRole('option').first()).toBeVisible();
  await tabs.getByRole('button', { name: 'Map', exact: true }).click();
  const map = region(page, 'Map');
  await expect(map.getByRole('alert')).toBeVisible();
  await expect(map.getByRole('alert')).toContainText('Map failed');
  await expect(map.getByRole('button', { name: 'Retry' })).toBeInViewport();
  const frame = await map.boundingBox();
  const box = await map.getByRole('alert').boundingBox();
  expect(frame && box).toBeTruthy();
  if (frame && box) expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await screenshot(page, 'robustness-map-broken-390');
});

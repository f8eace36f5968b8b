// The Cumulative transfers region in the built app: tallies, log scale, table view, linked selection, brushing.
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

// The region is named in the interface language: 累计移交 in Chinese.
const chartRegion = (page: Page, name = 'Cumulative transfers') =>
  page.getByRole('region', { name });

async function openChart(page: Page, query = '', name?: string) {
  await page.goto(`/${query}`);
  const region = chartRegion(page, name);
  await expect(region.locator('.transfer-dot').first()).toBeVisible();
  return region;
}

test('shows the running sum, tally labels and the official-vs-itemized summary', async ({
  page,
}) => {
  // Room for direct labels: in a short plot, markers crowd and a label could be read as its
  // neighbour's, so none is drawn there (the key and tooltips name every series).
  await page.setViewportSize({ width: 1440, height: 1000 });
  const region = await openChart(page);
  await expect(region.getByTestId('chart-summary')).toContainText(
    /^From .+ to .+, reported handovers from .+ add up to [\d,]+: [\d.]+% of the .+ the ministry announced that day for .+\.$/,
  );
  // The diamond of the 48,000 tally carries its baseline and the comparison.
  await expect(region.locator('.tally-marker[aria-label*="48,000"]')).toHaveAttribute(
    'aria-label',
    /about 48,000 since 1 Jan 2023.*official about 48,000 vs itemized [\d,]+ since 1 Jan 2023 \([\d.]+%\)/,
  );
  await expect(region.locator('.tally-labels text').first()).toBeVisible();
  await expect(region.locator('.chart-legend')).toContainText('since 1 Jan 2023');
  await screenshot(page, 'chart-1440');
  await region.screenshot({ path: 'e2e/screenshots/chart-region-1440.png' });
});

test('hovering a tally shows official versus itemized', async ({ page }) => {
  const region = await openChart(page);
  await region.locator('.tally-marker[aria-label*="about 48,000"]').hover();
  await expect(region.locator('.chart-tooltip')).toContainText(
    /official about 48,000 vs itemized [\d,]+ since 1 Jan 2023 \([\d.]+%\)/,
  );
  await region.screenshot({ path: 'e2e/screenshots/chart-tooltip.png' });
  // Over the steps, the tooltip reads the running sums in effect at the pointer: aim at a date in
  // the last quarter of the axis where no tally marker stands (a marker answers with its own tooltip).
  const box = (await region.locator('.brush-surface').boundingBox())!;
  const markerXs = (await region.locator('.tally-marker').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return r.x + r.width / 2;
    }),
  )) as number[];
  const clear = [0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84, 0.86, 0.88]
    .map((f) => box.x + box.width * f)
    .find((x) => markerXs.every((mx) => Math.abs(mx - x) > 12));
  expect(clear, 'a date in the last quarter without a tally marker').toBeDefined();
  await page.mouse.move(clear!, box.y + box.height * 0.97);
  await expect(region.locator('.chart-tooltip')).toContainText(
    /Myanmar[\d,]+Laos[\d,]+Total[\d,]+/,
  );
  await region.screenshot({ path: 'e2e/screenshots/chart-tooltip-steps.png' });
});

test('the log toggle changes the value axis', async ({ page }) => {
  const region = await openChart(page);
  const ticks = region.locator('.chart-y-tick-labels text');
  await expect(ticks.first()).toHaveText('0');
  const linear = await ticks.allTextContents();
  await region.getByRole('button', { name: 'Log' }).click();
  await expect(ticks.first()).toHaveText('1');
  const log = await ticks.allTextContents();
  expect(log).not.toEqual(linear);
  expect(log).toContain('10k');
  await expect(page).toHaveURL(/scale=log/);
  await region.screenshot({ path: 'e2e/screenshots/chart-log.png' });
});

test('at 1280×720 with only official totals in view, the key sits under the chart, not over its years', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?type=raid');
  const region = chartRegion(page);
  await expect(region.getByText(/^No itemized transfers in view/)).toBeVisible();
  await expect(region.locator('.chart-x-tick-labels text').first()).toBeVisible();
  const key = await region.locator('.chart-key summary').boundingBox();
  const years = await region
    .locator('.chart-x-tick-labels text')
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => [r.top, r.bottom]),
    );
  // The key line starts below every year of the time axis (it was drawn across them).
  for (const [, bottom] of years) expect(key!.y).toBeGreaterThanOrEqual(bottom!);
});

test('the table view lists running sums and tallies', async ({ page }) => {
  const region = await openChart(page);
  await region.getByRole('button', { name: 'Table' }).click();
  const running = region.getByRole('table', { name: /running sum/i });
  await expect(running.locator('tbody tr').first()).toBeVisible();
  expect(await running.locator('tbody tr').count()).toBeGreaterThan(5);
  const tallies = region.getByRole('table', { name: /official tallies/i });
  await expect(tallies).toContainText('about 48,000');
  await expect(tallies).toContainText('not comparable');
  await screenshot(page, 'chart-table');
});

test('clicking a transfer dot selects its event everywhere', async ({ page }) => {
  const region = await openChart(page);
  // A dot of one date over no other mark: a dot for several dates, or over a tally marker, asks
  // which is meant (tested in comparison.spec.ts).
  const dot = region.locator('.transfer-dot:not([data-dates*=" "]):not([data-overlaps])').nth(2);
  const ids = (await dot.getAttribute('data-event-id'))!.split(' ');
  await dot.click();
  await expect(dot).toHaveAttribute('data-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`event=${ids[0]}`));
  // A vertical line has no width, so Playwright calls it hidden; it is there.
  await expect(region.locator('.selected-date line')).toHaveCount(1);
  await expect(
    page.getByRole('region', { name: 'Event details' }).locator(`[data-event-id="${ids[0]}"]`),
  ).not.toHaveCount(0);
});

test('dragging across the chart sets the date range', async ({ page }) => {
  const region = await openChart(page);
  const surface = region.locator('.brush-surface');
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 5 });
  await expect(region.locator('.chart-drag-area')).toBeVisible();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect(region.getByTestId('chart-range')).toContainText(
    /Range: \d+ \w+ \d{4} – \d+ \w+ \d{4}/,
  );
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await region.screenshot({ path: 'e2e/screenshots/chart-brushed.png' });
  await region.getByRole('button', { name: 'Clear range' }).click();
  await expect(region.getByTestId('chart-range')).toContainText('All dates');
});

test('reads well at phone width and in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  // A phone shows one view at a time: the chart is behind its tab, full width.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Chart', exact: true })
    .click();
  const region = chartRegion(page);
  await expect(region.locator('.transfer-dot').first()).toBeVisible();
  const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const surface = await region.locator('.chart-surface').first().boundingBox();
  expect(surface!.x).toBeGreaterThanOrEqual(0);
  expect(surface!.x + surface!.width).toBeLessThanOrEqual(390);
  expect(surface!.width).toBeGreaterThan(300);
  await region.scrollIntoViewIfNeeded();
  await screenshot(page, 'chart-390');
  await region.screenshot({ path: 'e2e/screenshots/chart-region-390-dark.png' });
});

test('speaks Chinese when the interface does', async ({ page }) => {
  const region = await openChart(page, '?lang=zh', '累计移交');
  await expect(region.getByRole('heading', { name: '累计移交人数' })).toBeVisible();
  await expect(region.getByTestId('chart-summary')).toHaveText(
    /^.+至.+报道的自.+移交合计 [\d,]+ 人，占公安部当日公布的.+的 [\d.]+%。$/,
  );
  await region.getByRole('button', { name: '表格' }).click();
  await expect(region.getByRole('table', { name: '范围内公布的官方累计数据' })).toContainText(
    '约48,000',
  );
  await region.screenshot({ path: 'e2e/screenshots/chart-zh-table.png' });
});

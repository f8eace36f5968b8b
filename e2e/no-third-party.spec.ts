// A full session (load, filter, select, pan, zoom, chart modes, export) asks no origin but the app's own.
import type { Page, Request } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

/** Every request the browser context makes, from any page or worker, in order. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request: Request) => urls.push(request.url()));
  return urls;
}

/** Requests to another origin; data: and blob: URLs are made in the page and leave nothing. */
function foreignRequests(urls: readonly string[], own: string): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== own;
  });
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Whichever export items the header offers, each clicked once and its file received. */
async function exportEverything(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.count()) === 0) return 0;
  await button.click();
  const labels = await page.getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  let saved = 0;
  for (const label of labels) {
    await button.click();
    const item = page.getByRole('menuitem', { name: label, exact: true });
    if (!(await item.isEnabled())) {
      await page.keyboard.press('Escape');
      continue;
    }
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await item.click();
    await (await download).path();
    saved += 1;
  }
  return saved;
}

test('a full session makes no request to another origin', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  const own = new URL(baseURL ?? 'http://127.0.0.1').origin;

  await page.goto('/');
  const filters = region(page, 'Filters');
  const timeline = region(page, 'Timeline');
  const map = region(page, 'Map');
  const chart = region(page, 'Cumulative transfers');
  const details = region(page, 'Event details');

  // Filter: chips, a search, a date preset, then Reset.
  await filters.locator('button.chip[data-value="transfer"]').click();
  await filters.locator('button.chip[data-value="LA"]').click();
  await filters.getByRole('searchbox', { name: 'Search' }).fill('Vientiane');
  await expect(timeline.getByRole('option').first()).toBeVisible();
  await filters.getByRole('button', { name: 'Reset' }).click();
  await filters.getByRole('button', { name: '2024', exact: true }).click();
  await filters.getByRole('button', { name: 'Reset' }).click();

  // Select in the list, step with the details' Next.
  await timeline.getByRole('option').nth(1).click();
  await expect(details.locator('article[data-selected="true"]')).toBeVisible();
  await details.getByRole('button', { name: /Next/ }).click();

  // Map: select a mark, pan by dragging, zoom by wheel and by the button.
  const mark = map.locator('.map-mark[data-event-id]').first();
  await expect(mark).toBeVisible();
  await mark.click();
  await page.keyboard.press('Escape');
  const frame = await map.locator('.leaflet-container').boundingBox();
  expect(frame).not.toBeNull();
  if (frame) {
    const x = frame.x + frame.width * 0.7;
    const y = frame.y + frame.height * 0.3;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 150, y + 90, { steps: 12 });
    await page.mouse.up();
    // A moved map is part of the view: the link records it.
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
    const before = new URL(page.url()).searchParams.get('map');
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe(before);
  }
  await map.getByRole('button', { name: 'Zoom in' }).click();
  await map.getByRole('button', { name: 'Fit to filtered events' }).click();

  // Chart: log scale, table, back to the chart.
  await expect(chart.locator('.transfer-dot').first()).toBeVisible();
  await chart.getByRole('button', { name: 'Log' }).click();
  await chart.getByRole('button', { name: 'Table' }).click();
  await expect(chart.getByRole('table').first()).toBeVisible();
  await chart.getByRole('button', { name: 'Chart' }).click();
  await chart.getByRole('button', { name: 'Linear' }).click();

  // Export: every file the header offers (none yet if the Export menu has not landed).
  const saved = await exportEverything(page);
  test.info().annotations.push({ type: 'exports', description: String(saved) });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(timeline.getByRole('option').first()).toBeVisible();
  await screenshot(page, 'no-third-party-390');

  expect(foreignRequests(requests, own)).toEqual([]);
  // The recorder saw the session: the app's own dataset and base map were asked for.
  expect(requests.some((url) => url.endsWith('/data/events.json'))).toBe(true);
  expect(requests.some((url) => url.includes('basemap/'))).toBe(true);
});

test('the recorder flags another origin (the check itself can fail)', () => {
  const own = 'http://127.0.0.1:4173';
  expect(
    foreignRequests(
      [
        `${own}/data/events.json`,
        'data:image/png;base64,AAAA',
        `blob:${own}/1234`,
        'https://tile.openstreetmap.org/1/1/1.png',
        'http://127.0.0.1:9999/x',
      ],
      own,
    ),
  ).toEqual(['https://tile.openstreetmap.org/1/1/1.png', 'http://127.0.0.1:9999/x']);
});

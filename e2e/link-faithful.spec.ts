// What the page shows, its link reproduces; what it refuses, it refuses visibly, at input or in the link notice.
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const filters = (page: Page) => region(page, 'Filters');
const notice = (page: Page) => page.getByRole('status', { name: 'About this link' });

/** What a reader sees of the filters: the search text, both dates and the event count. */
async function shownFilters(page: Page) {
  const panel = filters(page);
  return {
    q: await panel.getByRole('searchbox', { name: 'Search' }).inputValue(),
    from: await panel.getByLabel('From', { exact: true }).inputValue(),
    to: await panel.getByLabel('To', { exact: true }).inputValue(),
    status: await panel.getByRole('status').textContent(),
  };
}

/** Opens the page's current address in a fresh tab, after the URL write has settled. */
async function reopen(page: Page): Promise<Page> {
  await page.waitForTimeout(400);
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await expect(filters(fresh).getByRole('status')).toContainText('events');
  return fresh;
}

test('a search longer than the link can carry is refused at input, with a message', async ({
  page,
}) => {
  await page.goto('/');
  const search = filters(page).getByRole('searchbox', { name: 'Search' });
  // 204 characters: the words of one event's title, then padding no event contains.
  await search.fill(`Myawaddy ${'x'.repeat(195)}`);
  await expect(filters(page).getByText('Search is limited to 200 characters')).toBeVisible();
  expect((await search.inputValue()).length).toBe(200);
  const shown = await shownFilters(page);
  const fresh = await reopen(page);
  expect(await shownFilters(fresh)).toEqual(shown);
  await screenshot(page, 'link-faithful-search');
});

test('a reversed range typed into the date fields is refused with a message, not linked', async ({
  page,
}) => {
  await page.goto('/');
  const panel = filters(page);
  await panel.getByLabel('From', { exact: true }).fill('2024-01-01');
  await panel.getByLabel('To', { exact: true }).fill('2025-06-30');
  await expect(panel.getByRole('status')).not.toContainText(/^(\d+) of \1 events$/);
  // Now a start after the end: the page says no, and keeps the range it had.
  await panel.getByLabel('From', { exact: true }).fill('2025-09-01');
  await expect(panel.getByRole('alert')).toHaveText(
    'The start date is after the end date; the range was not changed.',
  );
  await page.waitForTimeout(400);
  const params = new URL(page.url()).searchParams;
  expect([params.get('from'), params.get('to')]).toEqual(['2024-01-01', '2025-06-30']);
  await screenshot(page, 'link-faithful-reversed');

  // Fixing the typo clears the message and applies the new range.
  await panel.getByLabel('From', { exact: true }).fill('2025-01-01');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  const shown = await shownFilters(page);
  expect([shown.from, shown.to]).toEqual(['2025-01-01', '2025-06-30']);
  const fresh = await reopen(page);
  expect(await shownFilters(fresh)).toEqual(shown);
});

test('a link value the page refuses is named in the notice and left out of the address', async ({
  page,
}) => {
  await page.goto('/?from=0000-01&map=22,100,15&type=raid');
  await expect(notice(page)).toContainText('from=0000-01 (not a date like');
  await expect(notice(page)).toContainText('map=22,100,15 (outside the map: zoom 4–11');
  await page.waitForTimeout(400);
  const params = new URL(page.url()).searchParams;
  expect(params.get('from')).toBeNull();
  expect(params.get('map')).toBeNull();
  // The rest of the link still applies.
  expect(params.get('type')).toBe('raid');
  await screenshot(page, 'link-faithful-notice');
});

test('a map view the map can show is kept exactly as linked', async ({ page }) => {
  await page.goto('/?map=22.5,100.25,9.5');
  await expect(region(page, 'Map').locator('.map-mark').first()).toBeVisible();
  await page.waitForTimeout(600);
  expect(new URL(page.url()).searchParams.get('map')).toBe('22.5,100.25,9.5');
  await expect(notice(page)).toHaveCount(0);
});

test('a version with control characters is shown escaped, not blank', async ({ page }) => {
  await page.goto('/?v=%00');
  await expect(notice(page)).toContainText('This link was made with dataset \\u0000;');
});

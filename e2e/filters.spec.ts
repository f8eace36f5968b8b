// The Filters region on the built app: chips, search and Reset narrow every view to the right events.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const total = dataset.events.length;
const placeById = new Map(dataset.places.map((p) => [p.id, p]));

/** The same text the app searches: titles, summaries, place names and actors, lower-cased. */
function haystack(e: Dataset['events'][number]): string {
  const places = [e.place, e.from, e.to].flatMap((id) => {
    const p = id ? placeById.get(id) : undefined;
    return p ? [p.name, p.name_zh ?? ''] : [];
  });
  return [e.title, e.summary, e.title_zh ?? '', e.summary_zh ?? '', ...places, ...e.actors]
    .join('\n')
    .toLowerCase();
}

// The region is named in the interface language: 筛选 in Chinese.
const filtersRegion = (page: Page, name = 'Filters') =>
  page.getByRole('region', { name, exact: true });
const statusLine = (page: Page, name?: string) => filtersRegion(page, name).getByRole('status');

/** Every event id any view currently draws (marks list several ids). */
async function drawnIds(page: Page, scope: string): Promise<string[]> {
  const values = await page
    .getByRole('region', { name: scope, exact: true })
    .locator('[data-event-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  return values.flatMap((v) => v.split(' ')).filter(Boolean);
}

test('type and origin chips, search and Reset narrow the events', async ({ page }) => {
  const transfers = dataset.events.filter((e) => e.type === 'transfer');
  const laos = dataset.events.filter((e) => e.origin === 'LA');
  const ming = dataset.events.filter((e) => haystack(e).includes('ming'));
  expect(transfers.length).toBeGreaterThan(0);
  expect(laos.length).toBeGreaterThan(0);
  expect(ming.length).toBeGreaterThan(0);
  expect(ming.length).toBeLessThan(total);

  await page.goto('/');
  const filters = filtersRegion(page);
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  const reset = filters.getByRole('button', { name: 'Reset' });
  await expect(reset).toBeDisabled();

  const transferChip = filters.locator('button.chip[data-value="transfer"]');
  await expect(transferChip).toContainText('Transfer');
  await expect(transferChip.locator('.chip-count')).toHaveText(String(transfers.length));
  await transferChip.click();
  await expect(transferChip).toHaveAttribute('aria-pressed', 'true');
  await expect(statusLine(page)).toHaveText(`${transfers.length} of ${total} events`);
  const transferIds = new Set(transfers.map((e) => e.id));
  for (const id of await drawnIds(page, 'Timeline')) expect(transferIds).toContain(id);
  await expect(page.getByTestId('figure-events')).toContainText(`${transfers.length} of ${total}`);
  await screenshot(page, 'filters-1440');

  await reset.click();
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  await expect(transferChip).toHaveAttribute('aria-pressed', 'false');
  await expect(reset).toBeDisabled();

  await filters.locator('button.chip[data-value="LA"]').click();
  await expect(statusLine(page)).toHaveText(`${laos.length} of ${total} events`);
  await expect(filters.locator('button.chip[data-value="LA"]')).toContainText('Laos');
  await reset.click();

  await filters.getByRole('searchbox', { name: 'Search' }).fill('Ming');
  await expect(statusLine(page)).toHaveText(`${ming.length} of ${total} events`);
  await reset.click();
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  await expect(filters.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('places and actors are picked from the keyboard', async ({ page }) => {
  const byActor = dataset.events.filter((e) => e.actors.includes('Ming family'));
  await page.goto('/');
  const filters = filtersRegion(page);
  const find = filters.getByRole('combobox', { name: 'Find a person or group' });
  await find.click();
  await page.keyboard.type('ming fam');
  await expect(find).toHaveValue('ming fam');
  await page.keyboard.press('ArrowDown');
  // Focus stays in the field; the option under the arrows is its active descendant, and shows it.
  const option = filters
    .getByRole('listbox', { name: 'Actors: options' })
    .getByRole('option', { name: /^Ming family/ });
  await expect(find).toBeFocused();
  await expect(find).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expect(option).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(statusLine(page)).toHaveText(`${byActor.length} of ${total} events`);
  await expect(filters.getByRole('button', { name: 'Remove Ming family' })).toBeVisible();
  await screenshot(page, 'filters-picker-1440');
  // With chips pressed, a token and the option list open: no serious or critical violations.
  await filters.locator('button.chip[data-value="raid"]').click();
  const axe = await new AxeBuilder({ page })
    .include('header')
    .include('[aria-label="Filters"]')
    .analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  await filters.locator('button.chip[data-value="raid"]').click();
  await page.keyboard.press('Escape');
  await filters.getByRole('button', { name: 'Remove Ming family' }).click();
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
});

test('a year preset and the phone layout', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // On a phone the filters are one of the view tabs, full width under the tab bar.
  const tabs = page.getByRole('navigation', { name: 'Views' });
  await tabs.getByRole('button', { name: 'Filters', exact: true }).click();
  const filters = filtersRegion(page);
  const box = await filters.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const inYear = dataset.events.filter(
    (e) => (e.dateEnd ?? e.date) >= '2024-01-01' && e.date <= '2024-12-31',
  );
  await filters.getByRole('button', { name: '2024', exact: true }).click();
  await expect(statusLine(page)).toHaveText(`${inYear.length} of ${total} events`);
  await expect(filters.getByLabel('From')).toHaveValue('2024-01-01');
  await screenshot(page, 'filters-390');
  // The Timeline tab then lists only that year's events.
  await tabs.getByRole('button', { name: 'Timeline', exact: true }).click();
  const cards = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('option');
  await expect(cards.first()).toBeVisible();
  const years = new Set(inYear.map((e) => e.id));
  const shown = await drawnIds(page, 'Timeline');
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((id) => !years.has(id))).toEqual([]);
});

test('dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await filtersRegion(page).locator('button.chip[data-value="raid"]').click();
  await screenshot(page, 'filters-1440-dark');
});

test('Chinese interface', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(statusLine(page, '筛选')).toHaveText(`${total} / ${total} 个事件`);
  await expect(
    filtersRegion(page, '筛选').locator('button.chip[data-value="transfer"]'),
  ).toContainText('移交');
  await expect(filtersRegion(page, '筛选').locator('button.chip[data-value="LA"]')).toContainText(
    '老挝',
  );
  await expect(page.getByTestId('figure-events')).toContainText('当前事件');
  await screenshot(page, 'filters-1440-zh');
});

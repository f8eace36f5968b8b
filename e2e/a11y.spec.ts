// Accessibility in real Chromium: axe on the main states, keyboard-only use with a visible focus ring.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
/** A movement with counts: the details panel then shows every part (place, movement, figures, sources). */
const selected =
  dataset.events.find((e) => e.type === 'transfer' && e.from && e.to && e.title_zh) ??
  dataset.events[0];

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Waits for the lazy chart and map, so axe sees the whole page and not their loading lines. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.tl-card').first()).toBeVisible();
  await expect(page.locator('.chart-surface').first()).toBeVisible();
  await expect(page.locator('.map-mark').first()).toBeVisible();
}

/** Runs axe; returns the serious and critical violations and notes every finding on the report. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) =>
      `${v.impact ?? 'unknown'} ${v.id} ×${v.nodes.length}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  test.info().annotations.push({ type: 'axe', description: summary.join('\n') || 'no violations' });
  return summary.filter((line) => line.startsWith('serious') || line.startsWith('critical'));
}

const STATES: { name: string; query: string; dark?: boolean; width?: number }[] = [
  { name: 'default view', query: '/' },
  { name: 'a selected event', query: `/?event=${selected?.id ?? ''}` },
  { name: 'the Chinese interface', query: '/?lang=zh' },
  { name: 'the dark theme (system)', query: '/', dark: true },
];

for (const state of STATES) {
  test(`axe finds nothing serious on ${state.name}`, async ({ page }) => {
    // axe walks every node of the page: on a shared two-core machine that takes a while.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: state.dark ? 'dark' : 'light' });
    await page.goto(state.query);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe finds nothing serious in a small embed, whose views sit behind tabs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 480, height: 360 });
  await page.goto('/?origin=LA&type=transfer&mode=embed');
  await expect(page.locator('.embed-tabs')).toBeVisible();
  await expect(page.locator('.map-mark').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds nothing serious on a small screen', async ({ page }) => {
  // Five axe runs: one per view tab and one with the details sheet open.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/?event=${selected?.id ?? ''}`);
  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const shown: Record<string, () => Promise<void>> = {
    Timeline: () => expect(page.locator('.tl-card').first()).toBeVisible(),
    Map: () => expect(page.locator('.map-mark').first()).toBeVisible(),
    Chart: () => expect(page.locator('.chart-surface').first()).toBeVisible(),
    Filters: () => expect(region(page, 'Filters').getByRole('status')).toBeVisible(),
  };
  const found: string[] = [];
  for (const [name, drawn] of Object.entries(shown)) {
    await tab(name).click();
    await drawn();
    found.push(...(await seriousViolations(page)).map((v) => `${name} tab: ${v}`));
  }
  await tab('Timeline').click();
  await page.locator(`.tl-card[data-event-id="${selected?.id ?? ''}"]`).click();
  await expect(page.getByRole('button', { name: 'Close details' })).toBeFocused();
  found.push(...(await seriousViolations(page)).map((v) => `details sheet: ${v}`));
  expect(found).toEqual([]);
});

test('axe finds nothing serious on the dark theme chosen with the switch', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/?event=${selected?.id ?? ''}`);
  await settled(page);
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the check can fail: axe reports an unlabelled button as critical', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.locator('.tl-card').first()).toBeVisible();
  await page.evaluate(() => {
    document.querySelector('#region-filters')?.append(document.createElement('button'));
  });
  const { violations } = await new AxeBuilder({ page }).include('#region-filters').analyze();
  expect(violations.map((v) => `${v.impact ?? ''} ${v.id}`)).toContain('critical button-name');
});

interface FocusInfo {
  name: string;
  ring: boolean;
  inFilters: boolean;
  isList: boolean;
}

/** What has focus, and whether it shows a ring (an outline, as styles.css draws for :focus-visible). */
function focused(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement || el instanceof SVGElement) || el === document.body)
      return null;
    const style = getComputedStyle(el);
    return {
      name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 60),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      inFilters: el.closest('#region-filters') !== null,
      isList: el.getAttribute('role') === 'listbox',
    };
  });
}

test('keyboard alone: Tab from the top through the filters to the list, Enter selects', async ({
  page,
}) => {
  await page.goto('/');
  await settled(page);
  const visited: FocusInfo[] = [];
  // Generous: the place and actor pickers list every option as its own button.
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const info = await focused(page);
    if (!info) continue;
    visited.push(info);
    expect(info.ring, `a visible focus ring on “${info.name}”`).toBe(true);
    if (info.isList) break;
  }
  expect(visited.some((v) => v.inFilters)).toBe(true);
  expect(visited.at(-1)?.isList, 'Tab reaches the event list').toBe(true);

  // The list's cursor starts on the first card: one step down and Enter selects the second.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const card = page.locator('.tl-card[data-selected="true"]');
  await expect(card).toHaveCount(1);
  const id = await card.getAttribute('data-event-id');
  expect(id).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  const event = dataset.events.find((e) => e.id === id);
  await expect(region(page, 'Event details')).toContainText(event?.title ?? '∅');
});

test('skip links appear on focus and move focus to the region', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const jump = page.getByRole('navigation', { name: 'Jump to' });
  const mapLink = jump.getByRole('link', { name: 'Map' });
  expect((await jump.boundingBox())?.y ?? 0).toBeLessThan(0);
  await mapLink.focus();
  await expect(mapLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#region-map')).toBeFocused();
  await expect(page.locator('#region-map')).toBeInViewport();
  // The address stays the shared view: jumping adds no hash.
  expect(new URL(page.url()).hash).toBe('');
});

test('map markers are focusable, labelled buttons, one Tab stop; the chart has a table view', async ({
  page,
}) => {
  await page.goto('/');
  await settled(page);
  const marks = region(page, 'Map').locator('.map-mark');
  const count = await marks.count();
  expect(count).toBeGreaterThan(3);
  // Each can take focus; together they are one Tab stop, and the arrow keys move among them.
  for (let i = 0; i < count; i++) {
    await expect(marks.nth(i)).toHaveAttribute('tabindex', /^(0|-1)$/);
    await expect(marks.nth(i)).toHaveAttribute('aria-label', /\S{3,}/);
  }
  await expect(region(page, 'Map').locator('.map-mark[tabindex="0"]')).toHaveCount(1);
  const mark = marks.first();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=/);
  await expect(region(page, 'Event details').locator('h3').first()).toBeVisible();

  const chart = region(page, 'Cumulative transfers');
  await chart.getByRole('button', { name: 'Table' }).focus();
  await page.keyboard.press('Enter');
  const tables = chart.getByRole('table');
  await expect(tables.first()).toBeVisible();
  expect(await tables.first().getByRole('row').count()).toBeGreaterThan(2);
});

// A phone (390x844): one view at a time under a tab bar, details in a sheet, nothing overflows, fingertip targets.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';
import { region } from './layout-helpers';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
/** The event with the longest title: on a phone its card title must wrap, not be cut. */
const longest = [...dataset.events].sort((a, b) => b.title.length - a.title.length)[0]!;

const WIDTH = 390;
const HEIGHT = 844;
/** Below ~32 CSS px a fingertip starts hitting the neighbour. */
const MIN_TAP = 32;

test.use({ viewport: { width: WIDTH, height: HEIGHT }, hasTouch: true });

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/** Controls on screen shorter than a fingertip, and the page's width. */
function measure(page: Page) {
  return page.evaluate((minTap) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input, select, [role="option"], [role="combobox"]',
    );
    const smallTargets = [...controls].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.leaflet-container')) return [];
      return r.height < minTap
        ? [
            `${el.tagName}.${el.className} “${el.textContent?.trim().slice(0, 30) ?? ''}” ${r.height}px`,
          ]
        : [];
    });
    const shown = [...document.querySelectorAll<HTMLElement>('section.region')]
      .filter((el) => el.getBoundingClientRect().height > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label'), x: r.x, right: r.right };
      });
    return { pageWidth: document.scrollingElement?.scrollWidth ?? Infinity, smallTargets, shown };
    // Half a pixel of rounding slack: a 31.6px button is a 32px button.
  }, MIN_TAP - 0.5);
}

for (const [tab, name] of [
  ['Timeline', 'Timeline'],
  ['Map', 'Map'],
  ['Chart', 'Cumulative transfers'],
  ['Filters', 'Filters'],
] as const)
  test(`the ${tab} tab shows that one view, full width`, async ({ page }) => {
    await page.goto('/');
    await tabs(page).getByRole('button', { name: tab, exact: true }).click();
    await expect(tabs(page).getByRole('button', { name: tab, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(region(page, name)).toBeVisible();
    if (tab === 'Map')
      await expect(region(page, name).locator('[data-event-id]').first()).toBeVisible();
    if (tab === 'Chart') await expect(region(page, name).locator('.chart-surface')).toBeVisible();
    const layout = await measure(page);
    expect(layout.shown.map((r) => r.name)).toEqual([name]);
    expect(layout.shown[0]!.x).toBeGreaterThanOrEqual(0);
    expect(layout.shown[0]!.right).toBeLessThanOrEqual(WIDTH);
    expect(layout.shown[0]!.right - layout.shown[0]!.x).toBeGreaterThan(WIDTH - 40);
    expect(layout.pageWidth, 'no horizontal page scroll').toBeLessThanOrEqual(WIDTH);
    expect(layout.smallTargets, 'controls at least 32px tall').toEqual([]);
    // The tab bar stays reachable at the top while the view scrolls.
    await page.mouse.wheel(0, 600);
    await expect(tabs(page)).toBeInViewport();
    await screenshot(page, `phone-${tab.toLowerCase()}`);
  });

test('a tapped card opens its details in a sheet; closing returns focus to the list', async ({
  page,
}) => {
  await page.goto('/');
  const list = region(page, 'Timeline').getByRole('listbox');
  await list.scrollIntoViewIfNeeded();
  const card = list.locator(`[role=option][data-event-id="${longest.id}"]`);
  for (let top = 0; (await card.count()) === 0; top += 300)
    await list.evaluate((el, y) => {
      el.scrollTop = y;
    }, top);
  // The card at the top of the list's window, the list itself on screen.
  await card.evaluate((el) => {
    const scroller = el.closest('[role=listbox]')!;
    scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  });
  await list.scrollIntoViewIfNeeded();
  // Titles wrap instead of being cut: the whole title is on the card, on more than one line.
  const title = card.locator('.tl-card-title');
  const fits = await title.evaluate((el) => ({
    cut: el.scrollWidth > el.clientWidth + 1,
    lines: Math.round(
      el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
    ),
  }));
  expect(fits.cut).toBe(false);
  expect(fits.lines).toBeGreaterThan(1);

  await card.tap();
  const sheet = region(page, 'Event details');
  await expect(sheet).toBeInViewport();
  await expect(sheet.locator('h3')).toHaveText(longest.title);
  await expect(sheet.locator('h3')).toBeInViewport();
  const close = sheet.getByRole('button', { name: 'Close details' });
  await expect(close).toBeFocused();
  await screenshot(page, 'phone-sheet');
  await page.screenshot({ path: 'e2e/screenshots/phone-sheet-viewport.png' });

  await close.click();
  await expect(sheet).toBeHidden();
  await expect(list).toBeFocused();

  // Escape closes it too, keeping the selection.
  await card.tap();
  await expect(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(list).toBeFocused();
  await expect(card).toHaveAttribute('data-selected', 'true');
});

test('Chinese interface and dark theme keep the tab bar and the sheet usable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?lang=zh');
  await expect(page.getByRole('navigation', { name: '视图' })).toContainText('时间线');
  const layout = await measure(page);
  expect(layout.pageWidth).toBeLessThanOrEqual(WIDTH);
  expect(layout.smallTargets).toEqual([]);
  await screenshot(page, 'phone-zh-dark');
});

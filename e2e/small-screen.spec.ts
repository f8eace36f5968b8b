// A phone (390x844): the regions stack in one column, nothing overflows, controls are tall enough to tap.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const selected =
  dataset.events.find((e) => e.type === 'transfer' && e.from && e.to && e.title_zh) ??
  dataset.events[0];

const WIDTH = 390;
const HEIGHT = 844;
/** Below ~32 CSS px a fingertip starts hitting the neighbour. */
const MIN_TAP = 32;

test.use({ viewport: { width: WIDTH, height: HEIGHT } });

async function settled(page: Page): Promise<void> {
  await expect(page.locator('.tl-card').first()).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.locator('.map-mark').first()).toBeVisible();
}

interface Layout {
  pageWidth: number;
  regions: { id: string; x: number; right: number; top: number; bottom: number }[];
  smallTargets: string[];
  detailsFontSize: number;
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate((minTap) => {
    const regions = [...document.querySelectorAll<HTMLElement>('section.region')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.id,
        x: r.x,
        right: r.right,
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
      };
    });
    // Map marks and Leaflet's zoom buttons are the map's own; everything else is a page control.
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input, select, .jump-nav a, [role="option"]',
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
    const body = document.querySelector('#region-details');
    return {
      pageWidth: document.scrollingElement?.scrollWidth ?? Infinity,
      regions,
      smallTargets,
      detailsFontSize: body ? parseFloat(getComputedStyle(body).fontSize) : 0,
    };
    // Half a pixel of rounding slack: a 31.6px button is a 32px button.
  }, MIN_TAP - 0.5);
}

async function expectUsable(page: Page): Promise<void> {
  await settled(page);
  const layout = await measure(page);
  expect(layout.pageWidth, 'no horizontal page scroll').toBeLessThanOrEqual(WIDTH);
  expect(layout.regions).toHaveLength(5);
  const stacked = [...layout.regions].sort((a, b) => a.top - b.top);
  for (const [i, r] of stacked.entries()) {
    expect(r.x, `${r.id} starts inside the screen`).toBeGreaterThanOrEqual(0);
    expect(r.right, `${r.id} ends inside the screen`).toBeLessThanOrEqual(WIDTH);
    expect(r.right - r.x, `${r.id} takes the full width`).toBeGreaterThan(WIDTH - 40);
    const previous = stacked[i - 1];
    if (previous)
      expect(r.top, `${r.id} below ${previous.id}`).toBeGreaterThanOrEqual(previous.bottom);
  }
  expect(layout.smallTargets, 'controls at least 32px tall').toEqual([]);
  expect(layout.detailsFontSize).toBeGreaterThanOrEqual(14);
  const map = await page.locator('.leaflet-container').boundingBox();
  expect(map?.height ?? 0).toBeGreaterThanOrEqual(300);
  expect(map?.height ?? Infinity).toBeLessThanOrEqual(HEIGHT * 0.6);
}

test('default view', async ({ page }) => {
  await page.goto('/');
  await expectUsable(page);
  await screenshot(page, 'small-default');
});

test('a selected event, reached through the jump bar', async ({ page }) => {
  await page.goto(`/?event=${selected?.id ?? ''}`);
  await expectUsable(page);
  await screenshot(page, 'small-selected');

  const jump = page.getByRole('navigation', { name: 'Jump to' });
  await jump.getByRole('link', { name: 'Details' }).click();
  const details = page.locator('#region-details');
  await expect(details).toBeFocused();
  await expect(details.locator('h3')).toBeInViewport();
  // The bar stays at the top while the page scrolls, and does not cover the region's heading.
  const bar = await jump.boundingBox();
  expect(bar?.y).toBe(0);
  const heading = await details.locator('h2').boundingBox();
  expect(heading?.y ?? 0).toBeGreaterThanOrEqual(bar?.height ?? Infinity);
  await page.screenshot({ path: 'e2e/screenshots/small-selected-details.png' });

  await jump.getByRole('link', { name: 'Map' }).click();
  await expect(page.locator('.leaflet-container')).toBeInViewport({ ratio: 0.8 });
  await page.screenshot({ path: 'e2e/screenshots/small-selected-map.png' });
});

test('Chinese interface', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expectUsable(page);
  await expect(page.getByRole('navigation', { name: '跳转到' })).toContainText('时间线');
  await screenshot(page, 'small-zh');
  await page.screenshot({ path: 'e2e/screenshots/small-zh-top.png' });
});

test('dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?event=${selected?.id ?? ''}`);
  await expectUsable(page);
  await screenshot(page, 'small-dark');
  await page.screenshot({ path: 'e2e/screenshots/small-dark-top.png' });
});

// The language and theme switches in real Chromium: a whole Chinese interface, light and dark that every view follows.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const TOTAL = dataset.events.length;
const selected =
  dataset.events.find((e) => e.type === 'transfer' && e.from && e.to && e.title_zh) ??
  dataset.events[0];

const ZH_REGIONS = ['筛选', '时间线', '累计移交', '地图', '事件详情'];
const EN_REGIONS = ['Filters', 'Timeline', 'Cumulative transfers', 'Map', 'Event details'];

async function settled(page: Page): Promise<void> {
  await expect(page.locator('.tl-card').first()).toBeVisible();
  await expect(page.locator('.chart-surface').first()).toBeVisible();
  await expect(page.locator('.map-mark').first()).toBeVisible();
  // The base map arrives in its own request, after the marks.
  await expect(page.locator('path.map-land-focus').first()).toBeAttached();
}

/**
 * Interface words (headings, field labels, buttons, group and region names, placeholders) still in
 * Latin letters. Data text is left out: summaries, actor names and quotes are not all translated.
 */
function latinInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Words, not acronyms: JSON and CSV are names of formats in Chinese too.
    const latin = /[A-Za-z]*[a-z]{2}/;
    const found = new Set<string>();
    const note = (where: string, text: string | null) => {
      const clean = text?.replace(/\s+/g, ' ').trim();
      if (clean && latin.test(clean)) found.add(`${where}: ${clean.slice(0, 80)}`);
    };
    const interfaceText = 'h2, legend, label, dt, th, caption, [role="status"], .empty';
    for (const el of document.querySelectorAll<HTMLElement>(interfaceText)) {
      // An empty status line is still the interface's; a heading of an event (h3) is data.
      note(el.tagName, el.innerText);
    }
    // Buttons that name things from the data (places, actors) or a language in itself are not interface text.
    const buttons = 'button:not([lang]):not(.picker-option)';
    for (const el of document.querySelectorAll<HTMLElement>(buttons)) note('button', el.innerText);
    for (const el of document.querySelectorAll<HTMLElement>(
      'section, nav, [role="group"], [role="toolbar"], [role="listbox"], dl, input, a.leaflet-control-zoom-in, a.leaflet-control-zoom-out',
    )) {
      note(`${el.tagName}[aria-label]`, el.getAttribute('aria-label'));
      note(`${el.tagName}[title]`, el.getAttribute('title'));
      note(`${el.tagName}[placeholder]`, el.getAttribute('placeholder'));
    }
    for (const el of document.querySelectorAll<HTMLElement>('.jump-nav a'))
      note('jump', el.innerText);
    return [...found];
  });
}

test('the language switch turns the whole interface Chinese, and back', async ({ page }) => {
  await page.goto(`/?event=${selected?.id ?? ''}`);
  await settled(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveURL(/lang=zh/);
  for (const name of ZH_REGIONS) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: '筛选' }).getByRole('status')).toHaveText(
    `${TOTAL} / ${TOTAL} 个事件`,
  );
  await expect(page.getByRole('navigation', { name: '跳转到' })).toBeAttached();
  await expect(page.getByRole('group', { name: '主题' })).toContainText('跟随系统');
  // Titles and place names come from title_zh / name_zh.
  const details = page.getByRole('region', { name: '事件详情' });
  await expect(details.locator('h3')).toHaveText(selected?.title_zh ?? '∅');
  expect(await latinInterfaceText(page)).toEqual([]);
  await screenshot(page, 'i18n-zh-1440');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  for (const name of EN_REGIONS) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
});

test('a zh link shows dates and numbers the Chinese way, through Intl', async ({ page }) => {
  await page.goto(`/?lang=zh&event=${selected?.id ?? ''}`);
  await settled(page);
  await expect(page.locator('.dataset-meta')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.getByTestId('figure-events')).toContainText(`共 ${TOTAL} 个`);
  const date = new Date(`${selected?.date ?? ''}T00:00:00Z`);
  const zhDate = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月`;
  await expect(page.getByRole('region', { name: '事件详情' })).toContainText(zhDate);
  // The chart's axis ticks use Chinese units too (万, not k).
  await expect(page.locator('.chart-tick-value', { hasText: '万' }).first()).toBeVisible();
});

test('in Chinese at 1280 px the header breaks its lines between words, never inside one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?lang=zh&to=2023-11-30');
  await settled(page);
  const header = page.locator('header').first();
  // Each figure's value is one line: "24 共 78 个" was cut before its last character.
  for (const value of await header.locator('.figure-value').all()) {
    const { height, line } = await value.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(height, (await value.textContent()) ?? '').toBeLessThan(line * 1.5);
  }
  // Every other line starts after a space: "逐条事件合 / 计" and "2026年2月3 / 日" were cut inside.
  const cuts = await header.locator('.dataset-meta, .figure-note').evaluateAll((els) =>
    els.flatMap((el) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let top: number | null = null;
      let before = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          const char = text[i] ?? '';
          if (rect?.width) {
            if (top !== null && rect.top > top + rect.height / 2 && !/\s/.test(before + char))
              found.push(`${el.textContent}: …${before}|${char}…`);
            top = rect.top;
          }
          before = char;
        }
      }
      return found;
    }),
  );
  expect(cuts).toEqual([]);
});

interface ThemeColours {
  page: string;
  axisText: string;
  land: string;
  otherLand: string;
  water: string;
}

/** The colours the page, the chart axis and the map base layer are painted with right now. */
function themeColours(page: Page): Promise<ThemeColours> {
  return page.evaluate(() => {
    const colour = (selector: string, prop: 'fill' | 'backgroundColor') => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el)[prop] : 'missing';
    };
    return {
      page: getComputedStyle(document.documentElement).backgroundColor,
      axisText: colour('.chart-tick-value', 'fill'),
      // The countries of the atlas are lighter than their neighbours; the base map's order is not fixed.
      land: colour('path.map-land-focus', 'fill'),
      otherLand: colour('path.map-land:not(.map-land-focus)', 'fill'),
      water: colour('.leaflet-container', 'backgroundColor'),
    };
  });
}

const LIGHT: ThemeColours = {
  page: 'rgb(246, 247, 249)',
  axisText: 'rgb(91, 100, 112)',
  land: 'rgb(244, 243, 239)',
  otherLand: 'rgb(231, 229, 223)',
  water: 'rgb(221, 230, 238)',
};
const DARK: ThemeColours = {
  page: 'rgb(17, 20, 24)',
  axisText: 'rgb(163, 172, 184)',
  land: 'rgb(38, 45, 53)',
  otherLand: 'rgb(30, 36, 42)',
  water: 'rgb(18, 28, 38)',
};

test('the theme switch repaints the page, the chart and the map, and is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/?event=${selected?.id ?? ''}`);
  await settled(page);
  expect(await themeColours(page)).toEqual(LIGHT);
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('button', { name: 'System' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await theme.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await themeColours(page)).toEqual(DARK);
  await screenshot(page, 'theme-dark-switch-1440');

  // A personal preference: kept across reloads, never written into the shared link.
  expect(await page.evaluate(() => localStorage.getItem('crackdown-atlas-theme'))).toBe('dark');
  expect(page.url()).not.toMatch(/theme|dark/);
  await page.reload();
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await themeColours(page)).toEqual(DARK);

  await theme.getByRole('button', { name: 'System' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await themeColours(page)).toEqual(LIGHT);
  expect(await page.evaluate(() => localStorage.getItem('crackdown-atlas-theme'))).toBeNull();
});

test('System follows the system setting; Light overrides a dark system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await settled(page);
  expect(await themeColours(page)).toEqual(DARK);
  await page.getByRole('button', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await themeColours(page)).toEqual(LIGHT);
  await screenshot(page, 'theme-light-over-dark-system-1440');
  await page.getByRole('button', { name: 'System' }).click();
  expect(await themeColours(page)).toEqual(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await themeColours(page)).toEqual(LIGHT);
});

test('dark theme in Chinese', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?lang=zh&event=${selected?.id ?? ''}`);
  await settled(page);
  expect(await themeColours(page)).toEqual(DARK);
  await screenshot(page, 'theme-dark-zh-1440');
});

test.describe('error pages in Chinese', () => {
  // Chromium logs the staged failed request, and React each error a boundary catches.
  // One pattern: test.use reads a two-element array as [value, options].
  test.use({ allowedConsoleError: /Failed to load resource|broken on purpose for a test/ });

  test('a dataset that fails to load is explained in Chinese, with 重试', async ({ page }) => {
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto('/?lang=zh');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('无法加载数据集');
    await expect(alert.getByRole('button', { name: '重试' })).toBeEnabled();
  });

  test('a failing region names itself in Chinese', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('break-set')) return;
      sessionStorage.setItem('break-set', '1');
      localStorage.setItem('crackdown-atlas:break-region', 'chart');
    });
    await page.goto('/?lang=zh');
    const chart = page.getByRole('region', { name: '累计移交', exact: true });
    await expect(chart.getByRole('alert')).toContainText('累计移交出错：');
    await expect(chart.getByRole('button', { name: '重试' })).toBeVisible();
    await page.evaluate(() => localStorage.removeItem('crackdown-atlas:break-region'));
    await chart.getByRole('button', { name: '重试' }).click();
    await expect(chart.locator('.chart-surface').first()).toBeVisible();
  });
});

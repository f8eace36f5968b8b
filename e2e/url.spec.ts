// The URL contract in the built app: a link reproduces the view, Back/Forward walk it, bad links are named.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AtlasEvent, Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';
import { boxOf } from './layout-helpers';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const VERSION = dataset.version;
const TOTAL = dataset.events.length;
const byDate = [...dataset.events].sort((a, b) =>
  a.date !== b.date
    ? a.date < b.date
      ? -1
      : 1
    : (a.dateEnd ?? a.date) !== (b.dateEnd ?? b.date)
      ? (a.dateEnd ?? a.date) < (b.dateEnd ?? b.date)
        ? -1
        : 1
      : a.id < b.id
        ? -1
        : 1,
);

/** The first event that names an actor: the "every key" link is built around it. */
const anchor = byDate.find((e) => e.actors.length > 0 && e.date >= '2023-09-01') ?? byDate[0]!;
const anchorActor = anchor.actors[0] ?? '';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const params = (page: Page) => new URL(page.url()).searchParams;

/** The filters of the link below, applied the way PRODUCT.md §2 defines them. */
function expectedCount(events: AtlasEvent[], month: { from: string; to: string }): number {
  return events.filter(
    (e) =>
      (e.dateEnd ?? e.date) >= month.from &&
      e.date <= month.to &&
      e.type === anchor.type &&
      e.origin === anchor.origin &&
      [e.place, e.from, e.to].includes(anchor.place) &&
      e.actors.includes(anchorActor),
  ).length;
}

test('a link with every key reproduces the view, and Escape leaves present mode', async ({
  page,
}) => {
  const from = anchor.date.slice(0, 7);
  const to = (anchor.dateEnd ?? anchor.date).slice(0, 7);
  const place = dataset.places.find((p) => p.id === anchor.place)!;
  const link =
    `/?from=${from}&to=${to}&type=${anchor.type}&origin=${anchor.origin}&place=${anchor.place}` +
    `&actor=${encodeURIComponent(anchorActor)}&q=${encodeURIComponent(anchorActor.split(' ')[0]!)}` +
    `&event=${anchor.id}&map=${place.lat},${place.lon},7&scale=log&lang=zh&mode=present&v=${VERSION}`;
  const lastDay = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0));
  const count = expectedCount(dataset.events, {
    from: `${from}-01`,
    to: lastDay.toISOString().slice(0, 10),
  });
  expect(count).toBeGreaterThan(0);

  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(region(page, '事件详情')).toBeVisible();
  await expect(region(page, '筛选')).toBeHidden();
  // The selected event is marked in the views and shown in the details, in Chinese when it can be.
  await expect(
    page.locator(`[data-event-id~="${anchor.id}"][data-selected="true"]`).first(),
  ).toBeAttached();
  await expect(region(page, '事件详情')).toContainText(anchor.title_zh ?? anchor.title);
  // The address keeps every key, in the documented order.
  expect([...params(page).keys()]).toEqual([
    'from',
    'to',
    'type',
    'origin',
    'place',
    'actor',
    'q',
    'event',
    'map',
    'scale',
    'lang',
    'mode',
    'v',
  ]);
  await expect(page.getByRole('status', { name: '关于此链接' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /.*/);
  await expect(region(page, '筛选')).toBeVisible();
  await expect(region(page, '筛选').getByRole('status')).toHaveText(`${count} / ${TOTAL} 个事件`);
  expect(params(page).get('mode')).toBeNull();
  expect(params(page).get('event')).toBe(anchor.id);
  // The log scale held through present mode (which has no scale toolbar) shows in the workspace's.
  await expect(
    region(page, '累计移交').getByRole('button', { name: '对数', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('Back and Forward walk through discrete changes', async ({ page }) => {
  await page.goto('/');
  const filters = region(page, 'Filters');
  await expect(filters.getByRole('status')).toHaveText(`${TOTAL} of ${TOTAL} events`);
  expect(params(page).get('v')).toBe(VERSION);
  const chip = (type: string) => filters.locator(`button.chip[data-value="${type}"]`);

  await chip('transfer').click();
  await expect(page).toHaveURL(/[?&]type=transfer&/);
  await chip('raid').click();
  await expect(page).toHaveURL(/[?&]type=transfer,raid&/);
  const both = dataset.events.filter((e) => e.type === 'transfer' || e.type === 'raid').length;
  await expect(filters.getByRole('status')).toHaveText(`${both} of ${TOTAL} events`);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]type=transfer&/);
  await expect(chip('transfer')).toHaveAttribute('aria-pressed', 'true');
  await expect(chip('raid')).toHaveAttribute('aria-pressed', 'false');

  await page.goBack();
  expect(params(page).get('type')).toBeNull();
  await expect(chip('transfer')).toHaveAttribute('aria-pressed', 'false');
  await expect(filters.getByRole('status')).toHaveText(`${TOTAL} of ${TOTAL} events`);

  await page.goForward();
  await expect(chip('transfer')).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(chip('raid')).toHaveAttribute('aria-pressed', 'true');
  await expect(filters.getByRole('status')).toHaveText(`${both} of ${TOTAL} events`);

  // The Present toggle is a discrete change too: Back leaves present mode.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await page.goBack();
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /.*/);
  await expect(chip('raid')).toHaveAttribute('aria-pressed', 'true');
});

test('a garbage link shows a notice naming what was ignored, over a working page', async ({
  page,
}) => {
  await page.goto('/?type=kidnap&foo=<script>alert(1)</script>&map=abc&v=2026-01-01.1');
  const notice = page.getByRole('status', { name: 'About this link' });
  await expect(notice).toContainText('Ignored in the link:');
  await expect(notice).toContainText('type=kidnap (unknown type)');
  await expect(notice).toContainText('foo=<script>alert(1)</script> (unknown key)');
  await expect(notice).toContainText('map=abc (expected lat,lon,zoom)');
  await expect(notice).toContainText(
    `This link was made with dataset 2026-01-01.1; you are viewing ${VERSION}.`,
  );
  // Text from the link is text: nothing was added as markup.
  await expect(page.locator('.link-notice script')).toHaveCount(0);
  await expect(region(page, 'Filters').getByRole('status')).toHaveText(
    `${TOTAL} of ${TOTAL} events`,
  );
  // The address now holds what is shown, nothing more.
  expect(new URL(page.url()).search).toBe(`?v=${VERSION}`);
  await screenshot(page, 'url-notice');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link to an event that does not exist shows the rest of the view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?type=transfer&event=2099-01-01-not-an-event&place=atlantis');
  const notice = page.getByRole('status', { name: 'About this link' });
  await expect(notice).toContainText(
    'The linked event “2099-01-01-not-an-event” is not in this dataset.',
  );
  await expect(notice).toContainText('place=atlantis (not a place in this dataset)');
  await expect(notice).toBeInViewport();
  // The phone opens on the Timeline tab: it lists the linked type's events and none is selected.
  const transfers = new Set(dataset.events.filter((e) => e.type === 'transfer').map((e) => e.id));
  const cards = region(page, 'Timeline').getByRole('option');
  await expect(cards.first()).toBeVisible();
  const listed = await cards.evaluateAll((els) => els.map((el) => el.dataset.eventId ?? ''));
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.filter((id) => !transfers.has(id))).toEqual([]);
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
  await screenshot(page, 'url-notice-390');
  // The count of what the link kept sits in the Filters tab.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Filters', exact: true })
    .click();
  await expect(region(page, 'Filters').getByRole('status')).toHaveText(
    `${transfers.size} of ${TOTAL} events`,
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'url-notice-390-dark');
});

test('present mode steps through the filtered events with the arrow keys', async ({ page }) => {
  const transfers = byDate.filter((e) => e.type === 'transfer');
  await page.goto(`/?type=transfer&mode=present`);
  await expect(region(page, 'Filters')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${transfers[0]!.id}&`));
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${transfers[1]!.id}&`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${transfers[2]!.id}&`));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${transfers[1]!.id}&`));
  await expect(region(page, 'Event details')).toContainText(transfers[1]!.title);
  await screenshot(page, 'url-present-1440');

  // Each step is its own history entry.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${transfers[2]!.id}&`));
});

test('Copy link puts the address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?origin=LA&scale=log');
  const mapTop = async () => Math.round((await boxOf(region(page, 'Map'))).y);
  const before = await mapTop();
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  // The confirmation sits over the page: the toolbar does not wrap and the views do not move.
  expect(await mapTop()).toBe(before);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain(`?origin=LA&scale=log&v=${VERSION}`);
});

test('embed mode hides the chrome, fits its frame and links to the full view', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`/?origin=MM&mode=embed`);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(region(page, 'Filters')).toBeHidden();
  // A frame under 900×560 shows the views one at a time, the map first.
  await expect(region(page, 'Map')).toBeVisible();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(region(page, 'Timeline')).toBeVisible();
  const full = page.getByRole('link', { name: 'Open full view' });
  await expect(full).toHaveAttribute('target', '_blank');
  const href = new URL((await full.getAttribute('href'))!);
  expect(href.search).toBe(`?origin=MM&v=${VERSION}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'url-embed-800');
});

// The Timeline region on the built app: linked selection, brushing the axis, a virtualized list, keys.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const total = dataset.events.length;
const eventById = new Map(dataset.events.map((e) => [e.id, e]));

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const filters = (page: Page) => page.getByRole('region', { name: 'Filters', exact: true });
const list = (page: Page) => timeline(page).getByRole('listbox');
const cards = (page: Page) => list(page).getByRole('option');
const axisMark = (page: Page, id: string) => timeline(page).locator(`svg [data-event-id="${id}"]`);

/** True when the element's box lies inside the list's visible box (scrolled into view there). */
async function insideList(page: Page, element: Locator): Promise<boolean> {
  const [outer, inner] = await Promise.all([list(page).boundingBox(), element.boundingBox()]);
  if (!outer || !inner) return false;
  return inner.y >= outer.y - 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

async function ids(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
}

/** Every card id in the list, scrolling it through (only visible rows are in the DOM). */
async function allCardIds(page: Page): Promise<string[]> {
  const seen = new Set<string>();
  const box = list(page);
  await box.evaluate((el) => el.scrollTo({ top: 0 }));
  for (;;) {
    for (const id of await ids(cards(page))) seen.add(id);
    const done = await box.evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollBy({ top: el.clientHeight / 2 });
      return atEnd;
    });
    if (done) return [...seen];
    await page.waitForTimeout(50);
  }
}

test('a card click selects it on the list and the axis; arrows move; Escape clears', async ({
  page,
}) => {
  await page.goto('/');
  const second = cards(page).nth(1);
  const id = (await second.getAttribute('data-event-id')) ?? '';
  expect(eventById.has(id)).toBe(true);

  await second.click();
  await expect(second).toHaveAttribute('data-selected', 'true');
  await expect(axisMark(page, id)).toHaveAttribute('data-selected', 'true');
  await expect(timeline(page).locator('[data-selected="true"]')).toHaveCount(2);

  await page.keyboard.press('ArrowDown');
  const active = list(page).locator('[data-active="true"]');
  const third = await cards(page).nth(2).getAttribute('data-event-id');
  await expect(active).toHaveAttribute('data-event-id', third ?? '');
  await expect(list(page)).toHaveAttribute('aria-activedescendant', `timeline-option-${third}`);
  await page.keyboard.press('Enter');
  await expect(axisMark(page, third ?? '')).toHaveAttribute('data-selected', 'true');
  await expect(second).not.toHaveAttribute('data-selected', 'true');
  await screenshot(page, 'timeline-1440');
  await timeline(page).screenshot({ path: 'e2e/screenshots/timeline-1440-region.png' });

  // End reaches the last event far down the list, scrolled into view.
  await page.keyboard.press('End');
  await expect(active).toHaveAttribute('aria-posinset', String(total));
  await expect.poll(() => insideList(page, active)).toBe(true);
  await page.keyboard.press('Home');
  await expect(active).toHaveAttribute('aria-posinset', '1');
  await expect.poll(() => insideList(page, active)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(timeline(page).locator('[data-selected="true"]')).toHaveCount(0);
});

test('brushing the axis narrows every view to the range; double-click clears', async ({ page }) => {
  await page.goto('/');
  const status = filters(page).getByRole('status');
  await expect(status).toHaveText(`${total} of ${total} events`);
  const optionCount = await cards(page).count();
  expect(optionCount).toBeLessThanOrEqual(60);
  expect(optionCount).toBeLessThan(total);

  const area = timeline(page).locator('.tl-brush-area');
  const box = await area.boundingBox();
  if (!box) throw new Error('the brush area is not laid out');
  const y = box.y + box.height - 8; // the tick strip: no marks there
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await page.mouse.up();

  await expect(status).not.toHaveText(`${total} of ${total} events`);
  const match = /^(\d+) of (\d+) events$/.exec((await status.textContent()) ?? '');
  const shown = Number(match?.[1]);
  expect(Number(match?.[2])).toBe(total);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);

  // Exact: the actor picker's option list is named "Actors: options", which holds "to" too.
  const from = await filters(page).getByLabel('From', { exact: true }).inputValue();
  const to = await filters(page).getByLabel('To', { exact: true }).inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(to > from).toBe(true);
  await expect(timeline(page).getByText(/^Range: /)).toBeVisible();

  const expected = dataset.events
    .filter((e) => (e.dateEnd ?? e.date) >= from && e.date <= to)
    .map((e) => e.id)
    .sort();
  expect(expected).toHaveLength(shown);
  const cardIds = await allCardIds(page);
  for (const id of cardIds) {
    const event = eventById.get(id);
    expect(event, id).toBeDefined();
    expect((event?.dateEnd ?? event?.date ?? '') >= from, `${id} ends before ${from}`).toBe(true);
    expect((event?.date ?? '') <= to, `${id} starts after ${to}`).toBe(true);
  }
  expect(cardIds.sort()).toEqual(expected);
  expect((await ids(timeline(page).locator('svg [data-event-id]'))).sort()).toEqual(expected);
  await screenshot(page, 'timeline-1440-brushed');
  await timeline(page).screenshot({ path: 'e2e/screenshots/timeline-1440-brushed-region.png' });

  await area.dblclick({ position: { x: box.width * 0.5, y: box.height - 8 } });
  await expect(status).toHaveText(`${total} of ${total} events`);
  await expect(timeline(page).getByText(/^Range: /)).toHaveCount(0);
});

test('a preset chosen in the filters shows on the axis', async ({ page }) => {
  await page.goto('/');
  await filters(page).getByRole('button', { name: '2024', exact: true }).click();
  await expect(timeline(page).locator('.tl-range rect')).toBeVisible();
  await expect(timeline(page).getByText('Range: 1 Jan 2024 – 31 Dec 2024')).toBeVisible();
  await timeline(page).getByRole('button', { name: 'Clear range' }).click();
  await expect(filters(page).getByRole('status')).toHaveText(`${total} of ${total} events`);
});

test('selecting a mark on the axis brings its card into view in the list', async ({ page }) => {
  await page.goto('/');
  const last = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1)?.id ?? '';
  await expect(list(page).locator(`[data-event-id="${last}"]`)).toHaveCount(0);
  await axisMark(page, last).click();
  await expect(axisMark(page, last)).toHaveAttribute('data-selected', 'true');
  const card = list(page).locator(`[data-event-id="${last}"]`);
  await expect(card).toHaveAttribute('data-selected', 'true');
  await expect.poll(() => insideList(page, card)).toBe(true);
});

test('a mark pressed the moment the pointer reaches it is selected on release', async ({
  page,
}) => {
  await page.goto('/');
  // Marks in the middle of the axis, where a hovered mark once moved to the top of its neighbours.
  const inOrder = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const event of inOrder.slice(10, 14)) {
    const mark = axisMark(page, event.id);
    const box = await mark.boundingBox();
    if (!box) throw new Error(`no mark on the axis for ${event.id}`);
    await page.mouse.move(0, 0);
    // A quick hand: the button goes down before the page has drawn the mark as hovered.
    await Promise.all([
      page.mouse.move(box.x + box.width / 2, box.y + box.height / 2),
      page.mouse.down(),
    ]);
    await expect(mark).toHaveAttribute('data-hovered', 'true');
    await page.mouse.up();
    await expect(mark).toHaveAttribute('data-selected', 'true');
    await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
  }
});

test('phone layout', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await cards(page).first().click();
  await expect(cards(page).first()).toHaveAttribute('data-selected', 'true');
  await timeline(page).scrollIntoViewIfNeeded();
  await screenshot(page, 'timeline-390');
  await timeline(page).screenshot({ path: 'e2e/screenshots/timeline-390-region.png' });
});

test('dark theme, lanes by origin, a hovered mark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await timeline(page).getByRole('button', { name: 'Origin' }).click();
  const first = dataset.events[0]?.id ?? '';
  await axisMark(page, first).hover();
  await expect(timeline(page).locator('.tl-tip')).toBeVisible();
  // A page shot clipped to the region: a locator shot may move the mouse and drop the tooltip.
  const clip = await timeline(page).boundingBox();
  if (clip) await page.screenshot({ path: 'e2e/screenshots/timeline-1440-dark-region.png', clip });
});

test('Chinese interface', async ({ page }) => {
  await page.goto('/?lang=zh');
  const region = page.getByRole('region', { name: '时间线', exact: true });
  await expect(region.getByRole('heading', { name: '时间线' })).toBeVisible();
  await expect(region.getByRole('button', { name: '来源国' })).toBeVisible();
  await region.screenshot({ path: 'e2e/screenshots/timeline-1440-zh-region.png' });
});

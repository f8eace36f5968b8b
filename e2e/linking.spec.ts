// Linked views in real Chromium: a selection made in any view shows in all of them; filters reach every view.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

interface RawEvent {
  id: string;
  title: string;
  date: string;
  origin: string;
  place: string;
  counts: { transferred?: number };
}
const events = (
  JSON.parse(readFileSync('public/data/events.json', 'utf8')) as { events: RawEvent[] }
).events;
const byId = new Map(events.map((e) => [e.id, e]));
const laosIds = new Set(events.filter((e) => e.origin === 'LA').map((e) => e.id));

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  // The chart and the map load lazily: wait until both have drawn their marks.
  await expect(region(page, 'Cumulative transfers').locator('.transfer-dot').first()).toBeVisible();
  await expect(region(page, 'Map').locator('.map-mark').first()).toBeVisible();
}

/** The list card of `id`, scrolled into the virtualized list's window first. */
async function cardFor(page: Page, id: string) {
  const list = region(page, 'Timeline').getByRole('listbox');
  const card = list.locator(`[role=option][data-event-id="${id}"]`);
  for (let top = 0; (await card.count()) === 0; top += 200) {
    const end = await list.evaluate((el, y) => {
      el.scrollTop = y;
      return el.scrollTop + el.clientHeight >= el.scrollHeight;
    }, top);
    if (end && (await card.count()) === 0) throw new Error(`no card for ${id} in the list`);
  }
  return card;
}

/** Every view shows `id` as the selection, and nothing else as selected. */
async function expectSelectedEverywhere(page: Page, id: string) {
  const timeline = region(page, 'Timeline');
  await expect(timeline.locator(`[role=option][data-event-id="${id}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
  await expect(timeline.locator(`svg [data-event-id="${id}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
  await expect(region(page, 'Map').locator(`.map-mark[data-event-id~="${id}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
  if (byId.get(id)?.counts.transferred)
    await expect(
      region(page, 'Cumulative transfers').locator(`.transfer-dot[data-event-id~="${id}"]`),
    ).toHaveAttribute('data-selected', 'true');
  await expect(region(page, 'Event details').locator(`[data-event-id="${id}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
  // One selection at a time: every selected element in the views stands for this event.
  const selected = await page
    .locator('[data-selected="true"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  for (const ids of selected) expect(ids.split(' ')).toContain(id);
}

test('selecting a card in the list selects it in every view', async ({ page }) => {
  await open(page);
  const id = '2023-11-18-muse-handover';
  await (await cardFor(page, id)).click();
  await expectSelectedEverywhere(page, id);
});

test('selecting a mark on the time axis selects it in every view', async ({ page }) => {
  await open(page);
  const id = events.find((e) => e.origin === 'LA' && e.counts.transferred)!.id;
  await region(page, 'Timeline').locator(`svg [data-event-id="${id}"]`).click();
  await expectSelectedEverywhere(page, id);
});

test('selecting a marker on the map selects it in every view', async ({ page }) => {
  await open(page);
  // A marker standing for one event selects exactly that event.
  const single = region(page, 'Map').locator('.map-mark[data-event-id]:not([data-event-id*=" "])');
  const mark = single.first();
  const id = (await mark.getAttribute('data-event-id'))!;
  await mark.click();
  await expectSelectedEverywhere(page, id);
});

test('selecting a point on the chart selects it in every view', async ({ page }) => {
  await open(page);
  const chart = region(page, 'Cumulative transfers');
  // A dot standing for one event selects exactly that event.
  const single = chart.locator('.transfer-dot[data-event-id]:not([data-event-id*=" "])').nth(4);
  const id = (await single.getAttribute('data-event-id'))!;
  await single.click();
  await expectSelectedEverywhere(page, id);

  // A dot that several events share asks which one; the one picked is selected everywhere.
  const shared = chart.locator('.transfer-dot[data-event-id*=" "]').first();
  const picked = (await shared.getAttribute('data-event-id'))!.split(' ').at(-1)!;
  await shared.click();
  await chart.getByRole('dialog').locator(`button[data-event-id="${picked}"]`).click();
  await expectSelectedEverywhere(page, picked);
});

test('hovering a card highlights its event on the map and the chart', async ({ page }) => {
  await open(page);
  const id = '2023-11-18-muse-handover';
  await (await cardFor(page, id)).hover();
  await expect(region(page, 'Map').locator(`.map-mark[data-event-id~="${id}"]`)).toHaveClass(
    /is-hovered/,
  );
  await expect(
    region(page, 'Cumulative transfers').locator(`.transfer-dot[data-event-id~="${id}"]`),
  ).toHaveAttribute('data-hovered', 'true');
});

test('filtering to origin Laos leaves only Laos events in list, axis, map and chart', async ({
  page,
}) => {
  await open(page);
  await region(page, 'Filters').getByRole('button', { name: /^Laos/ }).click();
  await expect(region(page, 'Filters').getByRole('status')).toHaveText(
    `${laosIds.size} of ${events.length} events`,
  );
  const idsIn = async (selector: string, name: string) =>
    (
      await region(page, name)
        .locator(selector)
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))
    ).flatMap((ids) => ids.split(' '));

  // The filters answer first; the list, axis, map and chart follow after that frame.
  const regions = [
    ['[role=option][data-event-id]', 'Timeline'],
    ['svg [data-event-id]', 'Timeline'],
    ['[data-event-id]', 'Map'],
    ['.transfer-dot[data-event-id]', 'Cumulative transfers'],
  ] as const;
  for (const [selector, name] of regions)
    await expect
      .poll(async () => (await idsIn(selector, name)).filter((id) => !laosIds.has(id)))
      .toEqual([]);
  for (const [selector, name] of regions)
    expect((await idsIn(selector, name)).length).toBeGreaterThan(0);
  const cards = await idsIn('[role=option][data-event-id]', 'Timeline');
  const marks = await idsIn('svg [data-event-id]', 'Timeline');
  // The axis draws every filtered event. The list is virtualized: scrolled through, it shows them all.
  expect(new Set(marks)).toEqual(laosIds);
  const list = region(page, 'Timeline').getByRole('listbox');
  const listed = new Set(cards);
  for (let step = 0; step < 20 && listed.size < laosIds.size; step++) {
    await list.evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
    for (const id of await idsIn('[role=option][data-event-id]', 'Timeline')) listed.add(id);
  }
  expect(listed).toEqual(laosIds);
  await expect(page).toHaveURL(/[?&]origin=LA(&|$)/);
});

test('Escape clears the selection everywhere', async ({ page }) => {
  await open(page, '?event=2023-11-18-muse-handover');
  await expectSelectedEverywhere(page, '2023-11-18-muse-handover');
  await region(page, 'Event details').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

const LINKED = '2024-03-31-muse-joint-operation';

test('default view and a selected event at 1440 px', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  await screenshot(page, 'default-1440');
  await page.goto(`/?event=${LINKED}`);
  await expect(region(page, 'Event details').locator(`[data-event-id="${LINKED}"]`)).toBeVisible();
  await expect(
    region(page, 'Map').locator(`.map-mark[data-event-id~="${LINKED}"]`),
  ).toHaveAttribute('data-selected', 'true');
  await screenshot(page, 'selected-1440');
});

test('default view and a selected event at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  // A phone shows one view at a time; each tab draws its own events.
  await page.goto('/');
  await expect(region(page, 'Timeline').getByRole('option').first()).toBeVisible();
  await screenshot(page, 'default-390');
  await tab('Map').click();
  await expect(region(page, 'Map').locator('.map-mark').first()).toBeVisible();
  await tab('Chart').click();
  await expect(region(page, 'Cumulative transfers').locator('.transfer-dot').first()).toBeVisible();

  // A link to an event selects it in every view without covering the page with the details.
  await page.goto(`/?event=${LINKED}`);
  const card = region(page, 'Timeline').locator(`[role=option][data-event-id="${LINKED}"]`);
  await expect(card).toHaveAttribute('data-selected', 'true');
  await expect(card).toBeVisible();
  await expect(region(page, 'Event details')).toBeHidden();
  await tab('Map').click();
  const mark = region(page, 'Map').locator(`.map-mark[data-event-id~="${LINKED}"]`);
  await expect(mark).toHaveAttribute('data-selected', 'true');
  await expect(mark).toBeVisible();
  await screenshot(page, 'selected-390-map');

  // Tapping the selected card opens its details in a sheet on screen.
  await tab('Timeline').click();
  await card.click();
  const sheet = region(page, 'Event details');
  await expect(sheet.locator(`[data-event-id="${LINKED}"]`)).toBeInViewport();
  await expect(sheet.locator('h3')).toHaveText(byId.get(LINKED)?.title ?? '');
  await screenshot(page, 'selected-390');
});

// The workspace as one screen (PRODUCT.md §2): no page scroll, regions side by side, a selection seen in every view.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';
import {
  boxOf,
  inside,
  overlapArea,
  pageOverflow,
  region,
  visibleBox,
  textOverlaps,
  visibleTextBoxes,
  type Box,
} from './layout-helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
/** The latest itemized transfer: it has a mark in every view, and its card starts out of the list's window. */
const latestTransfer = dataset.events
  .filter((e) => e.type === 'transfer' && e.counts.transferred)
  .sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;

const REGIONS = ['Filters', 'Timeline', 'Map', 'Cumulative transfers', 'Event details'];

async function settled(page: Page): Promise<void> {
  await expect(region(page, 'Timeline').getByRole('option').first()).toBeVisible();
  await expect(region(page, 'Cumulative transfers').locator('.chart-surface')).toBeVisible();
  await expect(region(page, 'Map').locator('[data-event-id]').first()).toBeVisible();
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the page does not scroll and the regions share the screen`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await settled(page);
    const overflow = await pageOverflow(page);
    expect(overflow.down, 'scrollHeight <= innerHeight').toBeLessThanOrEqual(0);
    expect(overflow.across, 'no sideways scroll').toBeLessThanOrEqual(0);

    const viewport: Box = { x: 0, y: 0, ...size };
    const boxes: [string, Box][] = [['header band', await boxOf(page.locator('.page-top'))]];
    for (const name of REGIONS) boxes.push([name, await boxOf(region(page, name))]);
    for (const [name, box] of boxes)
      expect(inside(box, viewport), `${name} inside the viewport`).toBe(true);
    for (const [i, [a, boxA]] of boxes.entries())
      for (const [b, boxB] of boxes.slice(i + 1))
        expect(overlapArea(boxA, boxB), `${a} and ${b} do not overlap`).toBe(0);

    const area = (box: Box) => box.width * box.height;
    const map = area(boxes.find(([name]) => name === 'Map')![1]);
    for (const [name, box] of boxes)
      if (name !== 'Map') expect(map, `the map is larger than ${name}`).toBeGreaterThan(area(box));

    // The header is one band: its controls sit in one strip, not a page of their own.
    expect(boxes[0]![1].height).toBeLessThanOrEqual(size.height * 0.13);

    // Inside the regions no text is drawn over other text (the map's labels have their own test).
    const texts = await visibleTextBoxes(
      page,
      '.page-top, .region-filters, .region-timeline, .region-chart, .region-details',
    );
    expect(textOverlaps(texts), 'text drawn over text').toEqual([]);
  });
}

for (const size of SIZES.slice(0, 2))
  test(`at ${size.width}×${size.height} a card picked in the list shows in every view at once, without scrolling the page`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await settled(page);
    const list = region(page, 'Timeline').getByRole('listbox');
    const id = latestTransfer.id;
    const card = list.locator(`[role=option][data-event-id="${id}"]`);
    for (let top = 0; (await card.count()) === 0; top += 200)
      await list.evaluate((el, y) => {
        el.scrollTop = y;
      }, top);
    await card.click();
    await list.evaluate((el) => {
      el.scrollTop = 0;
    });
    // Picked again from the details' previous/next, the list has to bring the card back itself.
    const details = region(page, 'Event details');
    await details.getByRole('button', { name: /Previous/ }).click();
    await details.getByRole('button', { name: /Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
    await page.waitForTimeout(400);

    expect((await pageOverflow(page)).down).toBeLessThanOrEqual(0);
    const views: [string, string][] = [
      ['Timeline', `svg [data-event-id~="${id}"][data-selected="true"]`],
      ['Timeline', `[role=option][data-event-id="${id}"]`],
      ['Map', `[data-event-id~="${id}"][data-selected="true"]`],
      ['Cumulative transfers', `[data-event-id~="${id}"][data-selected="true"]`],
      ['Event details', `h3`],
    ];
    for (const [name, selector] of views) {
      const mark = region(page, name).locator(selector).first();
      await expect(mark, `${name}: ${selector}`).toBeVisible();
      // Fully seen: nothing of it is cut by its region, the list's window or the viewport (the map
      // may still be gliding there).
      await expect
        .poll(
          async () => {
            const { own, seen } = await visibleBox(mark);
            return seen.width * seen.height >= own.width * own.height - 2;
          },
          { message: `${name}: ${selector} fully in view` },
        )
        .toBe(true);
      const { own } = await visibleBox(mark);
      expect(inside(own, await boxOf(region(page, name))), `${name} holds its mark`).toBe(true);
    }
    await screenshot(page, `workspace-${size.width}-selected`);
  });

test('the filters fold into a narrow rail and unfold, giving the views the room', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await settled(page);
  const filters = region(page, 'Filters');
  const mapBefore = await boxOf(region(page, 'Map'));
  await filters.getByRole('button', { name: 'Hide filters' }).click();
  await expect(filters.getByRole('status')).toBeHidden();
  expect((await boxOf(filters)).width).toBeLessThanOrEqual(48);
  await expect
    .poll(async () => (await boxOf(region(page, 'Map'))).width)
    .toBeGreaterThan(mapBefore.width + 150);
  await screenshot(page, 'workspace-1280-folded');
  await filters.getByRole('button', { name: 'Show filters' }).click();
  await expect(filters.getByRole('status')).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Hide filters' })).toBeFocused();
});

test('screenshots of the workspace with a selection', async ({ page }) => {
  for (const size of [SIZES[1]!, SIZES[2]!]) {
    await page.setViewportSize(size);
    await page.goto('/?event=2023-11-18-muse-handover');
    await settled(page);
    await page.waitForTimeout(300);
    await screenshot(page, `workspace-${size.width}`);
  }
});

// The map as a reader meets it: nothing off-screen without a sign, labels clear of each other and of marks, no edge of the world, arrows and groups that behave.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { syntheticDataset } from '../bench/generate';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
  places: { id: string }[];
  events: { id: string; place: string }[];
};
const known = new Set(dataset.places.map((p) => p.id));
/** With no filter set, every event with a known place belongs on the map. */
const MAPPED = dataset.events.filter((e) => known.has(e.place)).map((e) => e.id);

const coverage = (
  JSON.parse(readFileSync('public/basemap/base-map.json', 'utf8')) as {
    coverage: [number, number, number, number];
  }
).coverage;

function region(page: Page): Locator {
  return page.getByRole('region', { name: 'Map', exact: true });
}

/** Loads the page and brings the map on screen: on a phone it sits behind the Map tab. */
async function openMap(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/${query}`);
  const tabs = page.getByRole('navigation', { name: 'Views' });
  if ((page.viewportSize()?.width ?? Infinity) <= 700)
    await tabs.getByRole('button', { name: 'Map', exact: true }).click();
  const map = region(page);
  // On a loaded 2-core machine the first paint can take a while: wait for it, then measure.
  await expect(map.locator('path.map-land').first()).toBeAttached({ timeout: 20_000 });
  await expect(map.locator('.map-mark').first()).toBeVisible();
  return map;
}

/** Waits until the map has settled: no zoom animation, and the same marks twice in a row. */
async function settle(map: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await map.evaluate((el) =>
        el.querySelector('.leaflet-zoom-anim')
          ? 'animating'
          : [...el.querySelectorAll('.map-mark, .map-label, .map-edge-indicator')]
              .map((m) => `${m.getAttribute('style')}${m.textContent}`)
              .join('|'),
      );
      const same = now === last && now !== 'animating';
      last = now;
      return same;
    })
    .toBe(true);
}

async function containerBox(map: Locator): Promise<Box> {
  const box = await map.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map container');
  return box;
}

/** Ids of the marks whose centre is in the frame, and of every edge indicator. */
async function accountedFor(map: Locator): Promise<{ inFrame: string[]; indicated: string[] }> {
  const frame = await containerBox(map);
  return map.evaluate((el, f) => {
    const ids = (e: Element) => (e.getAttribute('data-event-id') ?? '').split(' ');
    const inFrame = [...el.querySelectorAll('.map-mark[data-event-id]')].flatMap((m) => {
      const r = m.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      // Half a pixel of slack: the element is placed at a tenth of a pixel, the mark at its point.
      const e = 0.5;
      const inside =
        x >= f.x - e && x <= f.x + f.width + e && y >= f.y - e && y <= f.y + f.height + e;
      return inside ? ids(m) : [];
    });
    const indicated = [...el.querySelectorAll('.map-edge-indicator[data-event-id]')].flatMap(ids);
    return { inFrame, indicated };
  }, frame);
}

async function expectEveryEventAccountedFor(map: Locator): Promise<void> {
  await settle(map);
  const { inFrame, indicated } = await accountedFor(map);
  expect([...inFrame, ...indicated].sort()).toEqual([...MAPPED].sort());
  // Each indicator's count is the number of events it carries.
  for (const indicator of await map.locator('.map-edge-indicator').all()) {
    const ids = ((await indicator.getAttribute('data-event-id')) ?? '').split(' ');
    const text = (await indicator.textContent()) ?? '';
    expect(Number(/\d+/.exec(text)?.[0])).toBe(ids.length);
  }
}

test('every filtered event is in the frame or counted by an edge indicator, before and after Fit', async ({
  page,
}) => {
  const map = await openMap(page);
  await expectEveryEventAccountedFor(map);
  // The default frame is the border region: the rest of China is pointed at, not hidden.
  const beijing = dataset.events.find((e) => e.place === 'beijing');
  await expect(
    map.locator(`.map-edge-indicator[data-event-id~="${beijing?.id ?? ''}"]`),
  ).toHaveCount(1);
  await screenshot(page, 'map-default-1440');
  await map.screenshot({ path: 'e2e/screenshots/map-default-region.png' });

  await map.getByRole('button', { name: 'Fit to filtered events' }).click();
  await expectEveryEventAccountedFor(map);
  await expect(map.locator('.map-edge-indicator')).toHaveCount(0);
  await map.screenshot({ path: 'e2e/screenshots/map-fit-region.png' });
});

test('clicking an edge indicator frames the events it counts', async ({ page }) => {
  const map = await openMap(page);
  await settle(map);
  const indicator = map.locator('.map-edge-indicator').first();
  const ids = ((await indicator.getAttribute('data-event-id')) ?? '').split(' ');
  await indicator.click();
  await settle(map);
  const { inFrame } = await accountedFor(map);
  for (const id of ids) expect(inFrame).toContain(id);
});

/** Boxes of the label text as drawn (the text's own extent, not its holder's), and of the marks. */
async function labelsAndMarks(map: Locator) {
  return map.evaluate((el) => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const labels = [...el.querySelectorAll('.map-label')].map((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return { text: label.textContent ?? '', ...box(range.getBoundingClientRect()) };
    });
    const marks = [...el.querySelectorAll('.map-mark')].map((m) => ({
      text: m.getAttribute('aria-label') ?? '',
      ...box(m.getBoundingClientRect()),
    }));
    return { labels, marks };
  });
}

function overlap(a: Box, b: Box): boolean {
  // Half a pixel of antialiasing is not an overlap.
  const e = 0.5;
  return (
    a.x + e < b.x + b.width &&
    b.x + e < a.x + a.width &&
    a.y + e < b.y + b.height &&
    b.y + e < a.y + a.height
  );
}

async function expectClearLabels(map: Locator, where: string): Promise<void> {
  await settle(map);
  const frame = await containerBox(map);
  const { labels, marks } = await labelsAndMarks(map);
  expect(labels.length, `${where}: some labels`).toBeGreaterThan(0);
  const clashes: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1))
      if (overlap(a, b)) clashes.push(`"${a.text}" overlaps "${b.text}"`);
    for (const m of marks) if (overlap(a, m)) clashes.push(`"${a.text}" covers mark ${m.text}`);
    const inside =
      a.x >= frame.x - 0.5 &&
      a.y >= frame.y - 0.5 &&
      a.x + a.width <= frame.x + frame.width + 0.5 &&
      a.y + a.height <= frame.y + frame.height + 0.5;
    if (!inside) clashes.push(`"${a.text}" runs out of the frame`);
  });
  expect(clashes, where).toEqual([]);
  // Each place is named once.
  const names = labels.map((l) => l.text);
  expect(new Set(names).size, `${where}: ${names.join(' | ')}`).toBe(names.length);
}

for (const width of [390, 1440, 1920]) {
  test(`no label overlaps another label or a mark at ${width} px, at three zooms`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 1000 });
    const map = await openMap(page);
    await map.scrollIntoViewIfNeeded();
    await expectClearLabels(map, `${width} px, default frame`);
    await map.getByRole('button', { name: 'Fit to filtered events' }).click();
    await expectClearLabels(map, `${width} px, fitted`);
    await openMap(page, '?map=23.85,98.3,9');
    await expectClearLabels(map, `${width} px, zoom 9 at Muse`);
    if (width === 390) await screenshot(page, 'map-phone-390');
    if (width === 1440) await map.screenshot({ path: 'e2e/screenshots/map-muse-z9-region.png' });
  });
}

/** The frame's [west, south, east, north] from the view in the link and the container's size (Web Mercator). */
function frameBounds(view: string, size: Box): [number, number, number, number] {
  const [lat, lon, zoom] = view.split(',').map(Number) as [number, number, number];
  const world = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * world;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  const lonAt = (px: number) => (px / world) * 360 - 180;
  const latAt = (py: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI;
  return [
    lonAt(x - size.width / 2),
    latAt(y + size.height / 2),
    lonAt(x + size.width / 2),
    latAt(y - size.height / 2),
  ];
}

for (const width of [390, 1440, 1920]) {
  test(`the frame never shows past the base map at ${width} px, zoomed out and pushed to each corner`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 1080 });
    const map = await openMap(page);
    // On a phone the map runs below the fold: drags start and end on its visible face.
    await map.locator('.leaflet-container').scrollIntoViewIfNeeded();
    const zoomOut = map.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 12; i++) {
      if ((await zoomOut.getAttribute('aria-disabled')) === 'true') break;
      await zoomOut.click();
      await settle(map);
    }
    const view = map.locator('.leaflet-container');
    const size = await containerBox(map);
    const [w, s, e, n] = coverage;
    for (const [dx, dy] of [
      [1, 1],
      [-1, -1],
      [1, -1],
      [-1, 1],
    ] as const) {
      // Drag far towards a corner: the map must stop at its edge.
      for (let i = 0; i < 3; i++) {
        await page.mouse.move(size.x + size.width / 2, size.y + size.height / 2);
        await page.mouse.down();
        await page.mouse.move(
          size.x + size.width / 2 + (dx * size.width) / 2.5,
          size.y + size.height / 2 + (dy * size.height) / 2.5,
          { steps: 4 },
        );
        await page.mouse.up();
      }
      await settle(map);
      await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
      const bounds = frameBounds(new URL(page.url()).searchParams.get('map') ?? '', size);
      // The link rounds the view and Leaflet stops at whole pixels: two pixels of slack, in degrees
      // (one was seen to fall short by 0.04 px in a clean-clone run).
      const tolerance =
        (2 * 360) /
        (256 * 2 ** Number((new URL(page.url()).searchParams.get('map') ?? '').split(',')[2]));
      expect(bounds[0], 'west').toBeGreaterThanOrEqual(w - tolerance);
      expect(bounds[1], 'south').toBeGreaterThanOrEqual(s - tolerance);
      expect(bounds[2], 'east').toBeLessThanOrEqual(e + tolerance);
      expect(bounds[3], 'north').toBeLessThanOrEqual(n + tolerance);
    }
    await expect(view).toBeVisible();
  });
}

test('an arrow selects its event when clicked a few pixels off its stroke', async ({ page }) => {
  const map = await openMap(page);
  await map.locator('.map-frame').scrollIntoViewIfNeeded();
  await settle(map);
  // A point 7 px to the side of an arrow's stroke, in page pixels, where no mark lies over it.
  const found = await map.evaluate((el) => {
    const marks = [...el.querySelectorAll('.map-mark')].map((m) => m.getBoundingClientRect());
    const free = (x: number, y: number) =>
      !marks.some((r) => x > r.left - 4 && x < r.right + 4 && y > r.top - 4 && y < r.bottom + 4);
    const paths = [...el.querySelectorAll<SVGPathElement>('path.map-arrow[data-event-id]')];
    for (const [i, path] of paths.entries()) {
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM();
      if (!matrix) continue;
      for (const at of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        const a = path.getPointAtLength(length * (at - 0.05));
        const b = path.getPointAtLength(length * (at + 0.05));
        const m = path.getPointAtLength(length * at);
        const d = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        for (const side of [1, -1]) {
          const local = new DOMPoint(
            m.x - ((b.y - a.y) / d) * 7 * side,
            m.y + ((b.x - a.x) / d) * 7 * side,
          );
          // Not where another arrow's band lies too: that one would rightly take the click.
          const others = paths.some((other) => other !== path && other.isPointInStroke(local));
          const off = local.matrixTransform(matrix);
          if (others) continue;
          if (free(off.x, off.y)) return { index: i, x: off.x, y: off.y };
        }
      }
    }
    return null;
  });
  if (!found) throw new Error('no arrow with a free spot beside it');
  const arrow = map.locator('path.map-arrow[data-event-id]').nth(found.index);
  const ids = ((await arrow.getAttribute('data-event-id')) ?? '').split(' ');
  const target = found;
  await page.mouse.click(target.x, target.y);
  await expect(arrow).toHaveAttribute('data-selected', 'true');
  const details = page.getByRole('region', { name: 'Event details', exact: true });
  const shown = await details
    .locator('[data-event-id][data-selected="true"]')
    .getAttribute('data-event-id');
  expect(ids).toContain(shown);
});

test('a group lists its events in the event list order, and picking one selects it everywhere', async ({
  page,
}) => {
  const map = await openMap(page);
  await settle(map);
  const group = map.locator('.map-mark[data-event-id*=" "]').first();
  await group.click();
  const items = map.locator('.map-popup-item[data-event-id]');
  await expect(items.first()).toBeVisible();
  const list = page.getByRole('listbox').first();
  const positions: number[] = [];
  for (const item of await items.all()) {
    const id = (await item.getAttribute('data-event-id')) ?? '';
    await item.click();
    await expect(item).toHaveAttribute('data-selected', 'true');
    const row = list.locator(`[role="option"][data-event-id="${id}"]`);
    await expect(row).toHaveAttribute('data-selected', 'true');
    positions.push(Number(await row.getAttribute('aria-posinset')));
  }
  expect(positions.length).toBeGreaterThan(1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

/** The focused element's centre and name. */
async function focusedMark(page: Page): Promise<{ x: number; y: number; name: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.classList.contains('map-mark')) return null;
    const r = el.getBoundingClientRect();
    return {
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
      name: el.getAttribute('aria-label') ?? '',
    };
  });
}

test('the marks are one Tab stop: arrow keys go to the nearest mark that way, Tab leaves', async ({
  page,
}) => {
  const map = await openMap(page);
  await settle(map);
  const pane = map.locator('.leaflet-map-pane');
  const panned = await pane.getAttribute('style');
  await map.getByRole('button', { name: 'Fit to filtered events' }).focus();
  let at = null;
  for (let i = 0; i < 4 && !at; i++) {
    await page.keyboard.press('Tab');
    at = await focusedMark(page);
  }
  expect(at, 'a few Tabs from "Fit" reach a mark').not.toBeNull();
  const start = at!;

  for (const [key, ahead] of [
    ['ArrowRight', (a: Box, b: Box) => b.x > a.x + 0.5],
    ['ArrowLeft', (a: Box, b: Box) => b.x < a.x - 0.5],
    ['ArrowDown', (a: Box, b: Box) => b.y > a.y + 0.5],
    ['ArrowUp', (a: Box, b: Box) => b.y < a.y - 0.5],
  ] as const) {
    // Walk that way to the last mark: each step lands on a mark farther that way, none is skipped twice.
    const names = new Set<string>();
    for (let step = 0; step < 40; step++) {
      const before = (await focusedMark(page))!;
      await page.keyboard.press(key);
      const after = await focusedMark(page);
      expect(after, `${key} keeps focus on a mark`).not.toBeNull();
      if (after!.name === before.name) break;
      expect(
        ahead({ ...before, width: 0, height: 0 }, { ...after!, width: 0, height: 0 }),
        `${key}: ${before.name} → ${after!.name}`,
      ).toBe(true);
      names.add(after!.name);
    }
    expect(names.size, `${key} moves at least once from somewhere`).toBeGreaterThan(0);
  }
  // The arrows moved focus, not the map or the page.
  expect(await pane.getAttribute('style')).toBe(panned);

  // Tab leaves the marks; Shift+Tab comes back to the one last focused.
  const last = (await focusedMark(page))!;
  await page.keyboard.press('Tab');
  expect(await focusedMark(page), 'Tab leaves the marks').toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect((await focusedMark(page))?.name).toBe(last.name);
  expect(start.name.length).toBeGreaterThan(0);
});

test('opening the legend lays the names out again, none under it', async ({ page }) => {
  for (const width of [1440, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    const map = await openMap(page);
    await settle(map);
    await map.locator('.map-legend summary').click();
    await settle(map);
    const legend = (await map.locator('.map-legend').boundingBox())!;
    expect(legend.height, 'the legend is open').toBeGreaterThan(60);
    const { labels } = await labelsAndMarks(map);
    expect(labels.length).toBeGreaterThan(0);
    expect(
      labels.filter((label) => overlap(label, legend)).map((label) => label.text),
      `${width} px`,
    ).toEqual([]);
  }
});

test('a drag that starts on a mark pans the map and selects nothing; a click still selects', async ({
  page,
}) => {
  const map = await openMap(page);
  await settle(map);
  // The biggest mark in the middle half of the frame: room to drag it either way.
  const frame = await containerBox(map);
  const ids = await map.locator('.map-mark').evaluateAll(
    (els, f) =>
      els
        .map((el) => ({
          r: el.getBoundingClientRect(),
          id: el.getAttribute('data-event-id') ?? '',
        }))
        .filter(({ r }) => {
          const x = r.x + r.width / 2 - f.x;
          const y = r.y + r.height / 2 - f.y;
          return (
            x > f.width / 4 && x < (f.width * 3) / 4 && y > f.height / 4 && y < (f.height * 3) / 4
          );
        })
        .sort((a, b) => b.r.width - a.r.width)
        .map(({ id }) => id),
    frame,
  );
  const mark = map.locator(`.map-mark[data-event-id="${ids[0]}"]`);
  const box = (await mark.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 120, y - 40, { steps: 8 });
  // Held still before letting go, so Leaflet adds no inertia and the map moved as far as the pointer.
  await page.waitForTimeout(250);
  await page.mouse.up();
  await settle(map);
  const moved = (await mark.boundingBox())!;
  expect(Math.abs(moved.x - box.x + 120), 'moved 120 px left with the pointer').toBeLessThan(2);
  expect(Math.abs(moved.y - box.y + 40), 'and 40 px up').toBeLessThan(2);
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
  await mark.click();
  await expect(mark).toHaveAttribute('data-selected', 'true');
});

test('thousands of places are clustered in a worker, and every event is on the map or counted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const bundled = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
  // 3,000 places: the bundled gazetteer copied out around each place, under new ids.
  const places = Array.from({ length: 3000 }, (_, k) => {
    const p = bundled.places[k % bundled.places.length]!;
    return {
      ...p,
      id: `${p.id}-${k}`,
      lat: p.lat + ((k * 37) % 100) / 100 - 0.5,
      lon: p.lon + ((k * 53) % 100) / 100 - 0.5,
    };
  });
  const data = syntheticDataset(6000, places);
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-places-')), 'many-places.json');
  writeFileSync(file, JSON.stringify(data));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  const map = await openMap(page);
  await page.getByLabel('Import a data file (JSON or CSV)').setInputFiles(file);
  await expect(page.getByRole('region', { name: 'Your data' })).toContainText(
    'Your data: 6,000 events',
    { timeout: 60_000 },
  );
  await expect(map.locator('.map-mark').first()).toBeVisible();
  await expect.poll(() => workers.some((url) => url.includes('cluster-worker'))).toBe(true);
  for (const zoomed of [false, true]) {
    if (zoomed) await map.getByRole('button', { name: 'Zoom in' }).click();
    await settle(map);
    const { inFrame, indicated } = await accountedFor(map);
    expect([...inFrame, ...indicated].sort()).toEqual(data.events.map((e) => e.id).sort());
  }
});

test("Enter on a mark keeps focus on it; Escape from a group's list gives focus back to its mark", async ({
  page,
}) => {
  const map = await openMap(page);
  await settle(map);
  const focusedIds = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  const single = map.locator('.map-mark[data-event-id]:not([data-event-id*=" "])').first();
  const id = await single.getAttribute('data-event-id');
  await single.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
  await settle(map);
  expect(await focusedIds(), 'focus stays on the mark after Enter').toBe(id);

  const group = map.locator('.map-mark[data-event-id*=" "]').first();
  const groupIds = await group.getAttribute('data-event-id');
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(map.locator('.map-popup-item').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await settle(map);
  expect(await focusedIds(), 'Escape gives focus back to the group').toBe(groupIds);
});

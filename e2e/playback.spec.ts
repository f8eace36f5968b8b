// Timeline playback as a reader sees it: the window grows a month at a time, pauses, steps, ends; reduced motion steps.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { TYPE_COLORS } from '../src/ui/palette';
import { test, expect, screenshot } from './fixtures';
import {
  boxOf,
  inside,
  overlapArea,
  region,
  textOverlaps,
  visibleBox,
  visibleTextBoxes,
} from './layout-helpers';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const TOTAL = dataset.events.length;
const lastDay = dataset.events
  .map((e) => e.dateEnd ?? e.date)
  .sort()
  .at(-1)!;
/** A day as the page writes it, e.g. "3 Feb 2026". */
const shownDay = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

const to = (page: Page) => new URL(page.url()).searchParams.get('to');
const controls = (page: Page) =>
  region(page, 'Timeline').getByRole('toolbar', { name: 'Playback', exact: true });
/** Starts keeping every text the playback label shows, in order, so no frame is missed. */
const recordLabels = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { labels: string[] };
    w.labels = [];
    const label = document.querySelector('.playback [role=status]')!;
    new MutationObserver(() => {
      const text = label.textContent ?? '';
      if (text !== w.labels.at(-1)) w.labels.push(text);
    }).observe(label, { subtree: true, childList: true, characterData: true });
  });
const recordedLabels = (page: Page) =>
  page.evaluate(() => (window as unknown as { labels: string[] }).labels);

const shownCount = async (page: Page) =>
  Number(
    /^(\d+) of/.exec((await region(page, 'Filters').getByRole('status').textContent()) ?? '')?.[1],
  );

/**
 * Serves the bundled dataset with copies of its first event added, `n` in the middle of each month
 * named: months of thousands of events, as an import brings.
 */
async function serveWithCopies(page: Page, months: Record<string, number>) {
  const [first] = dataset.events;
  const copies = Object.entries(months).flatMap(([month, n]) =>
    Array.from({ length: n }, (_, i) => {
      const event = { ...first!, id: `copy-${month}-${i}`, date: `${month}-15` };
      delete event.dateEnd;
      return { ...event, datePrecision: 'day' };
    }),
  );
  const json = { ...dataset, events: [...dataset.events, ...copies] };
  await page.route('**/data/events.json', (route) => route.fulfill({ json }));
}

test('plays month by month, pauses holding its place in the URL, steps a month, and ends', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await controls(page).getByRole('button', { name: 'Play' }).click();
  // At 1× a month lasts a second: the first frame is the first event's month.
  await expect(page).toHaveURL(/[?&]to=2023-08-31/);
  // At 2× the three months polled for last half a second each in the (throttled) address.
  await controls(page).getByRole('button', { name: '2×' }).click();

  // The window only grows: the events shown never fall, month after month.
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        seen.push(await shownCount(page));
        return to(page) ?? '';
      },
      { timeout: 30_000, intervals: [200] },
    )
    .toMatch(/^2024-1[0-2]/);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)).toBeLessThan(TOTAL);
  await controls(page).getByRole('button', { name: 'Pause' }).click();
  await screenshot(page, 'playback-halfway-1920');
  const held = to(page);
  await page.waitForTimeout(1500);
  expect(to(page)).toBe(held);
  await expect(controls(page).getByRole('status')).toContainText('Up to');

  // The link holds the paused run: reloaded (or opened by someone else), it stands where it was.
  expect(new URL(page.url()).searchParams.get('play')).toBe(lastDay);
  const label = await controls(page).getByRole('status').textContent();
  await page.reload();
  await expect(controls(page).getByRole('status')).toHaveText(label ?? '');
  await expect(region(page, 'Map').locator('.map-mark[data-faded="true"]').first()).toBeAttached();

  // One month on, by the button, from where the run stood.
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect.poll(() => to(page)).not.toBe(held);
  const stepped = to(page)!;
  expect(Number(stepped.slice(5, 7))).toBe((Number(held!.slice(5, 7)) % 12) + 1);

  // To the end: the last frame stops on the last event's day, then the run ends by itself with
  // every event shown, and the window is what it was before Play (no date range).
  await recordLabels(page);
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(controls(page).getByRole('status')).toHaveText(`End of run: ${shownDay(lastDay)}`, {
    timeout: 30_000,
  });
  await expect(controls(page).getByRole('button', { name: 'Play' })).toBeVisible();
  expect((await recordedLabels(page)).slice(-2)).toEqual([
    `Up to ${shownDay(lastDay)}`,
    `End of run: ${shownDay(lastDay)}`,
  ]);
  expect(to(page)).toBeNull();
  expect(new URL(page.url()).searchParams.get('play')).toBeNull();
  await expect(region(page, 'Filters').getByRole('status')).toHaveText(
    `${TOTAL} of ${TOTAL} events`,
  );
  await expect(region(page, 'Map').locator('.map-mark[data-faded]')).toHaveCount(0);
});

for (const [events, copies] of [
  ['the bundled events', {}],
  // Over 500 events the views draw a month a frame after the bar: the label waits for them.
  ['600 more in April', { '2024-04': 600 }],
] as const)
  test(`a run within a brushed range stops on the range end and gives the range back (${events})`, async ({
    page,
  }) => {
    await serveWithCopies(page, copies);
    await page.goto('/?from=2024-03-10&to=2024-05-20');
    await controls(page).getByRole('button', { name: '4×' }).click();
    await recordLabels(page);
    await controls(page).getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(/[?&]play=2024-05-20/);
    await expect(controls(page).getByRole('status')).toHaveText('End of run: 20 May 2024', {
      timeout: 10_000,
    });
    expect(await recordedLabels(page)).toEqual([
      'Up to 31 Mar 2024',
      'Up to 30 Apr 2024',
      'Up to 20 May 2024',
      'End of run: 20 May 2024',
    ]);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to'), params.get('play')]).toEqual([
      '2024-03-10',
      '2024-05-20',
      null,
    ]);
  });

test('a run from a start date alone ends with no end date filled in', async ({ page }) => {
  await page.goto('/?from=2025-06-01');
  await controls(page).getByRole('button', { name: '4×' }).click();
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(controls(page).getByRole('status')).toHaveText(`End of run: ${shownDay(lastDay)}`, {
    timeout: 20_000,
  });
  expect(to(page)).toBeNull();
  await expect(region(page, 'Filters').getByLabel('To', { exact: true })).toHaveValue('');
});

test('each month is one picture: its label, count, list, chart and map change in the same frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const step = controls(page).getByRole('button', { name: '+1 month' });
  await step.click();
  await expect(controls(page).getByRole('status')).toContainText('Up to');
  // The map and chart load as their own chunks: watch them once they are there.
  await expect(region(page, 'Map').locator('.leaflet-container')).toBeVisible();
  await expect(region(page, 'Cumulative transfers').locator('svg.chart-surface')).toBeVisible();
  // The frame (animation frames counted) in which each part first changes after a step.
  await page.evaluate(() => {
    const w = window as unknown as {
      frame: number;
      last: number;
      changed: Record<string, number>;
    };
    w.frame = 0;
    w.last = 0;
    const tick = () => {
      w.frame += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.changed = {};
    const parts: Record<string, Element | null> = {
      label: document.querySelector('section[aria-label="Timeline"] .playback-position'),
      count: document.querySelector('section[aria-label="Filters"] [role=status]'),
      list: document.querySelector('section[aria-label="Timeline"] [role=listbox]'),
      chart: document.querySelector('section[aria-label="Cumulative transfers"] svg.chart-surface'),
      map: document.querySelector('section[aria-label="Map"] .leaflet-container'),
    };
    for (const [name, el] of Object.entries(parts)) {
      if (!el) throw new Error(`no ${name}`);
      new MutationObserver(() => {
        w.changed[name] ??= w.frame;
        w.last = w.frame;
      }).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }
  });
  for (let month = 0; month < 3; month++) {
    const before = await controls(page).getByRole('status').textContent();
    // The previous step may still be drawing: start counting once nothing has changed for 10 frames.
    await page.waitForFunction(() => {
      const w = window as unknown as { frame: number; last: number };
      return w.frame - w.last >= 10;
    });
    await page.evaluate(() => ((window as unknown as { changed: object }).changed = {}));
    await step.click();
    await expect(controls(page).getByRole('status')).not.toHaveText(before ?? '');
    await page.waitForTimeout(500);
    const changed = await page.evaluate(
      () => (window as unknown as { changed: Record<string, number> }).changed,
    );
    expect(Object.keys(changed).sort(), `month ${month + 1}: every part changed`).toEqual([
      'chart',
      'count',
      'label',
      'list',
      'map',
    ]);
    expect(
      new Set(Object.values(changed)).size,
      `month ${month + 1}: the frame each part changed in ${JSON.stringify(changed)}`,
    ).toBe(1);
  }
});

for (const { name, width, height, present } of [
  { name: 'at 1920×1080', width: 1920, height: 1080, present: false },
  { name: 'at 1440×900', width: 1440, height: 900, present: false },
  { name: 'in present mode at 1920×1080', width: 1920, height: 1080, present: true },
  { name: 'in present mode at 1280×720', width: 1280, height: 720, present: true },
]) {
  test(`pressing Play and playing leave Pause, +1 month and Story under the pointer, ${name}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(present ? '/?mode=present' : '/');
    const bar = present
      ? page.getByRole('group', { name: 'Playback', exact: true })
      : controls(page);
    const buttons = [
      bar.getByRole('button', { name: /^(Play|Pause)$/ }),
      bar.getByRole('button', { name: '+1 month' }),
      bar.getByRole('button', { name: '4×' }),
      ...(present ? [] : [page.getByRole('button', { name: /^Story/ })]),
    ];
    const boxes = () =>
      Promise.all(
        buttons.map(async (b) => {
          const box = await b.boundingBox();
          return box && [box.x, box.y, box.width, box.height].map(Math.round).join(',');
        }),
      );
    const before = await boxes();
    expect(before.every(Boolean), 'every control is shown').toBe(true);
    await bar.getByRole('button', { name: '4×' }).click();
    await bar.getByRole('button', { name: 'Play' }).click();
    // A few months at 4×, each read after its label changed: Pause, +1 month and Story stay put.
    for (let month = 0; month < 3; month++) {
      const label = await bar.getByRole('status').textContent();
      await expect(bar.getByRole('status')).not.toHaveText(label ?? '');
      expect(await boxes(), `month ${month + 1} of the run`).toEqual(before);
    }
    await bar.getByRole('button', { name: 'Pause' }).click();
    expect(await boxes(), 'paused').toEqual(before);
    // "End of run: …" is longer than "Up to …": in the present bar, at the header's right, it
    // pushed the buttons left.
    await bar.getByRole('button', { name: 'Play' }).click();
    await expect(bar.getByRole('status')).toContainText('End of run', { timeout: 20_000 });
    expect(await boxes(), 'at the end of the run').toEqual(before);
  });
}

test('the controls are one Tab stop, arrows reach the speeds', async ({ page }) => {
  await page.goto('/');
  const play = controls(page).getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('End');
  await expect(controls(page).getByRole('button', { name: '4×' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(controls(page).getByRole('button', { name: '4×' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Tab');
  expect(
    await controls(page).evaluate((el) => el.contains(document.activeElement)),
    'Tab leaves the toolbar',
  ).toBe(false);
});

test('at 1280×720 the player sits under the axis, in sight, and Tab reaches it before the list', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const timeline = region(page, 'Timeline');
  const list = timeline.getByRole('listbox');
  await expect(list.getByRole('option').first()).toBeVisible();
  const story = page.getByRole('button', { name: /^Story/ });
  for (const [name, button] of [
    ['Play', controls(page).getByRole('button', { name: 'Play' })],
    ['+1 month', controls(page).getByRole('button', { name: '+1 month' })],
    ['4×', controls(page).getByRole('button', { name: '4×' })],
    ['Story', story],
  ] as const) {
    // Fully seen without scrolling: not cut by the timeline's region or the screen's edge.
    const { own, seen } = await visibleBox(button);
    expect(seen.width * seen.height, `${name} fully in sight`).toBeGreaterThanOrEqual(
      own.width * own.height - 1,
    );
  }
  // In screen order: the axis, then the player, then the list.
  const axis = await boxOf(timeline.locator('.tl-axis svg'));
  const play = await boxOf(controls(page).getByRole('button', { name: 'Play' }));
  expect(play.y, 'Play under the axis').toBeGreaterThanOrEqual(axis.y + axis.height - 1);
  expect((await boxOf(list)).y, 'the list under Story').toBeGreaterThanOrEqual(
    (await boxOf(story)).y + (await boxOf(story)).height,
  );
  // And in Tab order: from the lanes' buttons, the player, then Story, then the list.
  await timeline.getByRole('button', { name: 'Type', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(controls(page).getByRole('button', { name: 'Play' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(story).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list).toBeFocused();
});

test("in present mode a clicker's keys walk the run's months, after the bar was clicked too", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?mode=present');
  const bar = page.getByRole('group', { name: 'Playback', exact: true });
  const label = bar.getByRole('status');
  await expect(bar).toBeVisible();
  const barHeight = Math.round((await boxOf(page.locator('.present-bar'))).height);
  // Pressed with the mouse: focus stays on the button, where a toolbar would take the arrows.
  await bar.getByRole('button', { name: '+1 month' }).click();
  await expect(label).toHaveText('Up to 31 Aug 2023');
  await expect(bar.getByRole('button', { name: '+1 month' })).toBeFocused();
  // The caption says what the keys do now: months, not "start at the first event".
  await expect(region(page, 'Event details')).toContainText(
    'Press → or Page Down for the next month',
  );
  await page.keyboard.press('PageDown');
  await expect(label).toHaveText('Up to 30 Sept 2023');
  await page.keyboard.press('ArrowRight');
  await expect(label).toHaveText('Up to 31 Oct 2023');
  await page.keyboard.press('PageUp');
  await expect(label).toHaveText('Up to 30 Sept 2023');
  await expect(page).toHaveURL(/[?&]to=2023-09-30&play=/);
  // The run's months, not its events: nothing was selected on the way.
  expect(new URL(page.url()).searchParams.get('event')).toBeNull();
  await page.keyboard.press('End');
  await expect(label).toHaveText(`Up to ${shownDay(lastDay)}`);
  await page.keyboard.press('PageDown');
  await expect(label).toHaveText(`End of run: ${shownDay(lastDay)}`);
  // The longer line keeps the bar one row, as it was before the run: the views keep their place.
  expect(Math.round((await boxOf(page.locator('.present-bar'))).height)).toBe(barHeight);
  // With the run over, the clicker steps through the events again, and the bar stops saying
  // where the run ended.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/[?&]event=/);
  await expect(label).toHaveText('');
});

test('the views hold their place while a run changes the header figures', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // The views' top, and the chart's plot, whose summary above it is rewritten every month.
  const viewsTop = () =>
    Promise.all([
      boxOf(region(page, 'Timeline')),
      boxOf(region(page, 'Cumulative transfers').locator('.chart-surface')),
    ]).then((boxes) => boxes.map((box) => Math.round(box.y)));
  await page.goto('/');
  await expect(page.getByTestId('figure-tally')).toContainText('announced');
  const top = await viewsTop();
  // The first month has no comparable total yet: "None" and one line of notes.
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect(page.getByTestId('figure-tally')).toContainText('None');
  expect(await viewsTop(), 'first month').toEqual(top);
  for (let month = 2; month <= 4; month++) {
    await controls(page).getByRole('button', { name: '+1 month' }).click();
    await expect(controls(page).getByRole('status')).toContainText('Up to');
    expect(await viewsTop(), `month ${month}`).toEqual(top);
  }
});

test("a paused or stepped run's list shows the month's events, not the oldest", async ({
  page,
}) => {
  const dateOf = new Map(dataset.events.map((e) => [e.id, e.date]));
  const list = region(page, 'Timeline').getByRole('listbox');
  /** The card at the top of the list's visible part. */
  const topCard = () =>
    list.evaluate((box) => {
      const top = box.getBoundingClientRect().top;
      const cards = [...box.querySelectorAll<HTMLElement>('[role=option]')];
      return cards
        .map((c) => ({ id: c.dataset.eventId, top: c.getBoundingClientRect().top }))
        .filter((c) => c.top >= top - 1)
        .sort((a, b) => a.top - b.top)[0]?.id;
    });
  await page.goto(`/?to=2023-10-31&play=${lastDay}`);
  await expect(list.getByRole('option').first()).toBeVisible();
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect(controls(page).getByRole('status')).toHaveText('Up to 30 Nov 2023');
  // The month's events at the top of the list.
  await expect.poll(async () => dateOf.get((await topCard()) ?? '')?.slice(0, 7)).toBe('2023-11');
});

test('Play on a paused run holds its month a beat before the next, as a player does', async ({
  page,
}) => {
  await page.goto(`/?to=2023-10-31&play=${lastDay}`);
  const status = controls(page).getByRole('status');
  await expect(status).toHaveText('Up to 31 Oct 2023');
  // The label two frames after the press (at 1×, a month lasts a second).
  const shown = await page.evaluate(async () => {
    const play = [...document.querySelectorAll<HTMLButtonElement>('.playback button')].find(
      (b) => b.getAttribute('aria-pressed') === 'false',
    )!;
    play.click();
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    await frame();
    await frame();
    return document.querySelector('.playback [role=status]')?.textContent;
  });
  expect(shown).toBe('Up to 31 Oct 2023');
  await expect(controls(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(status).toHaveText('Up to 30 Nov 2023');
});

test("a paused run's list stays where the reader scrolls it", async ({ page }) => {
  await page.goto(`/?to=2023-10-31&play=${lastDay}`);
  const list = region(page, 'Timeline').getByRole('listbox');
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect(controls(page).getByRole('status')).toHaveText('Up to 30 Nov 2023');
  const first = list.getByRole('option').filter({ hasText: 'Yangon airport' });
  await expect(first).toHaveCount(0);
  // Back to the oldest events, by hand; then the pointer rests on a card (a hover redraws the list).
  await list.hover();
  await page.mouse.wheel(0, -5000);
  await expect(first).toBeVisible();
  await first.hover();
  await expect(first).toHaveAttribute('data-hovered', 'true');
  await expect(first).toBeInViewport();
  const box = await boxOf(list);
  const atTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role=option]')?.textContent ?? '',
    { x: box.x + 24, y: box.y + 6 },
  );
  expect(atTop).toContain('Yangon airport');
});

test('a month step draws the list at its new place in the frame that names the month', async ({
  page,
}) => {
  // Months of 600 events: the next month's first is far below the cards drawn for them.
  await serveWithCopies(page, { '2023-09': 600, '2023-11': 600, '2024-01': 600 });
  const monthOf = (id: string | null) =>
    /^copy-(\d{4}-\d\d)-/.exec(id ?? '')?.[1] ?? dataset.events.find((e) => e.id === id)?.date;
  await page.goto(`/?to=2023-08-31&play=${lastDay}`);
  const list = region(page, 'Timeline').getByRole('listbox');
  await expect(list.getByRole('option').first()).toBeVisible();
  for (const [month, label] of [
    ['2023-09', 'Up to 30 Sept 2023'],
    ['2023-10', 'Up to 31 Oct 2023'],
    ['2023-11', 'Up to 30 Nov 2023'],
    ['2023-12', 'Up to 31 Dec 2023'],
    ['2024-01', 'Up to 31 Jan 2024'],
    ['2024-02', 'Up to 29 Feb 2024'],
  ] as const) {
    // After each paint: the month named, and the card at the list's top, as painted (a card's
    // first line down: a sliver of the card above, left while the cards in sight are measured,
    // is not what a reader sees as the top card).
    await page.evaluate(() => {
      const w = window as unknown as { painted: { label: string; top: string | null }[] };
      w.painted = [];
      const label = document.querySelector('.playback [role=status]')!;
      const box = document.querySelector('section[aria-label="Timeline"] [role=listbox]')!;
      const afterPaint = () => {
        const r = box.getBoundingClientRect();
        const card = document.elementFromPoint(r.left + 24, r.top + 24)?.closest('[role=option]');
        w.painted.push({
          label: label.textContent ?? '',
          top: card instanceof HTMLElement ? (card.dataset.eventId ?? null) : null,
        });
        if (w.painted.length < 40) requestAnimationFrame(() => setTimeout(afterPaint, 0));
      };
      requestAnimationFrame(() => setTimeout(afterPaint, 0));
    });
    await controls(page).getByRole('button', { name: '+1 month' }).click();
    await expect(controls(page).getByRole('status')).toHaveText(label);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { painted: unknown[] }).painted.length))
      .toBe(40);
    const painted = await page.evaluate(
      () => (window as unknown as { painted: { label: string; top: string | null }[] }).painted,
    );
    const named = painted.filter((p) => p.label === label);
    expect(named.length).toBeGreaterThan(0);
    // Every frame that names the month shows one of its events at the top: never an empty list,
    // never the months before.
    expect(
      named.map((p) => monthOf(p.top)?.slice(0, 7) ?? 'none'),
      month,
    ).toEqual(named.map(() => month));
  }
});

test("during a run the chart's frame holds still and the chart grows inside it", async ({
  page,
}) => {
  const chart = region(page, 'Cumulative transfers');
  const ticks = () =>
    chart
      .locator('.chart-x-tick-labels text, .chart-y-tick-labels text')
      .evaluateAll((labels) => labels.map((l) => l.textContent));
  await page.goto(`/?to=2023-10-31&play=${lastDay}`);
  await expect(chart.locator('.chart-x-tick-labels text').first()).toBeVisible();
  const before = await ticks();
  // The frame reaches the run's last day: its years are on the axis from the first month.
  expect(before).toContain('2025');
  for (const label of ['Up to 30 Nov 2023', 'Up to 31 Dec 2023', 'Up to 31 Jan 2024']) {
    await controls(page).getByRole('button', { name: '+1 month' }).click();
    await expect(controls(page).getByRole('status')).toHaveText(label);
    // Two frames on, the chart has drawn the month too.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await ticks(), label).toEqual(before);
  }
  // The sum stops at the month reached (Jan 2024), well short of the frame's right end (2026),
  // instead of running flat into months not yet played.
  const plot = await boxOf(chart.locator('.chart-surface'));
  const bands = await boxOf(chart.locator('.chart-bands'));
  expect(bands.x + bands.width).toBeLessThan(plot.x + plot.width / 2);
});

test('a story step can hold a paused run: the month solid, the earlier ones set back', async ({
  page,
}) => {
  const story = {
    id: 'paused-run',
    title: 'A paused run',
    title_zh: '暂停的播放',
    version: dataset.version,
    steps: [
      {
        view: `to=2023-11-30&play=${lastDay}`,
        caption: 'November 2023, with the months before it set back.',
        caption_zh: '2023年11月，此前月份淡化。',
      },
    ],
  };
  await page.route('**/data/stories.json', (route) =>
    route.fulfill({ body: JSON.stringify({ stories: [story] }), contentType: 'application/json' }),
  );
  await page.goto('/?story=paused-run&mode=present');
  const map = region(page, 'Map');
  await expect(map.locator('.map-fade-key')).toContainText(
    `Nov 2023${eventsInMonth('2023-11-30')} events`,
  );
  await expect(map.locator('.map-mark[data-faded="true"]').first()).toBeAttached();
  await expect(map.locator('.map-mark:not([data-faded])').first()).toBeAttached();
  // A story has no playback bar to keep time, so the key offers no Resume.
  await expect(map.locator('.map-fade-key').getByRole('button')).toHaveCount(0);
});

test('with reduced motion, Play steps one month per press instead of animating', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/[?&]to=2023-08-31/);
  await page.waitForTimeout(2500);
  expect(to(page)).toBe('2023-08-31');
  // The note stands apart from the date, and speeds, meaningless without motion, are off.
  await expect(controls(page).getByRole('status')).toHaveText('Up to 31 Aug 2023');
  await expect(controls(page).getByText('Reduced motion: one month per press')).toBeVisible();
  for (const speed of ['½×', '1×', '2×', '4×']) {
    const button = controls(page).getByRole('button', { name: speed });
    await expect(button).toBeDisabled();
    // And look it: faded, not a live control.
    expect(Number(await button.evaluate((b) => getComputedStyle(b).opacity))).toBeLessThan(0.6);
  }
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/[?&]to=2023-09-30/);
  // The map's key names what its button does here: a month, not "Play".
  const key = page.locator('.map-fade-key');
  await expect(key.getByRole('button')).toHaveText('+1 month');
  await key.getByRole('button').click();
  await expect(page).toHaveURL(/[?&]to=2023-10-31/);
});

/**
 * The marks as the map's canvas paints them, read in the page (it stands alone: Playwright sends
 * it there): for each mark in the frame, whether it is set back, whether another mark's box holds
 * its centre, the alpha at its centre, and the strongest of its three outermost pixels on the left
 * over seven rows (a dashed outline has gaps; null where something else is painted up to the scan's
 * start).
 */
function paintedMarks(root: Element) {
  const canvas = root.querySelector('canvas')!;
  const ctx = canvas.getContext('2d')!;
  const box = canvas.getBoundingClientRect();
  const scale = canvas.width / box.width;
  const marks = [...root.querySelectorAll<HTMLElement>('.map-mark')].map((el) => ({
    faded: el.dataset.faded === 'true',
    box: el.getBoundingClientRect(),
  }));
  return marks.flatMap((m, i) => {
    const [x, y] = [m.box.left + m.box.width / 2, m.box.top + m.box.height / 2];
    if (x < box.left || y < box.top || x > box.right || y > box.bottom) return [];
    const covered = marks.some(
      (o, j) =>
        j !== i && x >= o.box.left && x <= o.box.right && y >= o.box.top && y <= o.box.bottom,
    );
    const [cx, cy] = [Math.round((x - box.left) * scale), Math.round((y - box.top) * scale)];
    const centreAlpha = ctx.getImageData(cx, cy, 1, 1).data[3]!;
    const reach = Math.round(m.box.width * scale);
    const outer = [-3, -2, -1, 0, 1, 2, 3]
      .flatMap((dy) => {
        const pixels = ctx.getImageData(Math.max(0, cx - reach), cy + dy, reach, 1).data;
        let edge = 0;
        while (edge < reach && pixels[edge * 4 + 3]! === 0) edge++;
        if (edge === 0 || edge === reach) return [];
        return [edge, edge + 1, edge + 2].map((k) => [...pixels.slice(k * 4, k * 4 + 4)]);
      })
      .sort((a, b) => b[3]! - a[3]!)[0];
    return [{ faded: m.faded, covered, centreAlpha, outer: outer ?? null }];
  });
}

test("paused in playback, the map shows the month's events at full strength and sets earlier ones back", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const map = region(page, 'Map');
  await expect(map.locator('.map-mark').first()).toBeVisible();
  await expect(map.locator('.map-mark[data-faded]')).toHaveCount(0);

  // The first frame, then a month at a time up to November 2023, the month of the mass handovers.
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect(page).toHaveURL(/[?&]to=2023-08-31/);
  for (const end of ['2023-09-30', '2023-10-31', '2023-11-30']) {
    await controls(page).getByRole('button', { name: '+1 month' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]to=${end}`));
  }
  await expect(map.locator('.map-mark[data-faded="true"]').first()).toBeAttached();
  await expect(map.locator('.map-mark:not([data-faded])').first()).toBeAttached();
  await screenshot(page, 'playback-map-fade-1440');

  // What is painted: a set-back mark is faint, a mark of the month is solid. Only marks whose centre
  // no other mark covers, so the pixel read is the mark's own.
  const painted = (await map.evaluate(paintedMarks)).filter((m) => !m.covered);
  const faded = painted.filter((p) => p.faded);
  const solid = painted.filter((p) => !p.faded);
  expect(faded.length).toBeGreaterThan(0);
  expect(solid.length).toBeGreaterThan(0);
  for (const p of faded) expect(p.centreAlpha, 'a set-back mark is faint').toBeLessThan(100);
  for (const p of solid)
    expect(
      p.centreAlpha,
      'a mark of the month is solid (an approximate place: 75%)',
    ).toBeGreaterThan(170);
});

test('in dark and in light, a set-back mark keeps its outline in its colours at full strength', async ({
  page,
}) => {
  const typeColours = Object.values(TYPE_COLORS).map((hex) =>
    [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)),
  );
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/?to=2024-06-30&play=${lastDay}`);
    const map = region(page, 'Map');
    await expect(map.locator('.map-mark[data-faded="true"]').first()).toBeAttached();
    // For each set-back mark: the strongest of its outer pixels on the left. Its fill is faint; in
    // dark mode an outline as faint left it lost.
    const outlines = (await map.evaluate(paintedMarks)).flatMap((m) =>
      m.faded && m.outer ? [m.outer] : [],
    );
    expect(outlines.length, scheme).toBeGreaterThan(2);
    for (const [r, g, b, alpha] of outlines) {
      expect(alpha, `${scheme}: ${r},${g},${b},${alpha}`).toBeGreaterThan(200);
      const nearest = Math.min(
        ...typeColours.map((c) => Math.max(...c.map((v, k) => Math.abs(v - [r!, g!, b!][k]!)))),
      );
      expect(nearest, `${scheme}: ${r},${g},${b} is near a type's colour`).toBeLessThan(64);
    }
  }
});

test('a span that reaches into the month keeps its mark solid, though a later-starting day ended', async ({
  page,
}) => {
  // Vientiane's day in September 2023 starts after a span from 1 September to 30 November: in
  // October the span is still going on, so the place is of the month.
  const day = dataset.events.find((e) => e.place === 'vientiane' && e.date === '2023-09-11');
  if (!day) throw new Error('the bundled dataset lost its September Vientiane event');
  const span = {
    ...day,
    id: '2023-09-vientiane-escorts-through-november',
    date: '2023-09-01',
    dateEnd: '2023-11-30',
    datePrecision: 'range' as const,
  };
  const body = JSON.stringify({ ...dataset, events: [...dataset.events, span] });
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('/');
  const map = region(page, 'Map');
  const vientiane = map.locator(`.map-mark[data-event-id~="${span.id}"]`);
  await expect(vientiane).toHaveAttribute('data-event-id', new RegExp(day.id));

  for (const end of ['2023-08-31', '2023-09-30', '2023-10-31']) {
    await controls(page).getByRole('button', { name: '+1 month' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]to=${end}`));
  }
  // Other places ended in August or September: those are set back, so the fade is on.
  await expect(map.locator('.map-mark[data-faded="true"]').first()).toBeAttached();
  await expect(vientiane).not.toHaveAttribute('data-faded');

  // In December the span has ended too.
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect(page).toHaveURL(/[?&]to=2023-12-31/);
  await expect(vientiane).toHaveAttribute('data-faded', 'true');
});

/** The key's text and every other line of text on the map: none may be drawn over another. */
async function expectKeyClear(page: Page) {
  const key = page.locator('.map-fade-key');
  expect(inside(await boxOf(key), await boxOf(page.locator('.map-frame')))).toBe(true);
  const keyText = await visibleTextBoxes(page, '.map-fade-key');
  expect(keyText.length).toBeGreaterThan(0);
  expect(textOverlaps(await visibleTextBoxes(page, '.map-frame'))).toEqual([]);
}

test('while playback is on, the map says what solid and faded marks mean', async ({ page }) => {
  await page.goto('/');
  const map = region(page, 'Map');
  await expect(map.locator('.map-mark').first()).toBeVisible();
  await expect(map.locator('.map-fade-key')).toHaveCount(0);

  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(controls(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(map.locator('.map-fade-key')).toContainText(/[A-Z][a-z]{2} 20\d\d/);
  await controls(page).getByRole('button', { name: 'Pause' }).click();
  // A month on from wherever the run paused: some months are earlier, so the fade shows.
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect(map.getByText('Earlier months', { exact: true })).toBeVisible();
  await expect(map.locator('.map-mark[data-faded="true"]').first()).toBeAttached();
  await expectKeyClear(page);

  // The opened legend and the key sit side by side, neither over the other.
  await map.locator('.map-legend summary').click();
  await expect(map.locator('.map-legend').getByText('Transfer', { exact: true })).toBeVisible();
  await expectKeyClear(page);
  await screenshot(page, 'playback-fade-key-1440');

  // Clearing the range ends the run: no fade, no key.
  await region(page, 'Timeline').getByRole('button', { name: 'Clear range' }).click();
  await expect(map.locator('.map-mark[data-faded]')).toHaveCount(0);
  await expect(map.locator('.map-fade-key')).toHaveCount(0);
});

test("through a run, names hold their places: Pu'er stays named, sides stay", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const step = controls(page).getByRole('button', { name: '+1 month' });
  /** Each month: every mark drawn in the frame, its name's side (an eighth of a turn) or '-'. */
  const months: Record<string, string>[] = [];
  for (;;) {
    const before = await controls(page).getByRole('status').textContent();
    await step.click();
    await expect(controls(page).getByRole('status')).not.toHaveText(before ?? '');
    if (!(await controls(page).getByRole('status').textContent())?.startsWith('Up to')) break;
    months.push(
      await region(page, 'Map').evaluate((map) => {
        const frame = map.querySelector('.map-frame')!.getBoundingClientRect();
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        };
        const names = [...map.querySelectorAll('.map-label-place')];
        const sides: Record<string, string> = {};
        for (const mark of map.querySelectorAll('.map-mark')) {
          const m = centre(mark);
          if (m.x < frame.left || m.x > frame.right || m.y < frame.top || m.y > frame.bottom)
            continue;
          const place = (mark.getAttribute('aria-label') ?? '')
            .split(':')[0]!
            .replace(/ \+\d+$/, '');
          const name = names.find((n) => n.textContent?.replace(/ \+\d+$/, '') === place);
          const l = name && centre(name);
          sides[place] = l
            ? String(Math.round(Math.atan2(l.y - m.y, l.x - m.x) / (Math.PI / 4)) & 7)
            : '-';
        }
        return sides;
      }),
    );
  }
  expect(months.length).toBeGreaterThan(20);
  // Named in every month its mark is drawn: it lost its name from June 2024 to a country name
  // pushed aside by a growing mark.
  expect(months.map((m) => m["Pu'er"] ?? ' ').join('')).not.toContain('-');
  // From one month to the next a name stays on its side of the mark, but where a new mark takes
  // the room: four times in the whole run (Yunnan and Naypyitaw at the first months, Myawaddy and
  // Bangkok as the border towns fill); eight when each month placed the names afresh.
  const moves = months.slice(1).flatMap((now, i) =>
    Object.entries(now).filter(([place, side]) => {
      const was = months[i]?.[place];
      return side !== '-' && was !== undefined && was !== '-' && was !== side;
    }),
  );
  expect(moves.length, JSON.stringify(moves)).toBeLessThanOrEqual(4);
});

test('the month key keeps one size from month to month, and no name goes under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?from=2023-09-01');
  const key = region(page, 'Map').locator('.map-fade-key');
  const step = controls(page).getByRole('button', { name: '+1 month' });
  const boxes: string[] = [];
  const keyBox = async () => {
    const box = await boxOf(key);
    boxes.push(`${box.x},${box.y} ${box.width}×${box.height}`);
  };
  const texts = new Set<string>();
  for (let month = 0; month < 8; month++) {
    const before = await controls(page).getByRole('status').textContent();
    await step.click();
    await expect(controls(page).getByRole('status')).not.toHaveText(before ?? '');
    texts.add(
      (await key
        .locator('> span')
        .filter({ hasText: /20\d\d/ })
        .textContent()) ?? '',
    );
    await keyBox();
    await expectKeyClear(page);
  }
  // Months of none, one and several events were seen: texts of different lengths.
  expect(texts.size).toBeGreaterThan(4);
  // Resume and Pause, in the key, leave its box as it was too.
  const label = await controls(page).getByRole('status').textContent();
  await key.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(controls(page).getByRole('status')).not.toHaveText(label ?? '');
  await keyBox();
  await key.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(key.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await keyBox();
  expect(new Set(boxes), boxes.join(' | ')).toHaveProperty('size', 1);
});

test('the month key keeps one size when months bring thousands of events', async ({ page }) => {
  test.setTimeout(60_000);
  // The months' counts run from none to four figures.
  await serveWithCopies(page, { '2023-09': 1500, '2023-11': 40 });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?from=2023-08-01');
  const key = region(page, 'Map').locator('.map-fade-key');
  const step = controls(page).getByRole('button', { name: '+1 month' });
  const boxes = new Set<string>();
  const counts = new Set<string>();
  for (let month = 0; month < 6; month++) {
    const before = await controls(page).getByRole('status').textContent();
    await step.click();
    await expect(controls(page).getByRole('status')).not.toHaveText(before ?? '');
    counts.add((await key.locator('.map-fade-month').innerText()).replace(/\s+/g, ' '));
    const box = await boxOf(key);
    boxes.add(`${box.x},${box.y} ${box.width}×${box.height}`);
    await expectKeyClear(page);
  }
  const september = 1500 + eventsInMonth('2023-09-30');
  expect([...counts].join(' | ')).toContain(`${september.toLocaleString('en')} events`);
  expect(counts.size).toBe(6);
  expect([...boxes], [...counts].join(' | ')).toHaveLength(1);
});

test('in present mode at 1280×720 the opened legend leaves the key at the bottom, beside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?mode=present&from=2023-09-01&to=2024-02-29&play=${lastDay}`);
  const map = region(page, 'Map');
  await map.locator('.map-legend summary').click();
  await expect(map.locator('.map-legend').getByText('Transfer', { exact: true })).toBeVisible();
  const key = await boxOf(map.locator('.map-fade-key'));
  const legend = await boxOf(map.locator('.map-legend'));
  // Bottoms aligned, side by side: not lifted over the middle of the map.
  expect(Math.abs(key.y + key.height - (legend.y + legend.height))).toBeLessThan(1);
  expect(key.x).toBeGreaterThanOrEqual(legend.x + legend.width);
  await expectKeyClear(page);
});

test('in present mode at 1280×720 a run changes the month, not the bar, the key or the chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?mode=present');
  const bar = page.getByRole('group', { name: 'Playback', exact: true });
  const title = page.locator('.present-title');
  const plot = region(page, 'Cumulative transfers').locator('.chart-body');
  const key = region(page, 'Map').locator('.map-fade-key');
  const named = await title.textContent();
  const plotBox = await boxOf(plot);
  const keyBoxes = new Set<string>();
  for (const end of ['2023-08-31', '2023-09-30', '2023-10-31', '2023-11-30']) {
    await bar.getByRole('button', { name: '+1 month' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]to=${end}`));
    // The title names the view being played, whole: the month is the bar's "Up to …" beside it
    // (the title named it too, cut to "until Nov 2…").
    await expect(title).toHaveText(named ?? '');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The run's hint and the chart's sentence keep the room they had before Play: the plot stays.
    expect(await boxOf(plot), `up to ${end}`).toEqual(plotBox);
    // No month is earlier than the run's first: the key says so, at the same size.
    const first = end === '2023-08-31';
    await expect(key.getByText('No earlier months', { exact: true })).toBeVisible({
      visible: first,
    });
    await expect(key.getByText('Earlier months', { exact: true })).toBeVisible({ visible: !first });
    const box = await boxOf(key);
    keyBoxes.add(`${box.x},${box.y} ${box.width}×${box.height}`);
  }
  await expect(bar.getByRole('status')).toHaveText('Up to 30 Nov 2023');
  expect([...keyBoxes]).toHaveLength(1);
  // The key is one line, as wide as what it says (with its own Resume button beside the bar's Play
  // it wrapped to two lines in a box half empty, over the map's bottom marks).
  await expect(key.getByRole('button')).toHaveCount(0);
  const lines = await key.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const parts = [...el.children].map((c) => c.getBoundingClientRect());
    const style = getComputedStyle(el);
    return {
      rows: new Set(parts.map((p) => Math.round(p.top))).size,
      spare: box.right - Math.max(...parts.map((p) => p.right)) - parseFloat(style.paddingRight),
    };
  });
  expect(lines.rows).toBe(1);
  expect(lines.spare).toBeLessThan(2);
  // No mark is under the keys: Myawaddy, near the default frame's south edge, was.
  const keys = [await boxOf(key), await boxOf(region(page, 'Map').locator('.map-legend'))];
  const marks = await region(page, 'Map')
    .locator('.map-mark')
    .evaluateAll((els) =>
      els.map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? '', box: { x, y, width, height } };
      }),
    );
  expect(marks.length).toBeGreaterThan(5);
  const covered = marks.filter((m) => keys.some((k) => overlapArea(m.box, k) > 0));
  expect(covered.map((m) => m.name)).toEqual([]);
  await expectKeyClear(page);
  await screenshot(page, 'playback-present-1280');
});

test('through a run at 1280×720, a mark under the keys is counted at the edge, not lost', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const step = controls(page).getByRole('button', { name: '+1 month' });
  const lost = new Set<string>();
  let covered = 0;
  for (;;) {
    const before = await controls(page).getByRole('status').textContent();
    await step.click();
    await expect(controls(page).getByRole('status')).not.toHaveText(before ?? '');
    const label = (await controls(page).getByRole('status').textContent()) ?? '';
    if (label.startsWith('End of run')) break;
    // Every mark whose centre lies under a key (the month's key, the legend, the zoom buttons)
    // is out of sight: an edge indicator in sight carries its events, and no name points at it.
    const found = await region(page, 'Map').evaluate((map) => {
      const keys = [...map.querySelectorAll('.map-fade-key, .map-legend, .leaflet-control')].map(
        (k) => k.getBoundingClientRect(),
      );
      // Indicators in sight: not under a key themselves.
      const clear = (r: DOMRect) =>
        !keys.some(
          (k) => r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top,
        );
      const chips = [...map.querySelectorAll<HTMLElement>('.map-edge-indicator')]
        .filter((c) => clear(c.getBoundingClientRect()))
        .flatMap((c) => (c.dataset.eventId ?? '').split(' '));
      const names = new Set(
        [...map.querySelectorAll('.map-label-place')].map((l) => l.textContent ?? ''),
      );
      return [...map.querySelectorAll<HTMLElement>('.map-mark')].flatMap((mark) => {
        const r = mark.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        if (!keys.some((k) => x >= k.left && x <= k.right && y >= k.top && y <= k.bottom))
          return [];
        const name = (mark.getAttribute('aria-label') ?? '').split(':')[0] ?? '';
        const ids = (mark.dataset.eventId ?? '').split(' ');
        const counted = ids.every((id) => chips.includes(id));
        return [{ name, counted, named: names.has(name) }];
      });
    });
    covered += found.length;
    for (const f of found) if (!f.counted || f.named) lost.add(`${label}: ${f.name}`);
  }
  expect([...lost]).toEqual([]);
  // The run did bring marks under the keys (Bangkok under the month's key, at its end).
  expect(covered).toBeGreaterThan(0);
});

/** Events whose date falls in the month of `monthEnd`, as the dataset lists them. */
const eventsInMonth = (monthEnd: string) =>
  dataset.events.filter((e) => e.date.slice(0, 7) === monthEnd.slice(0, 7)).length;

test("the key names the month, counts its events, an empty month too, in the marks' colours", async ({
  page,
}) => {
  const months = [...new Set(dataset.events.map((e) => e.date.slice(0, 7)))].sort();
  // The first month inside the dataset's span in which nothing happened.
  let empty = months[0]!;
  while (months.includes(empty)) {
    const [y, m] = empty.split('-').map(Number) as [number, number];
    empty = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const busy = '2023-11-30';
  expect(eventsInMonth(busy)).toBeGreaterThan(1);
  const key = region(page, 'Map').locator('.map-fade-key');

  await page.goto(`/?to=${busy}&play=${lastDay}`);
  await expect(key).toContainText(`Nov 2023${eventsInMonth(busy)} events`);
  // The month's dot is a mark as the map draws one of several types: a pie of the legend's type
  // colours, not one blue.
  await region(page, 'Map').locator('.map-legend summary').click();
  const legend = await region(page, 'Map')
    .locator('.map-legend-dot')
    .evaluateAll((dots) => dots.map((d) => getComputedStyle(d).backgroundColor));
  expect(legend.length).toBeGreaterThan(1);
  const pie = await key
    .locator('.map-fade-dot')
    .first()
    .evaluate((dot) => getComputedStyle(dot).backgroundImage);
  expect(pie).toMatch(/^conic-gradient/);
  for (const colour of legend) expect(pie).toContain(colour);

  const emptyEnd = new Date(Date.UTC(Number(empty.slice(0, 4)), Number(empty.slice(5, 7)), 0))
    .toISOString()
    .slice(0, 10);
  await page.goto(`/?to=${emptyEnd}&play=${lastDay}`);
  await expect(key).toContainText('no events');
  await expectKeyClear(page);
});

test('in Chinese and in present mode, the key reads from the back of the room', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?mode=present&lang=zh');
  const toolbar = page.getByRole('group', { name: '播放', exact: true });
  for (const end of ['2023-08-31', '2023-09-30', '2023-10-31']) {
    await toolbar.getByRole('button', { name: '+1 个月' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]to=${end}`));
  }
  const key = page.locator('.map-fade-key');
  await expect(key).toContainText(`2023年10月${eventsInMonth('2023-10-31')} 起事件`);
  await expect(key.getByText('此前月份', { exact: true })).toBeVisible();
  const size = await key.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, 'as large as the place names of present mode').toBeGreaterThanOrEqual(19);
  await expectKeyClear(page);
  await screenshot(page, 'playback-fade-key-present-zh-1920');
});

test('on a phone, the key keeps clear of the map credit and every name', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  for (const end of ['2023-08-31', '2023-09-30', '2023-10-31']) {
    await controls(page).getByRole('button', { name: '+1 month' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]to=${end}`));
  }
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Map' })
    .click();
  await expect(
    page.locator('.map-fade-key').getByText('Earlier months', { exact: true }),
  ).toBeVisible();
  await expectKeyClear(page);
  await screenshot(page, 'playback-fade-key-390');
  // The playback bar is on the Timeline tab: the key resumes and pauses the run from here.
  const key = page.locator('.map-fade-key');
  await key.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(key).toContainText('Nov 2023');
  await key.getByRole('button', { name: 'Pause', exact: true }).click();
  const held = await key.textContent();
  await page.waitForTimeout(1500);
  await expect(key).toHaveText(held ?? '');
  await expect(key.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

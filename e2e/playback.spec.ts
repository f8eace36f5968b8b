// Timeline playback as a reader sees it: the window grows a month at a time, pauses, steps, ends; reduced motion steps.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';
import { region } from './layout-helpers';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const TOTAL = dataset.events.length;
const lastDay = dataset.events
  .map((e) => e.dateEnd ?? e.date)
  .sort()
  .at(-1)!;
const LAST_FRAME = new Date(Date.UTC(Number(lastDay.slice(0, 4)), Number(lastDay.slice(5, 7)), 0))
  .toISOString()
  .slice(0, 10);

const to = (page: Page) => new URL(page.url()).searchParams.get('to');
const controls = (page: Page) =>
  region(page, 'Timeline').getByRole('toolbar', { name: 'Playback', exact: true });
const shownCount = async (page: Page) =>
  Number(
    /^(\d+) of/.exec((await region(page, 'Filters').getByRole('status').textContent()) ?? '')?.[1],
  );

test('plays month by month, pauses holding its place in the URL, steps a month, and ends', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await controls(page).getByRole('button', { name: 'Play' }).click();
  // At 1× a month lasts a second: the first frame is the first event's month.
  await expect(page).toHaveURL(/[?&]to=2023-08-31/);
  await controls(page).getByRole('button', { name: '4×' }).click();

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

  // One month on, by the button.
  await controls(page).getByRole('button', { name: '+1 month' }).click();
  await expect.poll(() => to(page)).not.toBe(held);
  const stepped = to(page)!;
  expect(Number(stepped.slice(5, 7))).toBe((Number(held!.slice(5, 7)) % 12) + 1);

  // To the end: Play stops by itself at the last event's month, with every event shown.
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(controls(page).getByRole('button', { name: 'Play' })).toBeVisible({
    timeout: 30_000,
  });
  expect(to(page)).toBe(LAST_FRAME);
  await expect(region(page, 'Filters').getByRole('status')).toHaveText(
    `${TOTAL} of ${TOTAL} events`,
  );
});

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

test('with reduced motion, Play steps one month per press instead of animating', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/[?&]to=2023-08-31/);
  await page.waitForTimeout(2500);
  expect(to(page)).toBe('2023-08-31');
  await expect(controls(page).getByRole('status')).toContainText('Reduced motion');
  await controls(page).getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/[?&]to=2023-09-30/);
});

// The keyboard path through the screen: tab order follows the layout, pickers are one stop each, the list is near.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { region } from './layout-helpers';

interface Stop {
  area: string;
  x: number;
  y: number;
  role: string | null;
  activeCard: string | null;
}

/** Where focus is: which part of the screen, where on it, and the list's cursor if it is the list. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const area = el.closest('section.region')?.id ?? (el.closest('.page-top') ? 'header' : 'other');
    const active = el.getAttribute('aria-activedescendant');
    return {
      area,
      x: r.x,
      y: r.y,
      role: el.getAttribute('role'),
      activeCard: active
        ? (document.getElementById(active)?.getAttribute('data-event-id') ?? null)
        : null,
    };
  });
}

// 30 stops before the player moved above the list: its toolbar and the Story button are two more.
test('from the page top, the first event card is reached in at most 32 Tab presses, in screen order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const list = region(page, 'Timeline').getByRole('listbox');
  const firstId = await list.locator('[role=option]').first().getAttribute('data-event-id');
  const stops: Stop[] = [];
  for (let presses = 1; presses <= 32; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop) stops.push(stop);
    if (stop?.role === 'listbox') break;
  }
  const last = stops.at(-1);
  expect(last?.role, `the list within 32 presses (${stops.length} stops)`).toBe('listbox');
  expect(last?.activeCard).toBe(firstId);
  // Left to right, top to bottom: the header band, then the filters, then the timeline.
  const order = ['header', 'region-filters', 'region-timeline'];
  const areas = stops.map((s) => s.area).filter((a) => order.includes(a));
  const ranks = areas.map((a) => order.indexOf(a));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test('the place picker is a combobox with one Tab stop and arrow keys inside', async ({ page }) => {
  await page.goto('/');
  const filters = region(page, 'Filters');
  const places = filters.getByRole('combobox', { name: 'Find a place' });
  await places.focus();
  await page.keyboard.type('mu');
  const listbox = filters.getByRole('listbox', { name: 'Places: options' });
  await expect(listbox.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const option = listbox.getByRole('option', { name: /Muse/ });
  await expect(places).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]place=muse(&|$)/);
  // Tab leaves the picker for the next one: no option is a stop of its own.
  await page.keyboard.press('Tab');
  await expect(filters.getByRole('combobox', { name: 'Find a person or group' })).toBeFocused();
});

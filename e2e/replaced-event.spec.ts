// A shared link to an event id that a dataset correction retired opens the event that replaced it.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
const merged = dataset.events.find((e) => (e.replaces ?? []).length > 0);

test('a link to a replaced event id selects the merged event and says so', async ({ page }) => {
  expect(merged, 'the bundled dataset should merge at least one event').toBeDefined();
  const event = merged!;
  const retired = event.replaces![0]!;
  await page.goto(`/?event=${retired}`);

  const notice = page.getByRole('status', { name: 'About this link' });
  await expect(notice).toContainText(
    `The linked event “${retired}” was merged into “${event.id}” when the dataset was corrected; showing that event.`,
  );
  await expect(notice).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Event details', exact: true })).toContainText(
    event.title,
  );
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
  const selected = page.locator('[data-selected="true"]');
  await expect(selected.first()).toBeVisible();
  for (const ids of await selected.evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-event-id') ?? ''),
  ))
    expect(ids.split(' ')).toContain(event.id);
  await screenshot(page, 'replaced-event-link');
});

// The app loads its bundled dataset and shows the five labelled regions.
import { test, expect, screenshot } from './fixtures';

const REGIONS = ['Filters', 'Timeline', 'Cumulative transfers', 'Map', 'Event details'];

test('the built app shows the title and the five regions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Crackdown Atlas' })).toBeVisible();
  for (const label of REGIONS) {
    await expect(page.getByRole('region', { name: label, exact: true })).toBeVisible();
  }
  await screenshot(page, 'shell-1440');
});

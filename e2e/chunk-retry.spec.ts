// A region whose code or base map failed to download recovers with Retry once the server serves it again.
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

// The staged 404s are logged by Chromium, and React logs the error the region's boundary caught.
test.use({
  allowedConsoleError:
    /Failed to load resource|Failed to fetch dynamically imported module|error occurred in the <Lazy> component|basemap: 404/,
});

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Answers `pattern` with a 404 until `serve()` is called, then lets the real file through. */
async function failUntilServed(page: Page, pattern: string): Promise<{ serve: () => void }> {
  let failing = true;
  await page.route(pattern, (route) =>
    failing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
  );
  return { serve: () => (failing = false) };
}

test('Retry re-imports a map chunk that failed to load', async ({ page }) => {
  const chunk = await failUntilServed(page, '**/assets/map-panel-*.js');
  await page.goto('/');
  const map = region(page, 'Map');
  const alert = map.getByRole('alert');
  await expect(alert).toContainText('Map failed');
  // The rest of the page works meanwhile.
  await expect(page.getByTestId('dataset-counts')).toContainText('events');
  await screenshot(page, 'chunk-retry-failed');

  chunk.serve();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeHidden();
  await expect(map.locator('.map-mark').first()).toBeVisible();
  await expect(map.locator('.map-land').first()).toBeAttached();
});

test('the base map offers Retry and draws the land once it loads', async ({ page }) => {
  const baseMap = await failUntilServed(page, '**/basemap/base-map.json');
  await page.goto('/');
  const map = region(page, 'Map');
  await expect(map.getByText('The base map could not be loaded')).toBeVisible();
  await expect(map.locator('.map-mark').first()).toBeVisible();
  await expect(map.locator('.map-land')).toHaveCount(0);

  baseMap.serve();
  await map.getByRole('button', { name: 'Retry' }).click();
  await expect(map.getByText('The base map could not be loaded')).toBeHidden();
  await expect(map.locator('.map-land').first()).toBeAttached();
  await screenshot(page, 'chunk-retry-basemap');
});

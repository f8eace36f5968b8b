// A failed or invalid dataset load says what is wrong and offers a Retry that works.
import { readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

const DATA = '**/data/events.json';
const realDataset = readFileSync('public/data/events.json', 'utf8');

// Chromium logs the failed request itself as a console error: that one is staged here.
test.use({ allowedConsoleError: /Failed to load resource/ });

test('a schema error names the record and field, and Retry loads the real data', async ({
  page,
}) => {
  let broken = true;
  await page.route(DATA, (route) => {
    if (!broken) return route.fulfill({ body: realDataset, contentType: 'application/json' });
    const bad = JSON.parse(realDataset) as { events: { date: string }[] };
    bad.events[12]!.date = '2023-13-01';
    return route.fulfill({ body: JSON.stringify(bad), contentType: 'application/json' });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText(
    'events[12].date: expected a date like 2023-11-18, got "2023-13-01"',
  );
  await screenshot(page, 'dataset-error');
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  await expect(page.getByTestId('dataset-counts')).toContainText('events');
});

test('an HTML page instead of JSON is explained', async ({ page }) => {
  await page.route(DATA, (route) =>
    route.fulfill({ body: '<!doctype html><title>404</title>', contentType: 'text/html' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('HTML page instead of the JSON dataset');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeEnabled();
});

test('a network failure is explained', async ({ page }) => {
  await page.route(DATA, (route) => route.abort('failed'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The dataset could not be fetched');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeEnabled();
});

test('a server error is explained', async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The server answered 500');
});

// A body that breaks off or will not decompress cannot be staged with page.route (Chromium does not
// decode a fulfilled body): src/data/dataset-query.test.ts covers it.
test.describe('a damaged download says what happened', () => {
  const gzipGarbage = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]);
  const cases: [name: string, fulfil: Parameters<Route['fulfill']>[0], said: RegExp][] = [
    [
      'cut short',
      { body: realDataset.slice(0, realDataset.length / 2), contentType: 'application/json' },
      /The dataset file is cut short \(truncated JSON/,
    ],
    [
      'gzip bytes sent as plain data',
      { body: gzipGarbage, contentType: 'application/json' },
      /The dataset is not JSON: it is gzip-compressed data/,
    ],
  ];
  for (const [name, fulfil, said] of cases)
    test(name, async ({ page }) => {
      await page.route(DATA, (route) => route.fulfill(fulfil));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(said);
      await expect(alert).not.toContainText(/^Failed to fetch$/m);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
    });
});

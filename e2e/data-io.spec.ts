// Export and import in real Chromium: downloaded files checked for content, imported files shown or refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { CSV_COLUMNS } from '../src/data/csv-codec';
import { parseCsv } from '../src/data/csv-format';
import { validateDataset } from '../src/data/validate';
import { test, expect, screenshot } from './fixtures';
import { centreInside } from './layout-helpers';

interface RawEvent {
  id: string;
  type: string;
}
const bundled = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
  events: RawEvent[];
};
const total = bundled.events.length;
const transferIds = bundled.events.filter((e) => e.type === 'transfer').map((e) => e.id);

const statusLine = (page: Page) =>
  page.getByRole('region', { name: 'Filters', exact: true }).getByRole('status');
const exportButton = (page: Page) => page.getByRole('button', { name: /^Export/ });
const importInput = (page: Page) => page.getByLabel('Import a data file (JSON or CSV)');
const banner = (page: Page) => page.getByRole('region', { name: 'Your data' });

async function downloadFrom(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await exportButton(page).click();
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

/** A directory of its own for each test's files. */
function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-io-')), name);
  writeFileSync(path, content);
  return path;
}

async function openWithTransfers(page: Page): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Filters', exact: true })
    .locator('button.chip[data-value="transfer"]')
    .click();
  await expect(statusLine(page)).toHaveText(`${transferIds.length} of ${total} events`);
  await expect(page.locator('section.region-chart svg.chart-surface')).toBeVisible();
}

test('exports the filtered events as CSV and JSON, and the chart as PNG and SVG', async ({
  page,
}) => {
  const requests: string[] = [];
  await openWithTransfers(page);
  page.on('request', (request) => requests.push(request.url()));

  await exportButton(page).click();
  const menu = page.getByRole('menu', { name: 'Export the filtered events' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Events as CSV',
    'Events as JSON (dataset)',
    'Chart as PNG',
    'Chart as SVG',
  ]);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await screenshot(page, 'io-export-menu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(exportButton(page)).toBeFocused();

  const csv = await downloadFrom(page, 'Events as CSV');
  expect(csv.name).toBe('crackdown-atlas_transfer_all_all_all.csv');
  const parsed = parseCsv(csv.body.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const [header, ...rows] = parsed.records;
  expect(header?.fields).toEqual([...CSV_COLUMNS]);
  expect(rows.map((r) => r.fields[0]).sort()).toEqual([...transferIds].sort());
  expect(rows.every((r) => r.fields[CSV_COLUMNS.indexOf('type')] === 'transfer')).toBe(true);

  const json = await downloadFrom(page, 'Events as JSON (dataset)');
  expect(json.name).toBe('crackdown-atlas_transfer_all_all_all.json');
  const result = validateDataset(JSON.parse(json.body.toString('utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  expect(result.dataset.events.map((e) => e.id).sort()).toEqual([...transferIds].sort());
  const placeIds = new Set(result.dataset.events.flatMap((e) => [e.place, e.from, e.to]));
  expect(result.dataset.places.every((p) => placeIds.has(p.id))).toBe(true);

  const svg = await downloadFrom(page, 'Chart as SVG');
  expect(svg.name).toBe('crackdown-atlas_transfer_all_all_all_chart.svg');
  const markup = svg.body.toString('utf8');
  expect(markup).toContain('<svg');
  expect(markup).toContain('Cumulative transfers');
  // The filter, named under the title as the embed line names it.
  expect(markup).toMatch(/<text [^>]*>transfers<\/text>/);
  // Colours from CSS variables are resolved: the file has no stylesheet to look them up in.
  expect(markup).not.toContain('var(--');

  const png = await downloadFrom(page, 'Chart as PNG');
  expect(png.name).toBe('crackdown-atlas_transfer_all_all_all_chart.png');
  expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.body.length).toBeGreaterThan(5_000);

  // Look at the exported chart as a reader would.
  await page.evaluate(
    (src) => {
      const img = document.createElement('img');
      img.src = src;
      img.style.cssText = 'width:50%;border:1px solid #888';
      document.body.replaceChildren(img);
      return img.decode();
    },
    `data:image/png;base64,${png.body.toString('base64')}`,
  );
  await screenshot(page, 'io-exported-chart');

  const elsewhere = requests.filter((url) => !url.startsWith(new URL(page.url()).origin));
  expect(elsewhere.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual(
    [],
  );
});

test('chart exports are off, with a hint, while the chart shows its table', async ({ page }) => {
  await openWithTransfers(page);
  const chartRegion = page.locator('section.region-chart');
  await chartRegion.getByRole('button', { name: 'Table', exact: true }).click();
  await exportButton(page).click();
  const png = page.getByRole('menuitem', { name: 'Chart as PNG' });
  await expect(png).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Show the cumulative chart')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Events as CSV' })).not.toHaveAttribute(
    'aria-disabled',
  );
});

/** Places far from the default frame on the Myanmar–Laos–China border. */
const FAR_DATASET = {
  version: 'far-away-1',
  sources: [
    {
      id: 'my-notes',
      publisher: 'Unknown (test notes)',
      title: 'Test notes',
      url: null,
      published: '2025-01-10',
    },
  ],
  places: [
    {
      id: 'phnom-penh',
      name: 'Phnom Penh',
      name_zh: '金边',
      country: 'KH',
      lat: 11.56,
      lon: 104.92,
      precision: 'town',
    },
    {
      id: 'ho-chi-minh-city',
      name: 'Ho Chi Minh City',
      country: 'VN',
      lat: 10.82,
      lon: 106.63,
      precision: 'town',
    },
    {
      id: 'shanghai',
      name: 'Shanghai',
      name_zh: '上海',
      country: 'CN',
      lat: 31.23,
      lon: 121.47,
      precision: 'town',
    },
  ],
  events: [
    {
      id: '2025-01-05-phnom-penh-handover',
      date: '2025-01-05',
      datePrecision: 'day',
      type: 'transfer',
      title: 'Phnom Penh hands over 120 suspects',
      summary: 'A test event: 120 suspects handed over to Shanghai.',
      place: 'phnom-penh',
      from: 'phnom-penh',
      to: 'shanghai',
      origin: 'KH',
      destination: 'CN',
      counts: { transferred: 120 },
      sources: [{ source: 'my-notes', quote: '120 suspects were handed over' }],
    },
    {
      id: '2025-01-07-hcmc-raid',
      date: '2025-01-07',
      datePrecision: 'day',
      type: 'raid',
      title: 'Raid in Ho Chi Minh City',
      summary: 'A test raid.',
      place: 'ho-chi-minh-city',
      origin: 'VN',
      destination: 'CN',
      sources: [{ source: 'my-notes', quote: 'a raid took place' }],
    },
    {
      id: '2025-01-09-shanghai-sentence',
      date: '2025-01-09',
      datePrecision: 'day',
      type: 'sentence',
      title: 'Sentences in Shanghai',
      summary: 'A test verdict.',
      place: 'shanghai',
      origin: 'KH',
      destination: 'CN',
      sources: [{ source: 'my-notes', quote: 'the court sentenced them' }],
    },
  ],
};

test('imports a JSON dataset: every view shows it, the map frames it, Back restores', async ({
  page,
}) => {
  await page.goto('/?type=raid');
  await expect(statusLine(page)).toContainText(`of ${total} events`);
  await importInput(page).setInputFiles(tempFile('far.json', JSON.stringify(FAR_DATASET)));

  await expect(banner(page)).toContainText('Your data: 3 events from far.json.');
  await expect(banner(page)).toContainText('Links you share still open the bundled dataset.');
  await expect(statusLine(page)).toHaveText('3 of 3 events');
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toContainText(
    'Phnom Penh hands over 120 suspects',
  );

  const map = page.getByRole('region', { name: 'Map', exact: true });
  const frame = map.locator('.map-frame');
  for (const event of FAR_DATASET.events) {
    const mark = map.locator(`.map-mark[data-event-id~="${event.id}"]`);
    await expect(mark).toBeVisible();
    await expect.poll(() => centreInside(frame, mark), { timeout: 5_000 }).toBe(true);
  }
  // Nothing of the bundled data is left on the map.
  await expect(map.locator(`.map-mark[data-event-id~="${transferIds[0] ?? ''}"]`)).toHaveCount(0);
  await screenshot(page, 'io-imported');

  await banner(page).getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(banner(page)).toBeHidden();
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
});

test('a CSV with errors is refused with its line numbers; the bundled data stays', async ({
  page,
}) => {
  await page.goto('/');
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  const csv = [
    CSV_COLUMNS.join(','),
    // Line 2: an unknown place; line 3: a month that does not exist; line 4: a count that is no number.
    '2025-01-05-x,2025-01-05,,day,transfer,Test,"Summary, with a comma.",,,atlantis,,,MM,CN,,,,,,,,,xinhua-2023-11-21-31000: a quote,,',
    '2025-01-06-y,2023-13-01,,day,raid,Test,Summary.,,,muse,,,MM,CN,,,,,,,,,xinhua-2023-11-21-31000: a quote,,',
    '2025-01-07-z,2025-01-07,,day,raid,Test,Summary.,,,muse,,,MM,CN,many,,,,,,,,xinhua-2023-11-21-31000: a quote,,',
  ].join('\n');
  await importInput(page).setInputFiles(tempFile('mine.csv', csv));

  const alert = page.getByRole('alert').filter({ hasText: 'mine.csv could not be imported' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem')).toHaveText([
    'line 2, column place: no place has the id "atlantis"',
    'line 3, column date: expected a date like 2023-11-18, got "2023-13-01"',
    'line 4, column transferred: expected a whole number, got "many"',
  ]);
  await expect(banner(page)).toBeHidden();
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  await screenshot(page, 'io-import-errors');

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

test('on a phone, in Chinese and dark: the menu fits and the banner reads', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?lang=zh');
  await page
    .getByLabel('导入数据文件（JSON 或 CSV）')
    .setInputFiles(tempFile('far.json', JSON.stringify(FAR_DATASET)));
  await expect(page.getByRole('region', { name: '您的数据' })).toContainText(
    '您的数据：来自 far.json 的 3 个事件。',
  );
  await page.getByRole('button', { name: /^导出/ }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await screenshot(page, 'io-imported-390-zh-dark');
  // The full page is tall: the header, menu and banner are what this test is about.
  await page.screenshot({
    path: 'e2e/screenshots/io-imported-390-zh-dark-top.png',
    clip: { x: 0, y: 0, width: 390, height: 560 },
  });
});

/** Serious and critical axe findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('axe finds nothing serious with the menu open, the banner and the problem list shown', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.map-mark').first()).toBeVisible();
  await importInput(page).setInputFiles(tempFile('bad.csv', 'id,date\n'));
  await expect(page.getByRole('alert').filter({ hasText: 'bad.csv' })).toBeVisible();
  await importInput(page).setInputFiles(tempFile('far.json', JSON.stringify(FAR_DATASET)));
  await expect(banner(page)).toBeVisible();
  await importInput(page).setInputFiles(tempFile('bad.csv', 'id,date\n'));
  await expect(page.getByRole('alert').filter({ hasText: 'bad.csv' })).toBeVisible();
  await expect(page.locator('.chart-surface').first()).toBeVisible();
  await exportButton(page).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('dropping a file anywhere on the page imports it; the drop zone says so first', async ({
  page,
}) => {
  await page.goto('/');
  await expect(statusLine(page)).toHaveText(`${total} of ${total} events`);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(FAR_DATASET));
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await timeline.dispatchEvent('dragenter', { dataTransfer });
  await timeline.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Drop a JSON or CSV file to show your own data')).toHaveCount(2);
  await expect(page.locator('.drop-zone')).toBeVisible();
  await screenshot(page, 'io-drop-zone');
  await timeline.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.drop-zone')).toBeHidden();
  await expect(banner(page)).toContainText('Your data: 3 events from dropped.json.');
  await expect(statusLine(page)).toHaveText('3 of 3 events');
});

// Event details in the built app: selecting an event from another view shows its evidence, sources and links.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

interface DatasetFile {
  sources: { id: string; url: string | null }[];
  events: {
    id: string;
    title: string;
    notes?: string;
    counts?: Record<string, number>;
    sources: { source: string; quote: string }[];
  }[];
}

const dataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as DatasetFile;
const eventById = new Map(dataset.events.map((e) => [e.id, e]));
const urlById = new Map(dataset.sources.map((s) => [s.id, s.url]));

function details(page: Page): Locator {
  return page.getByRole('region', { name: 'Event details', exact: true });
}

function selectedArticle(page: Page): Locator {
  return details(page).locator('article[data-selected="true"]');
}

/**
 * Selects an event the way a user does, from another view: a timeline mark or card first, else any
 * visible event element outside the details. While no other view draws events yet, the empty state's
 * own "Show the first event" button stands in, and the test says so in its annotations.
 */
async function selectFromAnotherView(page: Page): Promise<void> {
  const timeline = page
    .getByRole('region', { name: 'Timeline', exact: true })
    .locator('[data-event-id]')
    .filter({ visible: true });
  const elsewhere = page
    .locator('[data-event-id]:not(section[aria-label="Event details"] [data-event-id])')
    .filter({ visible: true });
  const appeared = await expect(elsewhere.first())
    .toBeVisible({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (appeared) {
    const target = (await timeline.count()) > 0 ? timeline.first() : elsewhere.first();
    const ids = ((await target.getAttribute('data-event-id')) ?? '').split(' ');
    await target.click();
    const selected = await expect(selectedArticle(page))
      .toBeVisible({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (selected) {
      expect(ids).toContain(await selectedArticle(page).getAttribute('data-event-id'));
      return;
    }
  }
  test.info().annotations.push({
    type: 'fallback',
    description: 'no other view selected an event; used "Show the first event" in the details',
  });
  await details(page).getByRole('button', { name: 'Show the first event' }).click();
  await expect(selectedArticle(page)).toBeVisible();
}

/** The selected event's data from the bundled file, checked against what the panel shows. */
async function expectShowsEvidence(page: Page): Promise<string> {
  const article = selectedArticle(page);
  const id = await article.getAttribute('data-event-id');
  const event = id === null ? undefined : eventById.get(id);
  expect(event, `selected id ${id} is in the dataset`).toBeDefined();
  if (!event) return '';

  await expect(article.getByRole('heading', { level: 3 })).toHaveText(event.title);
  // Quotes are grouped under their report, so compare them as a set; every one appears verbatim.
  const shown = await article.locator('blockquote').allTextContents();
  expect(shown.toSorted()).toEqual(event.sources.map((s) => s.quote).toSorted());

  const reports = [...new Set(event.sources.map((s) => s.source))];
  await expect(article.locator('.details-source')).toHaveCount(reports.length);
  const linked = reports.filter((id) => /^https?:\/\//.test(urlById.get(id) ?? ''));
  const links = article.getByRole('link');
  await expect(links).toHaveCount(linked.length);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(article.getByText('No public link')).toHaveCount(reports.length - linked.length);
  if (event.notes) await expect(article.getByText('How reports differ')).toBeVisible();
  return event.id;
}

// An event with notes, several figures and several reports: the screenshots show every part of the sheet.
const RICH = dataset.events.find(
  (e) => e.notes && e.sources.length >= 3 && Object.keys(e.counts ?? {}).length >= 2,
);

/** Opens the app on the rich event through the shared-link key `event` (PRODUCT.md §3). */
async function openRichEvent(page: Page): Promise<void> {
  expect(RICH, 'the dataset has an event with notes, figures and 3+ sources').toBeDefined();
  await page.goto(`/?event=${encodeURIComponent(RICH?.id ?? '')}`);
  await expect(selectedArticle(page)).toHaveAttribute('data-event-id', RICH?.id ?? '');
}

test('selecting an event shows its title, every quoted source and safe links; Next advances', async ({
  page,
}) => {
  // Many steps in one page on a shared, busy machine: allow it the longer budget.
  test.slow();
  await page.goto('/');
  await expect(details(page).getByText(/Select an event in the timeline/)).toBeVisible();
  await expect(details(page).getByText(`${dataset.events.length} events in view.`)).toBeVisible();
  await details(page).screenshot({ path: 'e2e/screenshots/details-panel-empty.png' });

  await selectFromAnotherView(page);
  const first = await expectShowsEvidence(page);

  const position = details(page).locator('.details-position');
  const before = /^(\d+) of (\d+)$/.exec((await position.textContent()) ?? '');
  expect(before, 'position reads "n of m"').not.toBeNull();
  const [n, m] = [Number(before?.[1]), Number(before?.[2])];
  const next = details(page).getByRole('button', { name: /Next/ });
  if (n === m)
    await details(page)
      .getByRole('button', { name: /Previous/ })
      .click();
  const from = (await selectedArticle(page).getAttribute('data-event-id')) ?? first;
  const k = n === m ? n - 1 : n;
  await next.click();
  await expect(selectedArticle(page)).not.toHaveAttribute('data-event-id', from);
  await expect(position).toHaveText(`${k + 1} of ${m}`);
  await expectShowsEvidence(page);

  await openRichEvent(page);
  await expectShowsEvidence(page);
  await screenshot(page, 'details-1440');
  await details(page).screenshot({ path: 'e2e/screenshots/details-panel-1440.png' });
  // The panel scrolls on its own beside the views; the sources sit below its fold.
  await details(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await details(page).screenshot({ path: 'e2e/screenshots/details-panel-1440-sources.png' });
});

test('the details read well in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openRichEvent(page);
  await expectShowsEvidence(page);
  await details(page).screenshot({ path: 'e2e/screenshots/details-panel-1440-dark.png' });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the details fit a 390 px screen', async ({ page }) => {
    await page.goto('/');
    await selectFromAnotherView(page);
    await expectShowsEvidence(page);
    // A link selects the event without covering the view; tapping its card opens the details sheet.
    await page.goto(`/?event=${encodeURIComponent(RICH?.id ?? '')}`);
    const card = page
      .getByRole('region', { name: 'Timeline', exact: true })
      .locator(`[role=option][data-event-id="${RICH?.id ?? ''}"]`);
    await expect(card).toHaveAttribute('data-selected', 'true');
    await card.click();
    await expect(selectedArticle(page)).toHaveAttribute('data-event-id', RICH?.id ?? '');
    await expectShowsEvidence(page);
    // The sheet lies inside the screen's width and leaves part of the view above it.
    const sheet = await details(page).boundingBox();
    expect(sheet!.x).toBeGreaterThanOrEqual(0);
    expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(390);
    expect(sheet!.y).toBeGreaterThan(0);
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(844 + 0.5);
    const overflow = await details(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'no horizontal overflow in the details').toBeLessThanOrEqual(0);
    await screenshot(page, 'details-390');
    await details(page).screenshot({ path: 'e2e/screenshots/details-panel-390.png' });
  });
});

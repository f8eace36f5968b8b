// Hostile text in the dataset and in the link is shown as text: nothing runs, no bad link, layout holds.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Dataset } from '../src/data/schema';
import { test, expect, screenshot } from './fixtures';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '<svg onload=window.__pwned=1>';
const JS_URL = 'javascript:window.__pwned=1';
const DATA_URL = 'data:text/html,<script>alert(1)</script>';
// 500 characters and no break opportunity: only overflow-wrap keeps it inside its box.
const LONG = 'Scamcompoundwithoutanyspaces'.repeat(18).slice(0, 500);
const RTL = 'right\u202Eto-left override\u202C here';
const ZERO_WIDTH = 'zero\u200Bwidth\u200Bspaces';
// Never closed: without a fence it would reverse the interface text printed after it.
const UNTERMINATED_RLO = 'unterminated\u202Eoverride';

const real = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;
/** The two earliest events: the top of the timeline list, visible without scrolling. */
function earliestTwo(): [Dataset['events'][number], Dataset['events'][number]] {
  const [a, b] = [...real.events].sort((x, y) => x.date.localeCompare(y.date));
  if (!a || !b) throw new Error('the bundled dataset needs two events');
  return [a, b];
}
const [first, second] = earliestTwo();

/** The real dataset with hostile text in every kind of field the views show. */
function hostileDataset(): Dataset {
  const d = structuredClone(real);
  const a = d.events.find((e) => e.id === first.id);
  const b = d.events.find((e) => e.id === second.id);
  if (!a || !b) throw new Error('events vanished from the clone');

  a.title = `${IMG} ${SCRIPT} ${a.title}`;
  a.summary = `${RTL} ${ZERO_WIDTH} ${a.summary}`;
  a.actors = [IMG, SCRIPT, RTL];
  a.notes = `${SVG} ${LONG}`;
  // Quotes keep their numbers (the validator checks counts against them) and stay under 300 chars.
  a.sources = a.sources.map((c) =>
    `${IMG} ${c.quote}`.length <= 300 ? { ...c, quote: `${IMG} ${c.quote}` } : c,
  );
  b.title = `${LONG} ${b.title}`;
  b.summary = `${LONG} ${b.summary}`;

  const sourceA = d.sources.find((s) => s.id === a.sources[0]?.source);
  const sourceB = d.sources.find((s) => s.id === b.sources[0]?.source);
  if (!sourceA || !sourceB || sourceA === sourceB) throw new Error('need two distinct sources');
  sourceA.url = JS_URL;
  sourceA.title = `${IMG} ${sourceA.title}`;
  sourceA.publisher = `${SVG} ${sourceA.publisher}`;
  sourceB.url = DATA_URL;

  const place = d.places.find((p) => p.id === a.place);
  if (place) place.name = `${SCRIPT} ${place.name} ${UNTERMINATED_RLO}`;
  const context = d.context[0];
  if (context) context.label = `${IMG} ${context.label}`;
  return d;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Dialogs the page opened: none may appear. Any that does is dismissed so the test goes on. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Nothing hostile ran or became markup: no flag, no injected element, no handler, no bad link. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload]')).toHaveCount(0);
  expect(
    await page.evaluate(
      () => [...document.scripts].filter((s) => s.text.includes('__pwned')).length,
    ),
  ).toBe(0);
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
  // Every link on the page is http(s) (or a same-page fragment).
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href, href).toMatch(/^https?:\/\//);
}

/**
 * The last `word` in the element reads left to right on screen: its first letter is left of its
 * last (or on an earlier line). A bidi override leaking from data before it would reverse it.
 */
async function expectReadsLeftToRight(scope: Locator, word: string): Promise<void> {
  const order = await scope.evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let last: { node: Text; at: number } | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').lastIndexOf(w);
      if (at >= 0) last = { node: n as Text, at };
    }
    if (!last) return 'missing';
    const rect = (i: number) => {
      const range = document.createRange();
      range.setStart(last.node, i);
      range.setEnd(last.node, i + 1);
      return range.getBoundingClientRect();
    };
    const a = rect(last.at);
    const b = rect(last.at + w.length - 1);
    if (Math.abs(a.top - b.top) > 2) return a.top < b.top ? 'ltr' : 'reversed';
    return a.left < b.left ? 'ltr' : 'reversed';
  }, word);
  expect(order, `"${word}" on screen`).toBe('ltr');
}

/**
 * The page and every region are no wider than their boxes: nothing pushes the layout sideways.
 * Polled: right after a viewport change the chart keeps its old width until its resize observer
 * redraws it a frame later.
 */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = () =>
    page.evaluate(() => {
      const wide: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth)
        wide.push(`page ${root.scrollWidth}>${root.clientWidth}`);
      for (const el of document.querySelectorAll<HTMLElement>('section.region')) {
        if (el.scrollWidth > el.clientWidth + 1)
          wide.push(`${el.getAttribute('aria-label')} ${el.scrollWidth}>${el.clientWidth}`);
      }
      return wide;
    });
  await expect.poll(overflow).toEqual([]);
}

/**
 * Every element holding the long word lies inside the region, and either wraps it (no overflow)
 * or clips it (an ellipsis): the word never paints outside its card or panel.
 */
async function expectLongWordInside(scope: Locator): Promise<void> {
  const problems = await scope.evaluate((root, word) => {
    const outer = root.getBoundingClientRect();
    const found: string[] = [];
    const holders = [...root.querySelectorAll<HTMLElement>('*')].filter((el) =>
      [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(word),
      ),
    );
    if (!holders.length) return ['the long word is not shown'];
    for (const el of holders) {
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}.${el.className}`;
      if (box.left < outer.left - 1 || box.right > outer.right + 1)
        found.push(`${name} spans ${box.left}-${box.right} outside ${outer.left}-${outer.right}`);
      const clips = getComputedStyle(el).overflowX !== 'visible';
      if (!clips && el.scrollWidth > el.clientWidth + 1)
        found.push(`${name} overflows: ${el.scrollWidth}>${el.clientWidth}`);
    }
    return found;
  }, LONG);
  expect(problems).toEqual([]);
}

test('a hostile dataset is rendered as text, runs nothing and keeps the layout', async ({
  page,
}) => {
  const dialogs = recordDialogs(page);
  const body = JSON.stringify(hostileDataset());
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('/');
  // It validated: the app shows the dataset, not the load error.
  await expect(page.getByTestId('dataset-counts')).toContainText(`${real.events.length} events`);
  // Some of its copies sit in closed pickers; the one on the timeline is on screen.
  await expect(page.getByText(IMG).filter({ visible: true }).first()).toBeVisible();

  const timeline = region(page, 'Timeline');
  const cardA = timeline.locator(`[role="option"][data-event-id="${first.id}"]`);
  const cardB = timeline.locator(`[role="option"][data-event-id="${second.id}"]`);
  await expect(cardA).toContainText(`${IMG} ${SCRIPT}`);
  await expect(cardA).toContainText(SCRIPT);
  await expect(cardB).toContainText(LONG.slice(0, 40));
  await expectLongWordInside(cardB);

  await cardA.click();
  const details = region(page, 'Event details');
  const article = details.locator(`article[data-event-id="${first.id}"]`);
  await expect(article).toBeVisible();
  await expect(article.getByRole('heading').first()).toContainText(IMG);
  await expect(article.getByText(RTL).first()).toBeVisible();
  await expect(article.getByText(ZERO_WIDTH).first()).toBeVisible();
  await expect(article.getByText(SCRIPT, { exact: true })).toBeVisible();
  await expect(article.getByText(SVG).first()).toBeVisible();
  await expect(article.locator('blockquote').first()).toContainText(IMG);
  // The place name ends in an open right-to-left override; the country after it still reads normally.
  const placeLine = article.locator('.details-place').locator('..');
  await expect(placeLine).toContainText(SCRIPT);
  await expectReadsLeftToRight(placeLine, 'Myanmar');
  // The javascript: source is cited, but as text without a link.
  const sourceA = article.locator('li.details-source').filter({ hasText: `${IMG} ` });
  await expect(sourceA).toContainText('No public link');
  await expect(sourceA.getByRole('link')).toHaveCount(0);
  await expectLongWordInside(details);

  // The map draws the hostile place name as a label and opens its mark like any other.
  const map = region(page, 'Map');
  const mark = map.locator(`.map-mark[data-event-id~="${first.id}"]`);
  // Labels may give way to their neighbours; the mark's own name always carries the place.
  expect(await mark.getAttribute('aria-label')).toContain(SCRIPT);
  await mark.click();
  await expect(mark).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Escape');

  await expectNothingRan(page, dialogs);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'hostile-1440');
  await details.screenshot({ path: 'e2e/screenshots/hostile-details-1440.png' });

  await cardB.click();
  const articleB = details.locator(`article[data-event-id="${second.id}"]`);
  await expect(articleB.getByRole('heading').first()).toContainText(LONG.slice(0, 40));
  await expect(articleB).toContainText('No public link');
  await expectLongWordInside(details);
  await expectNothingRan(page, dialogs);

  // Phone width: the list on its tab and the details in a sheet hold the same text.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(cardB).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectLongWordInside(cardB);
  await cardB.click();
  await expect(articleB).toBeInViewport();
  await expectLongWordInside(details);
  await expectNoHorizontalOverflow(page);
  await details.getByRole('button', { name: 'Close details' }).click();
  await cardA.click();
  await expect(article).toBeInViewport();
  await expect(article.getByRole('heading').first()).toContainText(IMG);
  await expectLongWordInside(details);
  await expectNoHorizontalOverflow(page);
  await expectNothingRan(page, dialogs);
  await screenshot(page, 'hostile-390');
  await details.screenshot({ path: 'e2e/screenshots/hostile-details-390.png' });
  await timeline.screenshot({ path: 'e2e/screenshots/hostile-timeline-390.png' });
});

test('hostile values in the link are shown as text and run nothing', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const q = '<script>window.__pwned=1</script>';
  const query = new URLSearchParams({
    q,
    actor: IMG,
    event: SVG,
    place: JS_URL,
    type: `raid${UNTERMINATED_RLO}`,
  });
  await page.goto(`/?${query.toString()}`);

  const filters = region(page, 'Filters');
  await expect(filters.getByRole('searchbox', { name: 'Search' })).toHaveValue(q);
  const notice = page.getByRole('status', { name: 'About this link' });
  await expect(notice).toContainText(`event=${SVG} (not an id)`);
  await expect(notice).toContainText(IMG);
  await expect(notice).toContainText(`place=${JS_URL} (not an id)`);
  // The override in the type value stays inside it: the reason after it reads left to right.
  await expect(notice).toContainText('(unknown type)');
  await expectReadsLeftToRight(notice, 'unknown type');
  await expectNothingRan(page, dialogs);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'hostile-link');

  // The page still works: clearing the search brings the events back.
  await filters.getByRole('button', { name: 'Reset' }).click();
  await expect(filters.getByRole('status')).toHaveText(
    `${real.events.length} of ${real.events.length} events`,
  );
  await expectNothingRan(page, dialogs);
});

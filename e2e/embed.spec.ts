// Embed mode inside real iframes: every view fits every frame from 400×300 up, with no scrollbar.
import { test, expect, screenshot } from './fixtures';

const FRAMES = [
  { width: 400, height: 300 },
  { width: 800, height: 450 },
  { width: 1200, height: 700 },
];

/** What each `view` shows: the regions a reader of the frame sees. */
const VIEWS = [
  { view: 'map', regions: ['Map'] },
  { view: 'chart', regions: ['Cumulative transfers'] },
  { view: 'timeline', regions: ['Timeline'] },
  { view: null, regions: ['Timeline', 'Map', 'Cumulative transfers'] },
];
const ALL = ['Timeline', 'Map', 'Cumulative transfers', 'Filters', 'Event details'];

for (const { view, regions } of VIEWS)
  test(`view=${view ?? '(all)'} fits frames of ${FRAMES.map((f) => `${f.width}×${f.height}`).join(', ')}`, async ({
    page,
  }) => {
    const query = `origin=LA&type=transfer&mode=embed${view ? `&view=${view}` : ''}`;
    // A host page on the atlas's own origin, so the test can look inside the frames.
    await page.route('**/host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: FRAMES.map(
          (f) =>
            `<iframe title="${f.width}" src="/?${query}" width="${f.width}" height="${f.height}" style="border:1px solid #999;display:block"></iframe>`,
        ).join(''),
      }),
    );
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.goto('/host.html');
    for (const f of FRAMES) {
      const frame = page.frameLocator(`iframe[title="${f.width}"]`);
      for (const name of regions) {
        const shown = frame.getByRole('region', { name, exact: true });
        await expect(shown, `${name} in ${f.width}×${f.height}`).toBeVisible();
        const box = await shown.boundingBox();
        expect(box!.height, `${name} has room in ${f.width}×${f.height}`).toBeGreaterThan(40);
      }
      for (const name of ALL.filter((n) => !regions.includes(n)))
        await expect(frame.getByRole('region', { name, exact: true })).toHaveCount(0);
      // One line naming the view from the filters, and the way out to the full view.
      await expect(frame.locator('.embed-title')).toContainText('Laos');
      await expect(frame.locator('.embed-title')).toContainText('Transfer');
      const full = frame.getByRole('link', { name: 'Open full view' });
      await expect(full).toHaveAttribute('target', '_blank');
      const href = new URL((await full.getAttribute('href'))!);
      expect(href.searchParams.get('mode')).toBeNull();
      expect(href.searchParams.get('view')).toBeNull();
      expect(href.searchParams.get('origin')).toBe('LA');
      // The document inside the frame does not scroll, either way.
      await expect(frame.locator('.embed [data-event-id]').first()).toBeAttached();
      const overflow = await frame.locator('html').evaluate((root) => ({
        down: root.scrollHeight - root.clientHeight,
        across: root.scrollWidth - root.clientWidth,
      }));
      expect(overflow, `no scrollbar in ${f.width}×${f.height}`).toEqual({ down: 0, across: 0 });
    }
    await screenshot(page, `embed-${view ?? 'all'}`);
  });

// Embed mode inside real iframes: every view fits every frame from 400×300 up, with no scrollbar.
import { test, expect, screenshot } from './fixtures';

const FRAMES = [
  { width: 400, height: 300 },
  { width: 800, height: 450 },
  { width: 1200, height: 700 },
];

/** What each `view` shows: the regions a reader of the frame sees (all three, in a small frame behind tabs). */
const VIEWS = [
  { view: 'map', regions: ['Map'] },
  { view: 'chart', regions: ['Cumulative transfers'] },
  { view: 'timeline', regions: ['Timeline'] },
  { view: null, regions: ['Timeline', 'Map', 'Cumulative transfers'] },
];
/** Frames too small for three views side by side, where all views come one at a time behind tabs. */
const tabbed = (view: string | null, f: { width: number; height: number }) =>
  view === null && (f.width < 900 || f.height < 560);
const TABS: [string, string][] = [
  ['Map', 'Map'],
  ['Chart', 'Cumulative transfers'],
  ['Timeline', 'Timeline'],
];
const ALL = ['Timeline', 'Map', 'Cumulative transfers', 'Filters', 'Event details'];

for (const { view, regions } of VIEWS)
  test(`view=${view ?? '(all)'} fits frames of ${FRAMES.map((f) => `${f.width}×${f.height}`).join(', ')}`, async ({
    page,
  }) => {
    const query = `origin=LA&type=transfer&from=2023-01-01&to=2024-12-31&mode=embed${view ? `&view=${view}` : ''}`;
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
      const hasRoom = async (name: string) => {
        const shown = frame.getByRole('region', { name, exact: true });
        await expect(shown, `${name} in ${f.width}×${f.height}`).toBeVisible();
        const box = await shown.boundingBox();
        // A view a reader can use: most of the frame's height, not a strip.
        const least = tabbed(view, f) || regions.length === 1 ? f.height * 0.6 : 40;
        expect(box!.height, `${name} has room in ${f.width}×${f.height}`).toBeGreaterThan(least);
      };
      if (tabbed(view, f)) {
        // The map first, then each tab brings its view and only its view.
        for (const [tab, name] of TABS) {
          await frame.getByRole('button', { name: tab, exact: true }).click();
          await hasRoom(name);
          for (const other of ALL.filter((n) => n !== name))
            await expect(frame.getByRole('region', { name: other, exact: true })).toHaveCount(0);
        }
        await frame.getByRole('button', { name: 'Map', exact: true }).click();
      } else {
        await expect(frame.locator('.embed-tabs')).toHaveCount(0);
        for (const name of regions) await hasRoom(name);
        for (const name of ALL.filter((n) => !regions.includes(n)))
          await expect(frame.getByRole('region', { name, exact: true })).toHaveCount(0);
      }
      // One line naming the view from the filters, and the way out to the full view.
      await expect(frame.locator('.embed-title')).toHaveText(
        'Crackdown Atlas · Laos · transfers · 2023–2024',
      );
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

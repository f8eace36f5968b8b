// An embed lives inside someone else's page: clicking around in it must not fill the host page's history.
import { test, expect, screenshot } from './fixtures';

const HOST = '/host-article.html';

test('five clicks inside an embed leave the host page history as it was', async ({ page }) => {
  // A stand-in for a newsroom article on the same server, framing the embed.
  await page.route(`**${HOST}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Article</title><h1>Article</h1>
        <iframe title="Crackdown Atlas" src="./?mode=embed" width="900" height="700"></iframe>`,
    }),
  );
  await page.goto(HOST);
  const frame = page.frameLocator('iframe[title="Crackdown Atlas"]');
  const options = frame.getByRole('region', { name: 'Timeline', exact: true }).getByRole('option');
  await expect(options.nth(4)).toBeVisible();
  const before = await page.evaluate(() => history.length);

  for (let i = 0; i < 5; i += 1) {
    await options.nth(i).click();
    await expect(options.nth(i)).toHaveAttribute('aria-selected', 'true');
  }
  // The clicks did reach the embed's own address: the last selection is in its link.
  const embedUrl =
    page
      .frames()
      .find((f) => f !== page.mainFrame())
      ?.url() ?? '';
  expect(new URL(embedUrl).searchParams.get('event')).not.toBeNull();
  expect(await page.evaluate(() => history.length)).toBe(before);
  await screenshot(page, 'embed-history-host');
});

// The built page's Content-Security-Policy: present, strict for scripts, in force, and never tripped by the app.
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

declare global {
  interface Window {
    __cspViolations?: string[];
    __inline?: number;
    __handler?: number;
    __eval?: number;
  }
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI}`),
      true,
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** The policy's directives as name -> sources. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const content = (await meta.getAttribute('content')) ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

test('the built page carries a strict policy before any script', async ({ page }) => {
  await page.goto('/');
  const directives = await policy(page);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  // Inline <style> elements are refused too; only style="" attributes (Leaflet, the chart) pass.
  expect(directives.get('style-src-elem')).toEqual(["'self'"]);
  for (const [name, sources] of directives) {
    // No wildcard or scheme-wide source: nothing from another origin is allowed anywhere.
    for (const source of sources) expect(source, name).not.toMatch(/^(\*|https?:|wss?:)/);
    if (name.startsWith('script-src')) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  }
  // It must come before the first script to cover it.
  expect(
    await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const script = document.querySelector('script');
      return Boolean(
        meta && script && meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }),
  ).toBe(true);
});

test.describe('under attack', () => {
  // The refusals staged here are logged by Chromium as console errors; they are the point.
  // One pattern: Playwright would read a list whose second item is an object as [value, options].
  test.use({
    allowedConsoleError: /Content Security Policy|Failed to load resource|Failed to fetch/,
  });

  test('injected inline scripts, handlers, eval and foreign loads are refused', async ({
    page,
    baseURL,
  }) => {
    const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
    // A second origin on the loopback: refused by the policy before any request leaves the page.
    const foreign = 'http://127.0.0.2:9';
    // Chromium reports a refused load as a request that failed, blocked by "csp", never sent.
    const isForeign = (url: string) => !url.startsWith('data:') && new URL(url).origin !== own;
    const foreignDone: string[] = [];
    const foreignFailed: string[] = [];
    page.on('requestfinished', (r) => {
      if (isForeign(r.url())) foreignDone.push(r.url());
    });
    page.on('requestfailed', (r) => {
      if (isForeign(r.url())) foreignFailed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    await recordViolations(page);
    await page.goto('/');
    await expect(page.getByTestId('dataset-counts')).toContainText('events');

    const outcome = await page.evaluate(async (other) => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.body.append(inline);

      const img = document.createElement('img');
      img.setAttribute('src', 'missing-image.png');
      img.setAttribute('onerror', 'window.__handler = 1');
      document.body.append(img);

      // Run later, from a timer: code evaluated by the test driver itself is exempt from the
      // policy's eval rule, a callback the page runs on its own is not.
      const tried = await new Promise<{ evalResult: string; functionResult: string }>((resolve) =>
        setTimeout(() => {
          const attempt = (run: () => void) => {
            try {
              run();
              return 'ran';
            } catch (err) {
              return err instanceof Error ? err.name : String(err);
            }
          };
          resolve({
            // Indirect eval, so it would run in the page's global scope.
            evalResult: attempt(() => (0, eval)('window.__eval = 1')),
            functionResult: attempt(() => new Function('window.__eval = 2')()),
          });
        }, 0),
      );
      // A string timer is eval too.
      setTimeout('window.__eval = 3', 0);

      const external = document.createElement('script');
      external.src = `${other}/evil.js`;
      document.body.append(external);

      let fetchResult = 'fetched';
      try {
        await fetch(`${other}/beacon`);
      } catch (err) {
        fetchResult = err instanceof Error ? err.name : String(err);
      }
      // Let the refused image error and any late event land.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { ...tried, fetchResult };
    }, foreign);

    expect(await page.evaluate(() => window.__inline)).toBeUndefined();
    expect(await page.evaluate(() => window.__handler)).toBeUndefined();
    expect(await page.evaluate(() => window.__eval)).toBeUndefined();
    expect(outcome.evalResult).toBe('EvalError');
    expect(outcome.functionResult).toBe('EvalError');
    expect(outcome.fetchResult).toBe('TypeError');
    expect(foreignDone).toEqual([]);
    expect(foreignFailed.length).toBeGreaterThan(0);
    for (const failed of foreignFailed) expect(failed).toMatch(/ (csp|net::ERR_BLOCKED_BY_CSP)$/);

    // The policy said why, each time: this is what proves it is the policy, not chance.
    const seen = await violations(page);
    expect(seen.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src-attr inline'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src eval'))).toBe(true);
    expect(seen.some((v) => v.startsWith(`script-src-elem ${foreign}`))).toBe(true);
    expect(seen.some((v) => v.startsWith(`connect-src ${foreign}`))).toBe(true);
  });
});

test('normal use trips no violation', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  const filters = page.getByRole('region', { name: 'Filters', exact: true });
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const map = page.getByRole('region', { name: 'Map', exact: true });
  const chart = page.getByRole('region', { name: 'Cumulative transfers', exact: true });

  await filters.locator('button.chip[data-value="transfer"]').click();
  await filters.getByRole('searchbox', { name: 'Search' }).fill('Myawaddy');
  await timeline.getByRole('option').first().click();
  await filters.getByRole('button', { name: 'Reset' }).click();

  await expect(map.locator('.map-mark').first()).toBeVisible();
  await map.getByRole('button', { name: 'Zoom in' }).click();
  await map.locator('.map-mark[data-event-id]').first().click();
  await page.keyboard.press('Escape');
  await map.locator('.leaflet-control-zoom-out, [aria-label="Zoom out"]').first().click();

  await expect(chart.locator('.transfer-dot').first()).toBeVisible();
  await chart.getByRole('button', { name: 'Log' }).click();
  await chart.locator('.transfer-dot').first().hover();
  await chart.getByRole('button', { name: 'Table' }).click();
  await expect(chart.getByRole('table').first()).toBeVisible();
  await chart.getByRole('button', { name: 'Chart' }).click();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(timeline.getByRole('option').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await screenshot(page, 'csp-session-390');
});

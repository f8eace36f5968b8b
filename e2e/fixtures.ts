// Shared browser-test fixture: fails any test whose page logs a console error or throws.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'e2e/screenshots';

export const test = base.extend<{ allowedConsoleError: RegExp | null; consoleErrors: string[] }>({
  /**
   * Console errors a test provokes on purpose (e.g. a failed request it stages): one pattern, with
   * `|` for several; a list would be read by Playwright as a [value, options] pair.
   */
  allowedConsoleError: [null, { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleError }, use) => {
      const errors: string[] = [];
      const record = (text: string) => {
        if (!allowedConsoleError?.test(text)) errors.push(text);
      };
      page.on('console', (msg) => {
        if (msg.type() === 'error') record(msg.text());
      });
      page.on('pageerror', (err) => record(err.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Saves a full-page screenshot into the git-ignored e2e/screenshots folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

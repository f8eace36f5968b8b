// Authoring a story in the page: add views as steps, caption, reorder, keep, export, import, share by link.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const MUSE = '2023-11-18-muse-handover';
const BOTEN = '2023-11-29-boten-deportation';

const panel = (page: Page) => page.getByRole('region', { name: 'Story', exact: true });
const captions = (page: Page) =>
  panel(page)
    .getByRole('textbox', { name: /^Caption of step/ })
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));

async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Story \(\d+\)$/ }).click();
  await expect(panel(page)).toBeVisible();
}

test('author a two-step story, reload and find it, reorder, export, import, and open its link', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/?type=transfer&event=${MUSE}`);
  await openPanel(page);
  await expect(panel(page)).toContainText('No steps yet');
  await panel(page).getByRole('button', { name: 'Add this view as a step' }).click();
  // The new step's caption takes the focus, its starting text (the event's title) selected.
  const first = panel(page).getByRole('textbox', { name: 'Caption of step 1' });
  await expect(first).toBeFocused();
  expect(
    await first.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
  ).toBe((await first.inputValue()).length);
  // A step without a caption is named as the panel numbers it, not by the file's index.
  await panel(page).getByRole('textbox', { name: 'Caption of step 1' }).fill('');
  await expect(panel(page)).toContainText('Step 1, caption: must not be empty');
  await panel(page)
    .getByRole('textbox', { name: 'Caption of step 1' })
    .fill('Muse hands over 571.');

  await page.goto(`/?origin=LA&event=${BOTEN}`);
  await openPanel(page);
  await panel(page).getByRole('button', { name: 'Add this view as a step' }).click();
  await panel(page).getByRole('textbox', { name: 'Caption of step 2' }).fill('Laos: Boten.');

  // Escape closes the panel from a caption too, giving focus back to the button that opened it;
  // the page's selection stays.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Story (2)' })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`event=${BOTEN}`));

  // Kept across a reload.
  await page.reload();
  await openPanel(page);
  expect(await captions(page)).toEqual(['Muse hands over 571.', 'Laos: Boten.']);

  // Keyboard: the focused handle moves its step and keeps the focus on it.
  await panel(page)
    .getByRole('button', { name: /^Move step 2/ })
    .focus();
  await page.keyboard.press('ArrowUp');
  expect(await captions(page)).toEqual(['Laos: Boten.', 'Muse hands over 571.']);
  await expect(panel(page).getByRole('button', { name: /^Move step 1/ })).toBeFocused();
  // Drag: step 1 dropped on step 2.
  await panel(page)
    .getByRole('button', { name: /^Move step 1/ })
    .dragTo(panel(page).locator('.story-step').nth(1));
  expect(await captions(page)).toEqual(['Muse hands over 571.', 'Laos: Boten.']);

  // Show applies a step's view in the workspace.
  await panel(page).getByRole('button', { name: 'Show' }).first().click();
  await expect(page).toHaveURL(new RegExp(`type=transfer&event=${MUSE}`));

  // Export (the file named after the title), delete, import.
  await panel(page).getByRole('textbox', { name: 'Story title' }).fill('Muse and Boten');
  const download = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Export file' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('muse-and-boten.story.json');
  const file = await saved.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    stories: { steps: { view: string; caption: string }[] }[];
  };
  expect(exported.stories[0]?.steps.map((s) => s.view)).toEqual([
    `type=transfer&event=${MUSE}`,
    `origin=LA&event=${BOTEN}`,
  ]);
  // A Delete can be undone: the step comes back where it was, its caption kept.
  await panel(page).getByRole('button', { name: 'Delete' }).first().click();
  expect(await captions(page)).toEqual(['Laos: Boten.']);
  await expect(panel(page).getByText('Step 1 deleted.')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => captions(page)).toEqual(['Muse hands over 571.', 'Laos: Boten.']);
  await expect(panel(page).getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Delete' }).nth(1).click();
  expect(await captions(page)).toEqual(['Muse hands over 571.']);
  await panel(page).getByLabel('Import file', { exact: true }).setInputFiles(file);
  await expect(panel(page)).toContainText('Imported “Muse and Boten” (2 steps).');
  expect(await captions(page)).toEqual(['Muse hands over 571.', 'Laos: Boten.']);
  // The story being made is not lost to an import: Undo brings it back, then the file again.
  await expect(panel(page)).toContainText('It replaced “Muse and Boten” (1 step).');
  await panel(page).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => captions(page)).toEqual(['Muse hands over 571.']);
  await panel(page).getByLabel('Import file', { exact: true }).setInputFiles(file);
  await expect.poll(() => captions(page)).toEqual(['Muse hands over 571.', 'Laos: Boten.']);

  // A broken file is refused with its problems named, and the draft is kept.
  await panel(page)
    .getByLabel('Import file', { exact: true })
    .setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"stories":[{"id":"x","title":"X","steps":[]}]}'),
    });
  await expect(panel(page).getByRole('alert')).toContainText(
    'stories[0].steps: needs at least one step',
  );
  expect(await captions(page)).toEqual(['Muse hands over 571.', 'Laos: Boten.']);

  // The link carries the whole story: a fresh browser plays it.
  await panel(page).getByRole('button', { name: 'Copy link to this story' }).click();
  await expect(panel(page)).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]story=z1\.[A-Za-z0-9_-]+/);
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('.present-position')).toHaveText('Step 1 of 2');
  await expect(other.locator('.story-caption')).toHaveText('Muse hands over 571.');
  await other.keyboard.press('PageDown');
  await expect(other.locator('.story-caption')).toHaveText('Laos: Boten.');
  expect(new URL(other.url()).searchParams.get('event')).toBe(BOTEN);
  await fresh.close();
});

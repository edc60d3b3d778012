import { writeLongAndShortDocuments } from '../../support/long-document';
import { expect, test } from './fixtures';

// A 150-page document renders only the blocks on screen (content-visibility: auto). What
// is skipped must still be found, read out and reached.

test('in a 150-page document, blocks off screen are skipped by rendering yet found, read by screen readers and reached with the keyboard', async ({
  page,
  workbench,
}) => {
  test.setTimeout(180_000);
  const { long } = await writeLongAndShortDocuments(workbench.projectDir);
  await page.goto(workbench.server.url);
  // The first open of the project measures how tailored the long document is: give it time.
  await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: long }).click();
  const editor = workbench.editor(page);
  const lastHeading = editor.getByRole('heading', { name: 'Records for activity 1408' });
  await expect(lastHeading).toBeAttached({ timeout: 30_000 });
  await expect(lastHeading).not.toBeInViewport();
  expect(await lastHeading.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('auto');

  // Screen readers: the skipped heading is in the accessibility tree with its text.
  expect(await editor.ariaSnapshot()).toContain('Records for activity 1408');

  // Find in page reaches text that has not been rendered yet.
  const found = await page.evaluate(() => (window as unknown as { find: (text: string) => boolean }).find('activity 1408'));
  expect(found).toBe(true);

  // The keyboard takes the caret to the end; typing lands there and is shown.
  await editor.locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Reviewed at the end.');
  const lastBlock = editor.locator(':scope > *').last();
  await expect(lastBlock).toContainText('Reviewed at the end.');
  await expect(lastBlock).toBeInViewport();
});

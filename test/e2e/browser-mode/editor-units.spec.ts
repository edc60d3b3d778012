import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** The text of the top-level blocks just before and after the first one holding `selector`. */
const neighbours = (editor: Locator, selector: string) =>
  editor.evaluate((root, inner) => {
    const block = Array.from(root.children).find((child) => child.querySelector(inner) !== null);
    return { before: block?.previousElementSibling?.textContent ?? null, after: block?.nextElementSibling?.textContent ?? null };
  }, selector);

test('a guidance block and a field behave as units: selected by a click, moved, deleted and brought back whole', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  await workbench.open(page);
  await page.getByRole('button', { name: 'New document' }).click();
  const gallery = page.getByRole('dialog', { name: 'New document' });
  await gallery.getByRole('option', { name: /^Approved Supplier List/ }).click();
  await gallery.getByRole('button', { name: 'Create' }).click();
  await expect(gallery).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Approved Supplier List' })).toBeVisible();
  const editor = workbench.editor(page);
  const guidanceBlocks = editor.locator('.qms-guidance-block');
  await expect(guidanceBlocks.first()).toBeVisible();
  const blocks = await guidanceBlocks.count();
  const firstText = (await guidanceBlocks.first().locator('.qms-guidance-body').textContent()) ?? '';

  // Select: a click on its heading selects the whole block.
  await guidanceBlocks.first().locator('.qms-guidance-title').click();
  await expect(guidanceBlocks.first()).toHaveClass(/qms-guidance-selected/);

  // Move: Alt+Shift+Down takes it past the next block, whole and still selected.
  const { after: next } = await neighbours(editor, '.qms-guidance-selected');
  expect(next).toBeTruthy();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(async () => (await neighbours(editor, '.qms-guidance-selected')).before).toBe(next);
  await expect(editor.locator('.qms-guidance-selected .qms-guidance-body')).toHaveText(firstText);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(async () => (await neighbours(editor, '.qms-guidance-selected')).after).toBe(next);

  // Collapse and show again in one action each.
  await guidanceBlocks.first().getByRole('button', { name: 'Hide' }).click();
  await expect(guidanceBlocks.first().locator('.qms-guidance-body')).toHaveCount(0);
  await guidanceBlocks.first().getByRole('button', { name: 'Show' }).click();
  await expect(guidanceBlocks.first().locator('.qms-guidance-body')).toHaveText(firstText);

  // Delete: the selected block goes whole with one key, and Ctrl+Z brings it back whole.
  await guidanceBlocks.first().locator('.qms-guidance-title').click();
  await page.keyboard.press('Delete');
  await expect(guidanceBlocks).toHaveCount(blocks - 1);
  await page.keyboard.press('Control+z');
  await expect(guidanceBlocks).toHaveCount(blocks);
  await expect(guidanceBlocks.first().locator('.qms-guidance-body')).toHaveText(firstText);

  // A field: one click selects all of it, and Backspace removes it, not one character of it.
  const fields = editor.locator('.qms-field-chip');
  const fieldCount = await fields.count();
  expect(fieldCount).toBeGreaterThan(0);
  const fieldText = (await fields.first().textContent()) ?? '';
  await fields.first().click();
  await expect(fields.first()).toHaveClass(/qms-field-selected/);
  await page.keyboard.press('Backspace');
  await expect(fields).toHaveCount(fieldCount - 1);
  await page.keyboard.press('Control+z');
  await expect(fields).toHaveCount(fieldCount);
  await expect(fields.first()).toHaveText(fieldText);
});

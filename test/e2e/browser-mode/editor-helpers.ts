import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, type Workbench } from './fixtures';

// Shared by the editor's end-to-end specs (editor-formatting, editor-tables).

export const DOCUMENT = 'Nonconformity and Corrective Action';
export const DOCUMENT_ID = 'PRO-002';

/** Opens the draft procedure and puts the caret in a new empty paragraph at its end. */
export async function newParagraphAtEnd(page: Page, workbench: Workbench): Promise<Locator> {
  await workbench.open(page);
  await workbench.openDocument(page, DOCUMENT);
  const editor = workbench.editor(page);
  // The document ends with a list: click just after its last letter, then leave the list.
  const lastItem = editor.getByText('REG-004 Nonconformance and Corrective Action Log');
  const box = await lastItem.boundingBox();
  if (!box) throw new Error('the last list item is not on screen');
  await lastItem.click({ position: { x: box.width - 1, y: box.height / 2 } });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Paragraph style' })).toHaveValue('paragraph');
  return editor;
}

export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });
export const button = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });

/** Selects the `count` characters before the caret. */
export async function selectBack(page: Page, count: number) {
  for (let i = 0; i < count; i += 1) await page.keyboard.press('Shift+ArrowLeft');
}

export async function savedContent(page: Page, workbench: Workbench): Promise<string> {
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  return readFile(workbench.documentFile(DOCUMENT_ID), 'utf8');
}

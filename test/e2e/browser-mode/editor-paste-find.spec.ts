import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { wcagViolations as violations } from './axe-violations';
import { expect, test } from './fixtures';

const DOCUMENT = 'Nonconformity and Corrective Action';
const DOCUMENT_ID = 'PRO-002';

/** Pastes into the focused editor the way a browser does: a paste event carrying a DataTransfer (HTML optional). */
async function paste(page: Page, html: string | null, text: string): Promise<void> {
  await page.evaluate(
    ([html, text]) => {
      const target = document.activeElement;
      if (!target?.closest('.editor-input')) throw new Error('the editor does not have the focus');
      const data = new DataTransfer();
      if (html !== null) data.setData('text/html', html);
      data.setData('text/plain', text);
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text] as const,
  );
}

interface SavedNode {
  type: string;
  style?: string;
  text?: string;
  children?: SavedNode[];
}

function* allNodes(nodes: SavedNode[], parents: SavedNode[] = []): Generator<{ node: SavedNode; parents: SavedNode[] }> {
  for (const node of nodes) {
    yield { node, parents };
    yield* allNodes(node.children ?? [], [...parents, node]);
  }
}

test('a paste from Word lands as a table and a nested list, with no styles in the editor or the saved file', async ({
  page,
  workbench,
}) => {
  test.setTimeout(90_000);
  const html = await readFile('test/fixtures/paste/word-table-and-nested-list.html', 'utf8');
  await workbench.open(page);
  await workbench.openDocument(page, DOCUMENT);
  const editor = workbench.editor(page);
  await editor.getByText('Related documents', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await paste(page, html, 'Control of Monitoring Equipment');

  const table = editor.locator('table').filter({ hasText: 'Torque wrench TW-04' });
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('th')).toHaveCount(3);
  await expect(editor.locator('li ul li', { hasText: 'The date is in the future' })).toBeVisible();
  await expect(editor.locator('ol li', { hasText: 'Tell the customer if released product is affected' })).toBeVisible();
  await expect(editor.getByRole('heading', { name: 'Control of Monitoring Equipment' })).toBeVisible();
  await expect(editor).not.toContainText('[EM1]');
  await expect(editor).not.toContainText('Ask the lab');
  expect(await editor.locator('[style]').count()).toBe(0);
  expect(await editor.locator('img, font, o\\:p').count()).toBe(0);

  // Plain text still pastes as plain paragraphs, where the caret is (after the pasted content).
  await page.keyboard.press('Enter');
  await paste(page, null, 'Plain line one\nPlain line two');
  await expect(editor.locator('p', { hasText: /^Plain line one$/ })).toHaveCount(1);
  await expect(editor.locator('p', { hasText: /^Plain line two$/ })).toHaveCount(1);

  // Into a table cell, a web page's table among other content comes as the cells' text, not refused.
  const caliper = table.getByText('Caliper CA-11');
  const box = await caliper.boundingBox();
  if (!box) throw new Error('the cell is not on screen');
  await caliper.click({ position: { x: box.width - 1, y: box.height / 2 } });
  await paste(page, await readFile('test/fixtures/paste/web-page-google-docs.html', 'utf8'), 'Supplier evaluation');
  await expect(table.locator('td', { hasText: 'On-time delivery' })).toHaveCount(1);
  await expect(editor.locator('td table')).toHaveCount(0);

  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  const saved = JSON.parse(await readFile(workbench.documentFile(DOCUMENT_ID), 'utf8'));
  const nodes = [...allNodes(saved.content.root.children as SavedNode[])];
  expect(nodes.some(({ node }) => node.type === 'table' && JSON.stringify(node).includes('Caliper CA-11'))).toBe(true);
  const nestedLists = nodes.filter(
    ({ node, parents }) => node.type === 'list' && parents.some((parent) => parent.type === 'list'),
  );
  expect(nestedLists.some(({ node }) => JSON.stringify(node).includes('The seal is '))).toBe(true);
  expect(nodes.filter(({ node }) => typeof node.style === 'string' && node.style !== '')).toEqual([]);
});

test('find counts and steps through matches, Replace all is one undo step, Escape returns to the editor', async ({
  page,
  workbench,
}) => {
  test.setTimeout(90_000);
  await workbench.open(page);
  await workbench.openDocument(page, DOCUMENT);
  const editor = workbench.editor(page);
  await editor.getByText('Purpose', { exact: true }).click();
  await page.keyboard.press('Control+f');

  const bar = page.getByRole('search', { name: 'Find and replace in the document' });
  const find = bar.getByRole('searchbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await find.fill('quality manager');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText('1 of 9');
  expect(await violations(page, '.find-bar')).toEqual([]);
  expect(await page.evaluate(() => (CSS.highlights as unknown as Map<string, Set<Range>>).get('qms-find-match')?.size)).toBe(8);
  await find.press('Enter');
  await expect(count).toHaveText('2 of 9');
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('9 of 9');

  await bar.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(count).toHaveText('No matches');
  await bar.getByRole('checkbox', { name: 'Match case' }).uncheck();
  await expect(count).toHaveText(/of 9$/);

  await bar.getByRole('textbox', { name: 'Replace with' }).fill('Quality Lead');
  await bar.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(count).toHaveText(/of 8$/);
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(count).toHaveText('No matches');
  await expect(editor).not.toContainText('Quality Manager');
  await expect(editor.getByText(/Quality Lead/)).toHaveCount(9);

  await find.press('Escape');
  await expect(bar).toBeHidden();
  await expect(editor).toBeFocused();
  // One undo takes back the whole Replace all, and nothing more.
  await page.keyboard.press('Control+z');
  await expect(editor.getByText(/Quality Manager/)).toHaveCount(8);
  await expect(editor.getByText(/Quality Lead/)).toHaveCount(1);

  await page.keyboard.press('Control+f');
  await expect(find).toHaveValue('quality manager');
  // The count starts from the match after the caret.
  await expect(count).toHaveText(/^\d of 8$/);
  await find.press('Enter');
  await find.press('Escape');
  await expect(editor).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Quality Manager');
});

test('the outline lists the headings, jumps to one, and follows edits to it', async ({ page, workbench }) => {
  test.setTimeout(90_000);
  await workbench.open(page);
  await workbench.openDocument(page, DOCUMENT);
  await page.getByRole('button', { name: 'Outline' }).click();
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByRole('button')).toHaveText([
    'Purpose',
    'Scope',
    'Responsibilities',
    'Identifying and segregating nonconforming product',
    'Disposition',
    'Corrective action',
    'Records',
    'Related documents',
  ]);
  expect(await violations(page, '.editor-status-bar')).toEqual([]);
  await outline.getByRole('button', { name: 'Records' }).click();
  const editor = workbench.editor(page);
  await expect(editor).toBeFocused();
  await expect(editor.getByRole('heading', { name: 'Records' })).toBeInViewport();
  await page.keyboard.type('Retained ');
  await expect(editor.getByRole('heading', { name: 'Retained Records' })).toBeVisible();
  await expect(outline.getByRole('button', { name: 'Retained Records' })).toBeVisible();
});

test('the word count follows typing, after a pause', async ({ page, workbench }) => {
  test.setTimeout(90_000);
  await workbench.open(page);
  await workbench.openDocument(page, DOCUMENT);
  const wordCount = page.getByTestId('word-count');
  await expect(wordCount).toHaveText(/^[\d,]+ words$/);
  const before = Number((await wordCount.textContent())?.replace(/\D/g, ''));
  await expect(wordCount).toHaveAttribute('title', /characters including spaces\. Guidance for the author is not counted\./);
  await workbench.editor(page).getByText('Purpose', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and three more');
  await expect(wordCount).toHaveText(`${(before + 3).toLocaleString('en-GB')} words`);
});

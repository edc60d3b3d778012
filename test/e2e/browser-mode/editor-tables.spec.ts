import { wcagViolations } from './axe-violations';
import { button, newParagraphAtEnd, savedContent, toolbar } from './editor-helpers';
import { expect, test } from './fixtures';

// Each test starts a server and a browser and types a good deal: give it time on a busy machine.
test.beforeEach(() => test.setTimeout(90_000));

test('tables: insert, Tab between cells, rows, columns, header row, delete', async ({ page, workbench }) => {
  const editor = await newParagraphAtEnd(page, workbench);
  await expect(toolbar(page).getByRole('button', { name: 'Table', exact: true })).toBeDisabled();

  await button(page, 'Insert table').click();
  const dialog = page.getByRole('dialog', { name: 'Insert a table' });
  await expect(dialog.getByLabel('Rows')).toHaveValue('3');
  await expect(dialog.getByLabel('Columns')).toHaveValue('3');
  await expect(dialog.getByRole('checkbox', { name: /header row/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Insert table' }).click();
  await expect(dialog).toBeHidden();

  const table = editor.locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
  await page.keyboard.type('Record');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Owner');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kept for');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.type(' (role)');
  await expect(table.locator('tr').first().locator('th')).toHaveText(['Record', 'Owner (role)', 'Kept for']);
  await expect(editor).toBeFocused();

  const menu = async (item: string) => {
    await toolbar(page).getByRole('button', { name: 'Table', exact: true }).click();
    await page
      .getByRole('menu', { name: 'Table' })
      .getByRole(/Header/.test(item) ? 'menuitemcheckbox' : 'menuitem', { name: item })
      .click();
  };
  const rows = table.locator('tr');
  const headerTexts = () => rows.first().locator('th, td');
  const cell = (text: string) => table.locator('th, td', { hasText: text });
  const emptyCellOfRow = (row: number) => rows.nth(row).locator('td').first();

  await cell('Owner (role)').click();
  await menu('Insert row below');
  await expect(rows).toHaveCount(4);
  await cell('Owner (role)').click();
  await menu('Insert column right');
  await expect(headerTexts()).toHaveText(['Record', 'Owner (role)', '', 'Kept for']);
  await emptyCellOfRow(2).click();
  await menu('Insert row above');
  await expect(rows).toHaveCount(5);
  await cell('Record').click();
  await menu('Insert column left');
  await expect(headerTexts()).toHaveText(['', 'Record', 'Owner (role)', '', 'Kept for']);
  await emptyCellOfRow(1).click();
  await menu('Delete row');
  await expect(rows).toHaveCount(4);
  await cell('Kept for').click();
  await menu('Delete column');
  await expect(headerTexts()).toHaveText(['', 'Record', 'Owner (role)', '']);
  await menu('Header row');
  await expect(table.locator('th')).toHaveCount(0);
  await menu('Header row');
  await expect(rows.first().locator('th')).toHaveCount(4);

  // The menu works from the keyboard too, and Escape gives focus back to its button.
  await toolbar(page).getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Insert row above' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Insert row below' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(toolbar(page).getByRole('button', { name: 'Table', exact: true })).toBeFocused();

  const file = JSON.parse(await savedContent(page, workbench));
  const saved = file.content.root.children.find((block: { type: string }) => block.type === 'table');
  expect(saved.children).toHaveLength(4);
  expect(saved.children[0].children.map((cell: { headerState: number }) => cell.headerState)).toEqual([1, 1, 1, 1]);

  await cell('Record').click();
  await menu('Delete table');
  await expect(editor.locator('table')).toHaveCount(0);
});

test('the toolbar, the table menu and the link and table dialogs pass an automated accessibility check', async ({
  page,
  workbench,
}) => {
  const violations = (selector: string) => wcagViolations(page, selector);
  await newParagraphAtEnd(page, workbench);
  await button(page, 'Insert table').click();
  expect(await violations('[role="dialog"]')).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Insert table' }).click();
  await toolbar(page).getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Table' })).toBeVisible();
  expect(await violations('[role="toolbar"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await workbench.editor(page).locator('th').first().click();
  await page.keyboard.press('Control+k');
  await page
    .getByRole('dialog', { name: 'Add a link' })
    .getByLabel(/Address/)
    .fill('file:///etc/passwd');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('"file:///etc/passwd" cannot be a link');
  expect(await violations('[role="dialog"]')).toEqual([]);
});

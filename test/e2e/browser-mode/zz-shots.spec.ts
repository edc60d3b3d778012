import { expect, test } from './fixtures';

const dir = '/work/main/.scratch/shots';
test.use({ viewport: { width: 1280, height: 720 } });
test('shots', async ({ page, workbench }) => {
  test.setTimeout(180_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  const editor = workbench.editor(page);
  await editor.locator('p').first().click();
  await page.screenshot({ path: `${dir}/1-draft-editor.png` });
  await page.getByRole('button', { name: 'Insert table' }).click();
  await page.screenshot({ path: `${dir}/2-insert-table.png` });
  await page.getByRole('dialog', { name: 'Insert a table' }).getByRole('button', { name: 'Insert table' }).click();
  await page.keyboard.type('Step');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.screenshot({ path: `${dir}/3-table-menu.png` });
  await page.keyboard.press('Escape');
  await editor.locator('p').first().click();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('textbox').fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${dir}/4-link-refused.png` });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('corrective');
  await page
    .getByRole('button', { name: /Outline/ })
    .first()
    .click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${dir}/5-find-outline.png` });
  await page.keyboard.press('Escape');
  await workbench.openDocument(page, 'Quality Policy');
  await page.screenshot({ path: `${dir}/6-approved-readonly.png` });
  await page.getByRole('button', { name: 'Start new revision' }).click();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await editor.getByText('Elaine Marsh, Managing Director').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and the board');
  await page.getByRole('button', { name: /Compare with revision/ }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${dir}/7-compare.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${dir}/8-dark.png` });
});

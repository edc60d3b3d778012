import { wcagViolations as violations } from './axe-violations';
import { expect, test } from './fixtures';

test('the template gallery, the profile form, the new project dialog and a document from a template pass an automated accessibility check', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'New document' }).click();
  await expect(page.getByRole('dialog', { name: 'New document' }).getByText('will be numbered')).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Project profile' })).toBeVisible();
  expect(await violations(page, '.profile')).toEqual([]);

  await page.locator('.project-name').click();
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('dialog', { name: 'New project' })).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  // A document from a template: fields, guidance blocks, tables and the tailoring strip.
  await page.getByRole('button', { name: 'New document' }).click();
  const gallery = page.getByRole('dialog', { name: 'New document' });
  await gallery.getByRole('option', { name: /^Approved Supplier List/ }).click();
  await gallery.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.document-header .doc-id')).toHaveText('REG-001');
  await expect(workbench.editor(page).locator('.qms-guidance-block').first()).toBeVisible();
  expect(await violations(page, '.document-view')).toEqual([]);
});

test('the export dialogs and the master list pass an automated accessibility check', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export to Word' })).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Master list', exact: true }).click();
  expect(await violations(page, '.master-list')).toEqual([]);
  await page.getByRole('button', { name: 'Export manual to Word…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export the manual' })).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
});

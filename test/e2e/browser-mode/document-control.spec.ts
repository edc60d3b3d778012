import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServeProcess } from '../../support/serve-process';
import { expect, test } from './fixtures';

test.describe('on the first run', () => {
  test.use({ userName: null });

  test('a draft goes to review and is approved; the approval is frozen, logged and shown', async ({ page, workbench }) => {
    await workbench.open(page);
    // Nothing is recorded as an unknown user: the first run asks who is working.
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await expect(nameDialog).toBeVisible();
    await nameDialog.getByRole('textbox', { name: 'Name' }).fill('Tom Okafor');
    await nameDialog.getByRole('button', { name: 'Save' }).click();
    await expect(nameDialog).toBeHidden();
    await workbench.openDocument(page, 'Nonconformity and Corrective Action');
    const header = page.locator('.document-header');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(header.locator('.status-badge')).toHaveText('In review');
    await expect(page.locator('.user-button')).toHaveText('Tom Okafor');

    await page.getByRole('button', { name: 'Approve…' }).click();
    const approve = page.getByRole('dialog', { name: 'Approve PRO-002 revision 1' });
    await expect(approve.getByLabel('Approved by')).toHaveValue('Tom Okafor');
    await expect(approve.getByText('The approver is also the author')).toBeVisible();
    await approve.getByLabel('Approved by').fill('Elaine Marsh');
    await approve.getByLabel('Note for the history (optional)').fill('Agreed at management review');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await expect(approve).toBeHidden();
    await expect(header.locator('.status-badge')).toHaveText('Approved');
    await expect(header).toContainText('Elaine Marsh');

    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.locator('li').first()).toContainText('Approved: revision 1');
    await expect(history.locator('li').first()).toContainText('Agreed at management review');
    await expect(history.locator('li').nth(1)).toContainText('Submitted for review: revision 1');

    expect(existsSync(join(workbench.projectDir, 'revisions', 'PRO-002', '1.json'))).toBe(true);
    const file = JSON.parse(await readFile(workbench.documentFile('PRO-002'), 'utf8'));
    expect(file.meta.effective).toMatchObject({ revision: '1', approvedBy: 'Elaine Marsh', selfApproved: false });

    await page.getByRole('button', { name: 'Master list' }).click();
    const row = page.getByRole('region', { name: 'Master document list' }).getByRole('row', { name: /PRO-002/ });
    await expect(row).toContainText('Approved');
    await expect(row).toContainText('Priya Raman');
  });
});

test('an approved document is read-only until a new revision is started; the approved one stays in force', async ({
  page,
  workbench,
}) => {
  test.setTimeout(90_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  await expect(workbench.editor(page)).toHaveAttribute('contenteditable', 'false');
  await page.getByRole('button', { name: 'Start new revision' }).click();
  const header = page.locator('.document-header');
  await expect(header.locator('.status-badge')).toHaveText('Draft');
  await expect(header).toContainText('4 (3 in force)');
  await expect(workbench.editor(page)).toHaveAttribute('contenteditable', 'true');
  const list = page.getByRole('navigation', { name: 'Documents' });
  await expect(list.getByRole('button', { name: /Quality Policy/ })).toContainText('Rev. 4');
});

test('a new document is made from a template with the next free number', async ({ page, workbench }) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'New document' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  await dialog.getByRole('option', { name: /Quality Policy/ }).click();
  await expect(dialog.getByText('will be numbered POL-003')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Quality Policy for the Rotherham site');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quality Policy for the Rotherham site' })).toBeVisible();
  await expect(page.locator('.document-header .doc-id')).toHaveText('POL-003');
  await expect(workbench.editor(page)).toContainText('Harrow Precision Components');
  expect(existsSync(workbench.documentFile('POL-003'))).toBe(true);
});

test('a document made obsolete becomes read-only', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Scope of the Quality Management System');
  await page.locator('.user-button').click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('textbox', { name: 'Your name' }).fill('Elaine Marsh');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Make obsolete…' }).click();
  await expect(page.locator('.document-header .status-badge')).toHaveText('Obsolete');
  await expect(workbench.editor(page)).toHaveAttribute('contenteditable', 'false');
  // A withdrawn document can still be exported (marked OBSOLETE) for the records.
  await expect(page.getByRole('group', { name: 'Document control' }).getByRole('button')).toHaveText([
    'History',
    'Export to Word…',
    'Save as template…',
  ]);
});

test('a second program on the same project opens it read-only and says why', async ({ page, workbench }, testInfo) => {
  const second = await startServeProcess(['--project', workbench.projectDir, '--port', '0'], {
    QMS_USER_DATA: testInfo.outputPath('second-user-data'),
  });
  try {
    await expect.poll(() => second.output()).toMatch(/Read-only: .* is open in QMS Workbench \(browser mode\)/);
    await page.goto(second.url);
    await expect(page.getByRole('status').filter({ hasText: 'Read-only:' })).toContainText(
      'is open in QMS Workbench (browser mode)',
    );
    await workbench.openDocument(page, 'Nonconformity and Corrective Action');
    await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'New document' })).toBeDisabled();
    await expect(workbench.editor(page)).toHaveAttribute('contenteditable', 'false');
  } finally {
    await second.stop();
  }
});

test('a change made on disk by another program shows up in the open editor', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Scope of the Quality Management System');
  await expect(workbench.editor(page)).toContainText('Outsourced processes');
  const path = workbench.documentFile('POL-002');
  await writeFile(path, (await readFile(path, 'utf8')).replace('Outsourced processes', 'Outsourced processes and services'));
  await expect(workbench.editor(page)).toContainText('Outsourced processes and services');
  await expect(page.getByRole('status').filter({ hasText: 'changed outside the program' })).toBeVisible();
});

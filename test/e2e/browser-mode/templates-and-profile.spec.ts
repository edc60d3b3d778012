import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A 1×1 PNG, as a logo file the user picks. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function createFromGallery(page: Page, search: string, option: RegExp, number: string) {
  await page.getByRole('button', { name: 'New document' }).click();
  const gallery = page.getByRole('dialog', { name: 'New document' });
  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill(search);
  await gallery.getByRole('option', { name: option }).click();
  await expect(gallery.getByText(`will be numbered ${number}`)).toBeVisible();
  await gallery.getByRole('button', { name: 'Create' }).click();
  await expect(gallery).toBeHidden();
  await expect(page.locator('.document-header .doc-id')).toHaveText(number);
}

test('the gallery finds templates by words, clause and type, previews one with the organization’s facts, and creates it', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'New document' }).click();
  const gallery = page.getByRole('dialog', { name: 'New document' });
  const options = gallery.getByRole('listbox', { name: 'Templates' }).getByRole('option');
  await expect(options).toHaveCount(33);

  await gallery.getByRole('combobox', { name: 'Filter by clause' }).selectOption('8.4.1');
  await expect(options).toHaveText([/^Approved Supplier List/, /^Control of External Providers/, /^Blank document/]);
  await gallery.getByRole('combobox', { name: 'Filter by type' }).selectOption('register');
  await expect(options).toHaveText([/^Approved Supplier List/, /^Blank document/]);
  await gallery.getByRole('combobox', { name: 'Filter by clause' }).selectOption('');
  await gallery.getByRole('combobox', { name: 'Filter by type' }).selectOption('');
  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill('audit report');
  // Titles that hold every word come first.
  await expect(options.first()).toHaveText(/^Internal Audit Report/);
  await expect(options.last()).toHaveText(/^Blank document/);

  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill('');
  await gallery.getByRole('option', { name: /^Quality Policy/ }).click();
  const preview = gallery.getByRole('textbox', { name: 'Preview of Quality Policy' });
  await expect(preview).toContainText('Harrow Precision Components');
  await expect(preview).toContainText('Guidance for the author');
  await expect(gallery.getByText('will be numbered POL-003')).toBeVisible();
  await gallery.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Quality Policy', exact: true })).toBeVisible();
  await expect(page.locator('.document-header .doc-id')).toHaveText('POL-003');
  // The organization's name is a linked field with its value; the file holds only the path.
  await expect(workbench.editor(page).locator('[data-field="organization.name"]').first()).toHaveText(
    'Harrow Precision Components',
  );
  const file = JSON.parse(await readFile(workbench.documentFile('POL-003'), 'utf8'));
  expect(file.meta).toMatchObject({ type: 'policy', template: 'quality-policy', clauses: ['5.2', '5.2.1', '5.2.2', '7.3'] });
  expect(JSON.stringify(file.content)).not.toContain('Harrow Precision Components');
  await expect(page.getByText('Still to tailor:')).toBeVisible();
  await expect(page.locator('.tailoring-item').first()).toHaveText('100% template wording');
});

test('guidance for the author hides and goes in one action, and leaves the document text as it was', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  await createFromGallery(page, 'internal audit report', /^Internal Audit Report/, 'REC-001');
  const blocks = workbench.editor(page).locator('.qms-guidance-block');
  const count = await blocks.count();
  expect(count).toBeGreaterThan(1);

  await blocks.first().getByRole('button', { name: 'Hide' }).click();
  await expect(blocks.first().locator('.qms-guidance-body')).toHaveCount(0);
  await blocks.first().getByRole('button', { name: 'Show' }).click();
  await expect(blocks.first().locator('.qms-guidance-body')).toBeVisible();

  await blocks.first().getByRole('button', { name: 'Remove' }).click();
  await expect(blocks).toHaveCount(count - 1);
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  const file = JSON.parse(await readFile(workbench.documentFile('REC-001'), 'utf8'));
  expect(file.content.root.children.filter((node: { type: string }) => node.type === 'guidance')).toHaveLength(count - 1);
  await expect(page.locator('.tailoring-item').filter({ hasText: 'guidance block' })).toHaveText(
    `${count - 1} guidance block${count - 1 === 1 ? '' : 's'}`,
  );
});

test('the profile’s facts show in every document at once, and a field without a value is marked until it has one', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  await createFromGallery(page, 'quality policy', /^Quality Policy/, 'POL-003');
  await createFromGallery(page, 'quality manual', /^Quality Manual/, 'QM-001');
  const manualName = workbench.editor(page).locator('[data-field="organization.name"]').first();
  await expect(manualName).toHaveText('Harrow Precision Components');

  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Project profile' });
  await profile.getByRole('textbox', { name: 'Organization name' }).fill('Harrow Precision Engineering');
  await profile.getByRole('textbox', { name: 'Strategic direction' }).fill('');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Profile saved.')).toBeVisible();
  const saved = JSON.parse(await readFile(join(workbench.projectDir, 'qms-project.json'), 'utf8'));
  expect(saved.organization).toMatchObject({ name: 'Harrow Precision Engineering', strategicDirection: '' });

  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await expect(manualName).toHaveText('Harrow Precision Engineering');
  await page
    .getByRole('navigation', { name: 'Documents' })
    .getByRole('button', { name: /POL-003/ })
    .click();
  await expect(page.locator('.document-header .doc-id')).toHaveText('POL-003');
  await expect(workbench.editor(page).locator('[data-field="organization.name"]').first()).toHaveText(
    'Harrow Precision Engineering',
  );
  const direction = workbench.editor(page).locator('[data-field="organization.strategicDirection"]').first();
  await expect(direction).toHaveText('[Strategic direction]');
  await expect(direction).toHaveAttribute('data-missing', 'true');
  await expect(page.locator('.tailoring-item').filter({ hasText: 'empty field' })).toBeVisible();

  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await profile.getByRole('textbox', { name: 'Strategic direction' }).fill('Half our sales from medical devices by 2029.');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Profile saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  await expect(direction).toHaveText('Half our sales from medical devices by 2029.');
  await expect(direction).not.toHaveAttribute('data-missing', 'true');
});

test('the profile form checks what it saves, shows the exclusion verdict and takes a logo', async ({ page, workbench }) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Project profile' });
  // The sample declares design (8.3) not applicable: acceptable, on a condition the auditor will check.
  await expect(profile.getByText(/^Acceptable with care: Only when the organization designs nothing/)).toBeVisible();
  await profile.getByRole('button', { name: 'Declare a requirement not applicable' }).click();
  await profile.getByRole('combobox', { name: 'Clause' }).last().selectOption('7.2');
  await expect(profile.getByText(/7\.2 is outside clause 8/)).toBeVisible();
  await profile.getByRole('button', { name: 'Remove 7.2' }).click();

  await profile.getByRole('textbox', { name: 'Form', exact: true }).fill('REG');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('alert')).toContainText('cannot share the prefix REG');
  await profile.getByRole('textbox', { name: 'Form', exact: true }).fill('FRM');

  await profile.getByLabel(/Replace the logo/).setInputFiles({ name: 'harrow.png', mimeType: 'image/png', buffer: PNG });
  await expect(profile.getByRole('img', { name: 'The organization’s logo' })).toBeVisible();
  await profile.getByRole('button', { name: 'Add a site' }).click();
  await profile.getByRole('textbox', { name: 'Site 2', exact: true }).fill('Rotherham finishing shop');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Profile saved.')).toBeVisible();
  const saved = JSON.parse(await readFile(join(workbench.projectDir, 'qms-project.json'), 'utf8'));
  expect(saved.organization.logo).toBe('assets/logo.png');
  expect(saved.organization.sites.map((site: { name: string }) => site.name)).toEqual([
    'Brookfield works',
    'Rotherham finishing shop',
  ]);
  expect((await readFile(join(workbench.projectDir, 'assets', 'logo.png'))).equals(PNG)).toBe(true);
});

test('approving a document that still reads like its template asks the approver to confirm', async ({ page, workbench }) => {
  await workbench.open(page);
  await createFromGallery(page, 'customer property', /^Customer Property/, 'PRO-003');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('button', { name: 'Approve…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve PRO-003 revision 1' });
  await expect(dialog.getByRole('alert')).toContainText('This document still reads like the template.');
  await expect(dialog.getByRole('alert')).toContainText("100% of its text is still the template's wording");
  await expect(dialog.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /it describes our organization as it is/ }).check();
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.document-header .status-badge')).toHaveText('Approved');

  await page.getByRole('button', { name: 'Master list' }).click();
  const row = page.getByRole('region', { name: 'Master document list' }).getByRole('row', { name: /PRO-003/ });
  await expect(row.locator('.tailoring-cell')).toContainText('100% template');
});

test('a new project starts with the documents every system needs, and the last one opens again from the recent list', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  await page.locator('.project-name').click();
  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByRole('textbox', { name: 'Organization name' }).fill('Brookfield Facilities Ltd');
  await dialog
    .getByRole('textbox', { name: 'Products and services' })
    .fill('Planned and reactive maintenance of commercial buildings.');
  await dialog.getByRole('textbox', { name: 'Most senior manager' }).fill('Sam Ortiz');
  await dialog.getByRole('textbox', { name: 'Quality manager' }).fill('Alex Chen');
  const folder = join(workbench.projectsDir, 'Brookfield Facilities Ltd');
  await expect(dialog.getByRole('textbox', { name: 'Folder' })).toHaveValue(folder);
  await dialog.getByRole('button', { name: 'Create project' }).click();

  const list = page.getByRole('navigation', { name: 'Documents' });
  await expect(page.locator('.project-name')).toHaveText('Brookfield Facilities Ltd');
  await expect(list.getByRole('button')).toHaveCount(8);
  await expect(list).toContainText('Quality Manual');
  await expect(list).toContainText('Nonconformity and Corrective Action');
  expect((await readdir(join(folder, 'documents'))).sort()).toEqual([
    'PLN-001.json',
    'POL-001.json',
    'POL-002.json',
    'PRO-001.json',
    'PRO-002.json',
    'PRO-003.json',
    'PRO-004.json',
    'QM-001.json',
  ]);
  await workbench.openDocument(page, 'Quality Policy');
  await expect(workbench.editor(page).locator('[data-field="organization.topManager"]').first()).toHaveText(
    'Sam Ortiz, Managing Director',
  );
  // The sample project is no longer locked by this window.
  expect(existsSync(join(workbench.projectDir, '.qms-lock'))).toBe(false);

  await page.locator('.project-name').click();
  await page.locator('.project-menu-items').getByRole('button', { name: 'Harrow Precision Components' }).click();
  await expect(page.locator('.project-name')).toHaveText('Harrow Precision Components');
  await expect(list.getByRole('button')).toHaveCount(4);
});

test.describe('without a name set', () => {
  test.use({ userName: null });

  test('an edit that sends a document in review back to draft asks who is editing before it is saved and recorded', async ({
    page,
    workbench,
  }) => {
    await workbench.open(page);
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await nameDialog.getByRole('button', { name: 'Cancel' }).click();
    await workbench.openDocument(page, 'Control of Documented Information');
    await workbench.editor(page).getByText('Purpose', { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and scope');
    await page.keyboard.press('Control+s');
    await expect(nameDialog).toBeVisible();
    await nameDialog.getByRole('textbox', { name: 'Name' }).fill('Priya Raman');
    await nameDialog.getByRole('button', { name: 'Save' }).click();
    await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
    await expect(page.locator('.document-header .status-badge')).toHaveText('Draft');
    const history = (await readFile(join(workbench.projectDir, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(history.at(-1) as string)).toMatchObject({
      event: 'status-changed',
      by: 'Priya Raman',
      document: 'PRO-001',
      from: { status: 'in-review' },
      to: { status: 'draft' },
    });
    expect(history.join('\n')).not.toContain('unknown user');
  });
});

test('a document saved as a template of the project, and a folder of the user’s own, appear in the gallery; a broken one is named', async ({
  page,
  workbench,
}) => {
  const mine = join(workbench.userData, 'my-templates');
  await mkdir(mine, { recursive: true });
  await writeFile(
    join(mine, 'site-induction.md'),
    '---\nid: site-induction\ntitle: Site Induction Checklist\ndocumentType: form\nclauses: ["7.3"]\nfields: ["organization.name"]\nsummary: What every new starter is shown on day one.\n---\n\n# Welcome to {{organization.name}}\n\n- [ ] Fire exits shown\n',
  );
  await writeFile(join(mine, 'broken-form.md'), '# No front matter here\n');

  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await page.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save PRO-002 as a template' });
  await save.getByRole('textbox', { name: 'Template id (its file name)' }).fill('harrow-ncr');
  await save.getByRole('textbox', { name: 'Summary' }).fill('Our own nonconformity procedure, as a start for new sites.');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'templates/harrow-ncr.md' })).toBeVisible();
  expect(existsSync(join(workbench.projectDir, 'templates', 'harrow-ncr.md'))).toBe(true);

  await page.locator('.user-button').click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('textbox', { name: /Your templates folder/ }).fill(mine);
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();

  await page.getByRole('button', { name: 'New document' }).click();
  const gallery = page.getByRole('dialog', { name: 'New document' });
  await expect(gallery.getByRole('option', { name: /Nonconformity and Corrective Action.*this project/ })).toBeVisible();
  await expect(gallery.getByRole('option', { name: /Site Induction Checklist.*yours/ })).toBeVisible();
  await gallery.getByText('1 template file was skipped').click();
  await expect(gallery.locator('.gallery-problems')).toContainText('broken-form.md');
  await gallery.getByRole('option', { name: /Site Induction Checklist/ }).click();
  await expect(gallery.getByText('will be numbered FRM-001')).toBeVisible();
  await gallery.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.document-header .doc-id')).toHaveText('FRM-001');
  await expect(workbench.editor(page)).toContainText('Welcome to Harrow Precision Components');
});

test('changing the title of an approved document starts a new revision and is recorded; its number and type stay', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  await page.getByRole('button', { name: 'Details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Details of POL-001' });
  await expect(dialog.getByText('Policy POL-001, revision 3. The number and type are fixed.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Quality and Customer Policy');
  await dialog.getByRole('textbox', { name: 'Reviewer' }).fill('Tom Okafor');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  const header = page.locator('.document-header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Quality and Customer Policy');
  await expect(header).toContainText('4 (3 in force)');
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History' }).locator('li').first()).toContainText(
    'Details changed in revision 4',
  );
  // The editor still saves after the details changed the file under it.
  await workbench.editor(page).getByText('Elaine Marsh, Managing Director').click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  const file = JSON.parse(await readFile(workbench.documentFile('POL-001'), 'utf8'));
  expect(file.meta).toMatchObject({
    id: 'POL-001',
    type: 'policy',
    title: 'Quality and Customer Policy',
    revision: '4',
    reviewer: 'Tom Okafor',
  });
});

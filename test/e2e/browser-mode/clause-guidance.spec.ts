import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('moving the cursor into a tagged section brings up that clause’s guidance', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Control of Documented Information');
  const guidance = page.getByRole('complementary', { name: 'Clause guidance' });

  await workbench.editor(page).getByText('Distribution and access').click();
  await expect(guidance.getByRole('article', { name: 'Clause 7.5.3.1' })).toBeVisible();
  await expect(guidance).toContainText('Section: 7.5.3.1');

  await workbench.editor(page).getByText('External documents', { exact: true }).click();
  await expect(guidance.getByRole('article', { name: 'Clause 7.5.3.2' })).toBeVisible();
  await expect(guidance.getByRole('article')).toContainText('What an auditor asks to see');

  // Pinned guidance stays while the cursor moves on.
  await guidance.getByRole('button', { name: 'Pin this clause' }).click();
  await workbench.editor(page).getByText('Distribution and access').click();
  await expect(guidance.getByRole('article', { name: 'Clause 7.5.3.2' })).toBeVisible();
  await guidance.getByRole('button', { name: 'Unpin 7.5.3.2' }).click();
  await expect(guidance.getByRole('article', { name: 'Clause 7.5.3.1' })).toBeVisible();
});

test('a section tagged from the clause picker is saved with the document and shows its guidance', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Control of Documented Information');
  await workbench.editor(page).getByText('Purpose', { exact: true }).click();
  await page.getByRole('button', { name: /Tag section/ }).click();
  const picker = page.getByRole('dialog', { name: 'Tag this section with a clause' });
  await picker.getByLabel('Find a clause').fill('7.5.1');
  await picker.getByRole('button', { name: 'Tag with 7.5.1' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Clause guidance' }).getByRole('article', { name: 'Clause 7.5.1' }),
  ).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  const file = JSON.parse(await readFile(workbench.documentFile('PRO-001'), 'utf8'));
  const purpose = file.content.root.children.find(
    (node: { children?: Array<{ text?: string }> }) => node.children?.[0]?.text === 'Purpose',
  );
  expect(purpose.$).toEqual({ clause: '7.5.1' });
});

test('searching the guidance finds entries and opens one', async ({ page, workbench }) => {
  await workbench.open(page);
  const guidance = page.getByRole('complementary', { name: 'Clause guidance' });
  await guidance.getByRole('searchbox', { name: 'Search the guidance' }).fill('calibrat');
  const results = guidance.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('button', { name: /7\.1\.5\.2 Measurement traceability/ })).toBeVisible();
  await results.getByRole('button', { name: /7\.1\.5\.2 Measurement traceability/ }).click();
  await expect(guidance.getByRole('article', { name: 'Clause 7.1.5.2' })).toBeVisible();
  await guidance.getByRole('button', { name: 'Browse' }).click();
  await guidance.getByRole('button', { name: 'Expand 9' }).click();
  await guidance.getByRole('button', { name: /9\.3 Management review/ }).click();
  await expect(guidance.getByRole('article', { name: 'Clause 9.3' })).toContainText('Check yourself');
});

test('a coverage gap leads to a new document for the clause', async ({ page, workbench }) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'Coverage' }).click();
  const coverage = page.getByRole('region', { name: 'Coverage' });
  await coverage.getByLabel('Show gaps only').check();
  const row = coverage.getByRole('row', { name: /9\.2\.2/ });
  await expect(row).toContainText('Gap');
  await row.getByRole('button', { name: 'Create a document for clause 9.2.2' }).click();
  // The gallery offers the templates that address the clause.
  const gallery = page.getByRole('dialog', { name: 'New document' });
  await expect(gallery.getByText('for clause 9.2.2')).toBeVisible();
  await expect(gallery.getByRole('listbox', { name: 'Templates' }).getByRole('option')).toHaveText([
    /^Internal AuditProcedure/,
    /^Internal Audit ProgrammePlan/,
    /^Internal Audit ReportRecord/,
    /Blank document/,
  ]);
  await gallery.getByRole('option', { name: /Internal Audit Report/ }).click();
  await expect(gallery.getByText('will be numbered REC-001')).toBeVisible();
  await gallery.getByRole('button', { name: 'Create' }).click();

  await expect(page.locator('.document-header .doc-id')).toHaveText('REC-001');
  await expect(
    page.getByRole('complementary', { name: 'Clause guidance' }).getByRole('article', { name: 'Clause 9.2.2' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Coverage' }).click();
  await expect(coverage.getByRole('row', { name: /9\.2\.2/ })).toContainText('REC-001');
  await coverage.getByLabel('Show gaps only').check();
  await expect(coverage.getByRole('row', { name: /9\.2\.2/ })).toHaveCount(0);
});

test('the readiness view shows progress by clause group and records certification steps', async ({ page, workbench }) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'Readiness' }).click();
  const readiness = page.getByRole('region', { name: 'Certification readiness' });
  await expect(readiness.getByRole('row', { name: /5 Leadership/ })).toContainText('1 / 1');
  await expect(readiness.getByRole('row', { name: /7 Support/ })).toContainText('1');
  const gapStep = readiness.getByRole('listitem').filter({ hasText: 'Gap analysis' });
  // The box reflects the project file, so it turns on once the main process has written it.
  await gapStep.getByLabel('Done').click();
  await expect(gapStep.getByLabel('Done')).toBeChecked();
  await expect(gapStep).toContainText('Recorded as done on');
  const project = JSON.parse(await readFile(`${workbench.projectDir}/qms-project.json`, 'utf8'));
  expect(project.certification['gap-analysis'].done).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: 'Readiness' }).click();
  await expect(readiness.getByRole('listitem').filter({ hasText: 'Gap analysis' }).getByLabel('Done')).toBeChecked();
});

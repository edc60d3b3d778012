import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { bodyParagraphs, mammothHtml, partsText, readPackage, W, wAttr, wElements } from '../../support/docx-package';
import { expect, test } from './fixtures';

test('a document is exported to Word from its Export action: the working draft marked DRAFT, the revision in force without', async ({
  page,
  workbench,
}, testInfo) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Control of Documented Information');
  // Unsaved typing goes into the export: the draft is saved first.
  await workbench.editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Checked before export.');
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog.getByRole('radio', { name: /Working revision 2/ })).toBeChecked();

  const draftDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const draft = await draftDownload;
  expect(draft.suggestedFilename()).toBe('PRO-001 Control of Documented Information rev 2.docx');
  const draftPath = testInfo.outputPath('draft.docx');
  await draft.saveAs(draftPath);
  await expect(dialog.getByText('Downloaded PRO-001 Control of Documented Information rev 2.docx.')).toBeVisible();
  const draftPackage = readPackage(await readFile(draftPath));
  expect(partsText(draftPackage, 'word/header').join(' ')).toContain('DRAFT');
  expect((await mammothHtml(draftPackage.bytes)).html).toContain('Checked before export.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await dialog.getByRole('radio', { name: 'Approved revision 1 in force' }).check();
  await expect(dialog.getByRole('checkbox', { name: /Review copy/ })).toBeDisabled();
  const approvedDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const approvedPath = testInfo.outputPath('approved.docx');
  await (await approvedDownload).saveAs(approvedPath);
  const approved = readPackage(await readFile(approvedPath));
  expect([...partsText(approved, 'word/header'), ...bodyParagraphs(approved).map((p) => p.text)].join(' ')).not.toContain(
    'DRAFT',
  );
  expect((await mammothHtml(approved.bytes)).html).not.toContain('Checked before export.');
  await page.screenshot({ path: testInfo.outputPath('export-document.png') });
});

test('the manual is exported from the master list in a chosen order, with a summary that names the draft in it', async ({
  page,
  workbench,
}, testInfo) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'Master list', exact: true }).click();
  await page.getByRole('button', { name: 'Export manual to Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the manual' });
  const picker = dialog.getByRole('list', { name: 'Documents in the manual' });
  await expect(picker.getByRole('checkbox')).toHaveCount(4);
  await expect(picker.getByRole('checkbox', { name: /PRO-002/ })).not.toBeChecked();
  await picker.getByRole('checkbox', { name: /PRO-002/ }).check();
  await dialog.getByRole('button', { name: 'Move PRO-001 up' }).click();
  await page.screenshot({ path: testInfo.outputPath('export-manual-dialog.png') });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const path = testInfo.outputPath('manual.docx');
  await (await download).saveAs(path);
  await expect(dialog.getByText(/Downloaded Harrow Precision Components QMS manual .*\.docx\. 4 documents\./)).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([
    'PRO-002: never approved, so it is in the manual as its draft revision 1, marked DRAFT.',
  ]);
  await page.screenshot({ path: testInfo.outputPath('export-manual-summary.png') });
  const manual = readPackage(await readFile(path));
  expect(
    bodyParagraphs(manual)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text),
  ).toEqual([
    'POL-001  Quality Policy',
    'PRO-001  Control of Documented Information',
    'POL-002  Scope of the Quality Management System',
    'PRO-002  Nonconformity and Corrective Action',
  ]);
});

test('the master list is exported as CSV for Excel', async ({ page, workbench }) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'Master list', exact: true }).click();
  await page.getByRole('button', { name: 'Export this list…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the master document list' });
  await dialog.getByRole('radio', { name: /CSV/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Harrow Precision Components master document list \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await file.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').split('\r\n')[1]).toMatch(/^POL-001,Quality Policy,Policy,3,Approved,/);
});

test('Letter paper and a house style chosen in the profile shape the next export', async ({ page, workbench }, testInfo) => {
  const reference = await Packer.pack(
    new Document({
      styles: {
        paragraphStyles: [{ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', run: { font: 'Georgia', color: '8B0000' } }],
      },
      sections: [{ children: [new Paragraph('House style')] }],
    }),
    'nodebuffer',
  );
  await workbench.open(page);
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Project profile' });
  await profile.getByRole('combobox', { name: 'Paper size' }).selectOption('Letter');
  await profile.getByLabel(/Use a house style/).setInputFiles({
    name: 'Harrow house style.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: reference,
  });
  await expect(profile.getByText('Exports use the styles of assets/house-style.docx.')).toBeVisible();
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Profile saved.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('profile-word-export.png'), fullPage: true });
  const saved = JSON.parse(await readFile(join(workbench.projectDir, 'qms-project.json'), 'utf8'));
  expect(saved.export).toEqual({ pageSize: 'Letter', houseStyle: 'assets/house-style.docx' });

  await workbench.openDocument(page, 'Quality Policy');
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export to Word' }).getByRole('button', { name: 'Export' }).click();
  const path = testInfo.outputPath('policy.docx');
  await (await download).saveAs(path);
  const pkg = readPackage(await readFile(path));
  expect(wElements(pkg.xml('word/document.xml'), 'pgSz')[0]?.getAttribute('w:w')).toBe('12240');
  const heading1 = wElements(pkg.xml('word/styles.xml'), 'style').find((s) => s.getAttributeNS(W, 'styleId') === 'Heading1');
  expect(wAttr(wElements(heading1 as never, 'color')[0], 'val')).toBe('8B0000');
});

test('a house style that is not a Word file is refused in the profile, saying why', async ({ page, workbench }) => {
  await workbench.open(page);
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Project profile' });
  await profile.getByLabel(/Use a house style/).setInputFiles({
    name: 'styles.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('not a zip'),
  });
  await expect(profile.getByRole('alert')).toHaveText(/styles\.docx is not a Word document/);
  await expect(profile.getByText('Exports use the program’s clean built-in styles.')).toBeVisible();
});

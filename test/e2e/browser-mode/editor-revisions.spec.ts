import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wcagViolations as violations } from './axe-violations';
import { expect, test } from './fixtures';

// The smallest window the workbench is made for: the banner, the comparison and the
// revision in force beside the draft must all be usable in it.
test.use({ viewport: { width: 1280, height: 720 } });

const lastHistoryLine = async (projectDir: string) =>
  JSON.parse((await readFile(join(projectDir, 'history.jsonl'), 'utf8')).trim().split('\n').at(-1) as string) as Record<
    string,
    unknown
  >;

test('an approved document is read-only until a new revision is started; the draft is compared, shown beside the revision in force, and discarded', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  const shot = (name: string) => page.screenshot({ path: join(__dirname, '..', '..', '..', '.scratch', `${name}.png`) });
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  // By its name: the revision in force beside it is an editor surface too.
  const editor = page.getByRole('textbox', { name: 'Quality Policy: document text' });
  const file = workbench.documentFile('POL-001');
  const approvedBytes = await readFile(file, 'utf8');

  // Read-only, with the banner that says why and how to change it.
  await expect(page.getByRole('status').filter({ hasText: 'is approved and in force' })).toHaveText(
    /Revision 3 of POL-001 is approved and in force\. To change it, start a new revision\./,
  );
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await editor.getByText('Our commitments').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' typed into an approved policy');
  await expect(editor).not.toContainText('typed into an approved policy');
  await shot('revisions-approved-banner');
  expect(await violations(page, '.document-view')).toEqual([]);
  expect(await readFile(file, 'utf8')).toBe(approvedBytes);

  // Start new revision: editable, revision 4 beside 3 in force, recorded with who.
  await page.getByRole('button', { name: 'Start new revision' }).click();
  const header = page.locator('.document-header');
  await expect(header.locator('.status-badge')).toHaveText('Draft');
  await expect(header).toContainText('4 (3 in force)');
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  expect(await lastHistoryLine(workbench.projectDir)).toMatchObject({
    event: 'revision-started',
    by: 'Tom Okafor',
    document: 'POL-001',
    from: { revision: '3' },
    to: { status: 'draft', revision: '4' },
  });

  // Change a word: "commitments" becomes "promises".
  await editor.getByText('Our commitments').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.type('promises');
  await expect(editor).toContainText('Our promises');

  // Compare: the unsaved edit is saved first, then marked word by word.
  await page.getByRole('button', { name: 'Compare with revision 3' }).click();
  const compare = page.getByRole('region', { name: 'Changes from revision 3 to draft 4' });
  await expect(compare.getByText('1 block changed.')).toBeVisible();
  await expect(compare.locator('.compare-blocks del')).toHaveText(['deleted: commitments']);
  await expect(compare.locator('.compare-blocks ins')).toHaveText(['inserted: promises']);
  await expect(compare.locator('.compare-blocks del')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(compare.locator('.compare-blocks ins')).toHaveCSS('text-decoration-line', 'underline');
  await shot('revisions-compare');
  expect(await violations(page, '.document-view')).toEqual([]);

  // The revision in force beside the draft shows the approved text, read-only.
  await page.getByRole('button', { name: 'Show revision 3' }).click();
  await expect(compare).toBeHidden();
  const inForce = page.getByRole('region', { name: 'Revision 3, in force' });
  const inForceText = inForce.getByRole('textbox', { name: 'Revision 3 in force: document text' });
  await expect(inForceText).toContainText('Our commitments');
  await expect(inForceText).not.toContainText('Our promises');
  await expect(inForceText).toHaveAttribute('contenteditable', 'false');
  await expect(editor).toContainText('Our promises');
  await shot('revisions-side-by-side');
  expect(await violations(page, '.document-view')).toEqual([]);

  // Discard the draft, after a confirmation that names what is lost.
  await page.getByRole('button', { name: 'Discard draft revision…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard draft revision 4 of POL-001?' });
  await expect(dialog).toContainText('approved revision 3, which stays in force');
  await shot('revisions-discard-dialog');
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Discard revision 4' }).click();
  await expect(dialog).toBeHidden();
  await expect(header.locator('.status-badge')).toHaveText('Approved');
  await expect(editor).toContainText('Our commitments');
  await expect(editor).not.toContainText('Our promises');
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Start new revision' })).toBeVisible();
  expect(await lastHistoryLine(workbench.projectDir)).toMatchObject({
    event: 'revision-discarded',
    by: 'Tom Okafor',
    document: 'POL-001',
    from: { status: 'draft', revision: '4' },
    to: { status: 'approved', revision: '3' },
  });
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History' }).locator('li').first()).toContainText(
    'Draft revision 4 discarded; revision 3 remains in force',
  );
});

test('a first draft that was never approved offers no revision in force, compare or discard', async ({ page, workbench }) => {
  test.setTimeout(90_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await expect(workbench.editor(page)).toHaveAttribute('contenteditable', 'true');
  await expect(page.getByRole('button', { name: /Compare with revision/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Discard draft revision/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start new revision' })).toHaveCount(0);
});

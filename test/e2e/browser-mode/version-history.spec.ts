import fs from 'node:fs';
import git from 'isomorphic-git';
import { wcagViolations as violations } from './axe-violations';
import { expect, test } from './fixtures';

test('version history started from the profile keeps each new revision as a version, by who did it', async ({
  page,
  workbench,
}) => {
  test.setTimeout(90_000);
  await workbench.open(page);
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const history = page.getByRole('region', { name: 'Project profile' }).getByRole('group', { name: 'Version history' });
  await history.getByRole('button', { name: 'Keep version history' }).click();
  await expect(history).toContainText('On: each approval');

  await workbench.openDocument(page, 'Quality Policy');
  await page.getByRole('button', { name: 'Start new revision' }).click();
  await expect(workbench.editor(page)).toHaveAttribute('contenteditable', 'true');

  const log = await git.log({ fs, dir: workbench.projectDir });
  expect(log.map((entry) => entry.commit.message.trim())).toEqual([
    'POL-001 revision 4 started by Tom Okafor',
    'Version history started by Tom Okafor',
  ]);
  expect(log[0]?.commit.author.name).toBe('Tom Okafor');
});

test('the versions of a document are listed under its history, and the first approved one is compared with the current text', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  await workbench.open(page);
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const keep = page.getByRole('region', { name: 'Project profile' }).getByRole('group', { name: 'Version history' });
  await keep.getByRole('button', { name: 'Keep version history' }).click();
  await expect(keep).toContainText('On: each approval');

  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  const header = page.locator('.document-header');
  const editor = page.getByRole('textbox', { name: 'Nonconformity and Corrective Action: document text' });
  const approveAs = async (revision: string, by: string) => {
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(header.locator('.status-badge')).toHaveText('In review');
    await page.getByRole('button', { name: 'Approve…' }).click();
    const approve = page.getByRole('dialog', { name: `Approve PRO-002 revision ${revision}` });
    await approve.getByLabel('Approved by').fill(by);
    await approve.getByRole('button', { name: 'Approve' }).click();
    await expect(approve).toBeHidden();
    await expect(header.locator('.status-badge')).toHaveText('Approved');
  };

  // Revision 1 approved; revision 2 started, one word changed, approved.
  await approveAs('1', 'Elaine Marsh');
  await page.getByRole('button', { name: 'Start new revision' }).click();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  // "This procedure applies to …" under Scope becomes "Our procedure applies to …".
  await editor.getByText('Scope', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'This'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('Our');
  await expect(editor).toContainText('Our procedure applies to nonconforming material');
  await expect(workbench.saveStatus(page)).toHaveText(/Saved/);
  await approveAs('2', 'Q. Approver');

  // The versions, newest first, with who and why; no word of git.
  await page.getByRole('button', { name: 'History' }).click();
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(4);
  await expect(versions.locator('.history-what')).toHaveText([
    'PRO-002 revision 2 approved by Q. Approver',
    'PRO-002 revision 2 started by Tom Okafor',
    'PRO-002 revision 1 approved by Elaine Marsh: First issue.',
    'Version history started by Tom Okafor',
  ]);
  await expect(versions.locator('.history-who')).toHaveText(['Q. Approver', 'Tom Okafor', 'Elaine Marsh', 'Tom Okafor']);
  await expect(versions.locator('.version-state').first()).toHaveText('Revision 2, approved');
  await expect(versions).not.toContainText(/commit|branch|merge|git/i);

  // The first approved version beside the current text: the changed word marked.
  await versions
    .getByRole('listitem')
    .nth(2)
    .getByRole('button', { name: /^Compare with current/ })
    .click();
  const compare = page.getByRole('region', {
    name: /^Changes from the version of .* by Elaine Marsh to the current revision 2 \(approved\)$/,
  });
  await expect(compare.getByText('1 block changed.')).toBeVisible();
  await expect(compare.locator('.compare-blocks del')).toHaveText(['deleted: This']);
  await expect(compare.locator('.compare-blocks ins')).toHaveText(['inserted: Our']);
  await expect(compare.locator('.compare-blocks ins')).toHaveCSS('text-decoration-line', 'underline');
  expect(await violations(page, '.document-view')).toEqual([]);

  // Two versions with each other: revision 2 as approved against the draft it started from.
  await versions
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Compare with previous/ })
    .click();
  const between = page.getByRole('region', {
    name: /^Changes from the version of .* by Tom Okafor to the version of .* by Q\. Approver$/,
  });
  await expect(between.getByText('1 block changed.')).toBeVisible();
  await between.getByRole('button', { name: 'Close' }).click();
  await expect(between).toBeHidden();
});

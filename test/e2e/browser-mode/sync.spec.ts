import { join } from 'node:path';
import { cloneProject } from '../../../src-main/services/git/sync';
import { enableVersionHistory } from '../../../src-main/services/git/version-history';
import { type GitServer, startGitServer } from '../../support/git-server';
import { addParagraph, checkErrors, openStore, textOf } from '../../support/two-copies';
import { wcagViolations } from './axe-violations';
import { expect, test } from './fixtures';

/**
 * Two people share the sample project through a git server on loopback: Tom in the window,
 * Ann through the services. Tom's first Sync sends the project; Ann changes the draft Tom is
 * also changing; Tom's next Sync asks, and "keep both" leaves both texts as two documents.
 */

let server: GitServer;
test.beforeAll(async () => {
  server = await startGitServer();
});
test.afterAll(async () => {
  await server?.close();
});

test('Sync from the window sends the project, then resolves a document changed on both sides as "keep both"', async ({
  page,
  workbench,
}, testInfo) => {
  test.setTimeout(180_000);
  await enableVersionHistory(workbench.projectDir, 'Tom Okafor');
  await server.createBareRepo('harrow.git');
  const remote = server.url('harrow.git');
  await workbench.open(page);

  // The first Sync: the window asks where the shared project is.
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  const first = page.getByRole('dialog', { name: 'Sync with the shared project' });
  await first.getByLabel('Address of the shared project').fill(remote);
  await first.getByRole('button', { name: 'Sync', exact: true }).click();
  const finished = page.getByRole('dialog', { name: 'Sync finished' });
  await expect(finished).toContainText(`Synced with ${new URL(remote).host}`);
  await expect(finished).toContainText('Went out');
  await finished.getByRole('button', { name: 'Close' }).click();
  expect(await server.log('harrow.git')).toContainEqual(expect.stringContaining('Version history started by Tom Okafor'));

  // Ann brings the project to her machine and changes the nonconformity procedure.
  const annDir = join(testInfo.outputPath('ann'), 'harrow');
  await cloneProject(annDir, remote, {});
  const ann = await openStore(annDir);
  try {
    await addParagraph(ann, 'PRO-002', 'Ann: every complaint is logged within one working day.', 'Ann Lee');
    expect((await ann.sync({ by: 'Ann Lee' })).outcome).toBe('synced');
  } finally {
    await ann.close();
  }

  // Tom changes the same procedure in the window, offline from Ann.
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  const editor = workbench.editor(page);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tom: the quality manager reviews each complaint weekly.');
  await expect(workbench.saveStatus(page)).toContainText('Saved');

  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  const choices = page.getByRole('dialog', { name: 'Changed here and in the shared project' });
  await expect(choices).toContainText('PRO-002 Nonconformity and Corrective Action');
  await expect(choices).toContainText('Nothing has been changed yet');
  await choices.getByRole('button', { name: 'Compare the two versions of PRO-002' }).click();
  const compared = choices.getByRole('region', { name: "Changes from your version to Ann Lee's version" });
  // Ann's sentence is inserted, Tom's struck through (his words may fall in several marks).
  await expect(compared.locator('.compare-blocks ins', { hasText: 'logged within one working day' })).toHaveCount(1);
  await expect(compared.locator('.compare-blocks del', { hasText: 'weekly' }).first()).toBeVisible();
  expect(await wcagViolations(page, '[role="dialog"]')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('sync-choices.png') });
  await choices.getByRole('radio', { name: /Keep both \(Ann Lee's becomes a new document\)/ }).check();
  await choices.getByRole('button', { name: 'Finish sync' }).click();
  await expect(finished).toContainText('both kept; the other version is PRO-');
  await expect(finished).toContainText('Came in');
  expect(await wcagViolations(page, '[role="dialog"]')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('sync-summary.png') });
  const copy = /the other version is (PRO-\d{3})/.exec((await finished.textContent()) ?? '')?.[1] as string;
  await finished.getByRole('button', { name: 'Close' }).click();

  // Both texts are there, each in its own document; the window shows Ann's as a new draft.
  await expect(editor).toContainText('Tom: the quality manager reviews each complaint weekly.');
  await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText(
    "Nonconformity and Corrective Action (Ann Lee's version)",
  );
  expect(await textOf(workbench.projectDir, 'PRO-002')).toContain('reviews each complaint weekly');
  expect(await textOf(workbench.projectDir, 'PRO-002')).not.toContain('logged within one working day');
  expect(await textOf(workbench.projectDir, copy)).toContain('logged within one working day');
  expect(await checkErrors(workbench.projectDir)).toEqual([]);
  expect((await server.log('harrow.git'))[0]).toContain("Sync: Tom Okafor's work and Ann Lee's brought together");

  // A third copy, brought from the window: "Open a shared project…" in the project menu.
  const thirdDir = join(testInfo.outputPath('third'), 'harrow');
  await page.locator('.project-menu summary').click();
  await page.getByRole('button', { name: 'Open a shared project…' }).click();
  const open = page.getByRole('dialog', { name: 'Open a shared project' });
  await open.getByLabel('Address of the shared project').fill(remote);
  await expect(open.getByLabel('Folder on this computer')).toHaveValue(/harrow$/);
  await open.getByLabel('Folder on this computer').fill(thirdDir);
  expect(await wcagViolations(page, '[role="dialog"]')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('open-shared.png') });
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(open).toBeHidden({ timeout: 30_000 });
  // The window starts afresh on the copy it brought.
  await expect(page.locator('.project-menu-folder')).toHaveText(thirdDir);
  await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText(
    "Nonconformity and Corrective Action (Ann Lee's version)",
  );
  expect(await textOf(thirdDir, 'PRO-002')).toContain('reviews each complaint weekly');
  expect(await checkErrors(thirdDir)).toEqual([]);
});

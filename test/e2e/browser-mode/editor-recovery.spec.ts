import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { copySampleProject } from '../../support/paths';
import { type ServeProcess, startServeProcess } from '../../support/serve-process';
import { expect, test } from './fixtures';

// Recovery needs the page's origin (and so its port) to survive a restart of browser
// mode; these tests start their own servers WITHOUT --port, the way a user does.

const SIGNATURE = 'Elaine Marsh, Managing Director';
const TYPED = ' (signed after the outage)';

interface OwnProject {
  projectDir: string;
  serve: () => Promise<ServeProcess>;
}

async function ownProject(testInfo: TestInfo): Promise<OwnProject> {
  const projectDir = await copySampleProject(testInfo.outputPath('project'));
  const userData = testInfo.outputPath('user-data');
  await mkdir(userData, { recursive: true });
  await writeFile(join(userData, 'settings.json'), JSON.stringify({ userName: 'Tom Okafor' }));
  const serve = () =>
    startServeProcess(['--project', projectDir], {
      QMS_USER_DATA: userData,
      QMS_PROJECTS_DIR: testInfo.outputPath('projects'),
    });
  return { projectDir, serve };
}

/** A server killed outright, as a crash or a closed terminal would. */
async function kill(server: ServeProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await exited;
}

/** The policy is approved, so read-only: edits go into a new revision, started on purpose. */
async function startNewRevision(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start new revision' }).click();
  await expect(editor(page)).toHaveAttribute('contenteditable', 'true');
}

const saveStatus = (page: Page) => page.getByTestId('save-status');
// The document's editor, not the preview in the recovery dialog.
const editor = (page: Page) => page.locator('.editor-input:not(.preview-input)');
const policyFile = (projectDir: string) => join(projectDir, 'documents', 'POL-001.json');

/** Opens the Quality Policy, types at the end of the signature and kills the server before the save. */
async function typeThenLoseTheServer(page: Page, server: ServeProcess): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Quality Policy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quality Policy', exact: true })).toBeVisible();
  await startNewRevision(page);
  await editor(page).getByText(SIGNATURE).click();
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
  await kill(server);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'offline');
  await expect(saveStatus(page)).toHaveText('Offline — changes kept on this computer');
}

/**
 * The user opens the address the new server printed, in the same tab. Only the token in
 * the address's #fragment differs, which alone does not load the page again.
 */
async function reopen(page: Page, server: ServeProcess): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(server.url);
  await page.reload();
}

/** What the edit journal holds, read straight from the page's IndexedDB. */
function journalEntries(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('qms-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('journal').objectStore('journal').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test('edits typed while the server dies are offered back after a restart, and Recover saves them', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const { projectDir, serve } = await ownProject(testInfo);
  const first = await serve();
  let second: ServeProcess | null = null;
  try {
    await typeThenLoseTheServer(page, first);
    await page.screenshot({ path: testInfo.outputPath('offline-status.png') });
    expect(await readFile(policyFile(projectDir), 'utf8')).not.toContain(TYPED);

    second = await serve();
    // The same origin as before, so the page finds its journal again.
    expect(second.port).toBe(first.port);
    await reopen(page, second);

    const recovery = page.getByRole('dialog', { name: 'Unsaved changes to POL-001' });
    await expect(recovery).toBeVisible();
    await expect(recovery.getByRole('textbox', { name: 'Unsaved text of Quality Policy' })).toContainText(`${SIGNATURE}${TYPED}`);
    await page.screenshot({ path: testInfo.outputPath('recovery-dialog.png') });
    await recovery.getByRole('button', { name: 'Recover my changes' }).click();

    await expect(recovery).toBeHidden();
    await expect(editor(page)).toContainText(`${SIGNATURE}${TYPED}`);
    await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
    expect(await readFile(policyFile(projectDir), 'utf8')).toContain(`${SIGNATURE}${TYPED}`);
    await expect.poll(() => journalEntries(page)).toBe(0);
  } finally {
    await kill(first);
    if (second) await second.stop();
  }
});

test('Discard drops the journalled edits and shows the file as it is on disk', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const { projectDir, serve } = await ownProject(testInfo);
  const first = await serve();
  let second: ServeProcess | null = null;
  try {
    await typeThenLoseTheServer(page, first);
    second = await serve();
    expect(second.port).toBe(first.port);
    await reopen(page, second);

    const recovery = page.getByRole('dialog', { name: 'Unsaved changes to POL-001' });
    await expect(recovery).toContainText(TYPED);
    await recovery.getByRole('button', { name: 'Discard them' }).click();

    await expect(recovery).toBeHidden();
    await expect(editor(page)).toContainText(SIGNATURE);
    await expect(editor(page)).not.toContainText(TYPED);
    expect(await journalEntries(page)).toBe(0);
    expect(await readFile(policyFile(projectDir), 'utf8')).not.toContain(TYPED);

    // Nothing is offered again.
    await page.reload();
    await expect(editor(page)).toContainText(SIGNATURE);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    await kill(first);
    if (second) await second.stop();
  }
});

test('a file changed on disk behind unsaved edits: Keep both makes two documents with both texts', async ({
  page,
  workbench,
}, testInfo) => {
  test.setTimeout(120_000);
  // The smallest window the program supports: the three choices must still fit.
  await page.setViewportSize({ width: 1280, height: 720 });
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  await startNewRevision(page);
  // Hold every save back, so the edit is still unsaved when the file changes underneath it.
  await page.route('**/api/save-document', (route) => route.abort());
  await workbench.editor(page).getByText(SIGNATURE).click();
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'offline');

  const file = workbench.documentFile('POL-001');
  const theirs = (await readFile(file, 'utf8')).replace(SIGNATURE, 'Elaine Marsh, Chief Executive');
  await writeFile(file, theirs);
  await page.unroute('**/api/save-document');
  await page.getByRole('button', { name: 'Try again now' }).click();

  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'conflict');
  const keepBoth = page.getByRole('button', { name: 'Keep both (save my text as a new document)' });
  await expect(keepBoth).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('conflict-banner.png') });
  await keepBoth.click();

  await expect(page.getByRole('status').filter({ hasText: 'Your text is kept as POL-' })).toBeVisible();
  await expect(workbench.editor(page)).toContainText('Elaine Marsh, Chief Executive');
  await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText('Quality Policy (my copy)');

  expect(await readFile(file, 'utf8')).toBe(theirs);
  const names = await readdir(join(workbench.projectDir, 'documents'));
  const copies = [];
  for (const name of names) {
    const text = await readFile(join(workbench.projectDir, 'documents', name), 'utf8');
    if (text.includes('Quality Policy (my copy)')) copies.push(text);
  }
  expect(copies).toHaveLength(1);
  expect(copies[0]).toContain(`${SIGNATURE}${TYPED}`);
  expect(copies[0]).toContain('"status": "draft"');
});

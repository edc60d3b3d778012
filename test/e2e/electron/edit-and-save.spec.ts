import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { installedElectron } from '../../support/electron-binary';
import { copySampleProject, REPO_ROOT } from '../../support/paths';

const electron = installedElectron();

// biome-ignore lint/correctness/noEmptyPattern: Playwright passes fixtures first; this test uses none.
test('the desktop window edits, saves and reopens a document', async ({}, testInfo) => {
  if (electron.path === null) {
    // Reported as skipped, with the reason in one line, where no Electron binary can be had.
    console.log(`Electron test skipped: ${electron.reason}.`);
    testInfo.skip(true, electron.reason);
    return;
  }
  const project = await copySampleProject(testInfo.outputPath('project'));
  const launch = () =>
    _electron.launch({
      executablePath: electron.path as string,
      args: [REPO_ROOT, '--project', project],
      env: { ...process.env, QMS_USER_DATA: testInfo.outputPath('user-data') } as Record<string, string>,
    });

  let app = await launch();
  let window = await app.firstWindow();
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  // A draft: an approved document opens read-only until a new revision is started.
  await window.getByRole('button', { name: /Nonconformity and Corrective Action/ }).click();
  await window.locator('.editor-input').getByText('Purpose', { exact: true }).click();
  await window.keyboard.press('End');
  await window.keyboard.type(' (desktop)');
  await window.keyboard.press('Control+s');
  await expect(window.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  expect(await readFile(join(project, 'documents', 'PRO-002.json'), 'utf8')).toContain('Purpose (desktop)');
  await app.close();

  app = await launch();
  window = await app.firstWindow();
  await expect(window.locator('.editor-input')).toContainText('Purpose (desktop)');
  await app.close();
});

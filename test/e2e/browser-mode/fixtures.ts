import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { copySampleProject } from '../../support/paths';
import { type ServeProcess, startServeProcess } from '../../support/serve-process';

export interface Workbench {
  server: ServeProcess;
  /** This test's own copy of the sample project. */
  projectDir: string;
  /** This test's user data folder (settings). */
  userData: string;
  /** Where "New project" suggests new projects go. */
  projectsDir: string;
  documentFile: (id: string) => string;
  /** Opens the printed address and waits for the document list. */
  open: (page: Page) => Promise<void>;
  /** Clicks a document in the list and waits until the editor holds it. */
  openDocument: (page: Page, title: string) => Promise<void>;
  editor: (page: Page) => Locator;
  saveStatus: (page: Page) => Locator;
}

/**
 * Each test gets its own project folder, user data folder and browser-mode server. The
 * user has said who they are before (`userName`), unless a test sets it to null to
 * see the first run.
 */
export const test = base.extend<{ workbench: Workbench; userName: string | null }>({
  userName: ['Tom Okafor', { option: true }],
  workbench: async ({ userName }, use, testInfo) => {
    const projectDir = await copySampleProject(testInfo.outputPath('project'));
    const userData = testInfo.outputPath('user-data');
    const projectsDir = testInfo.outputPath('projects');
    if (userName) {
      await mkdir(userData, { recursive: true });
      await writeFile(join(userData, 'settings.json'), JSON.stringify({ userName }));
    }
    const server = await startServeProcess(['--project', projectDir, '--port', '0'], {
      QMS_USER_DATA: userData,
      QMS_PROJECTS_DIR: projectsDir,
    });
    await use({
      server,
      projectDir,
      userData,
      projectsDir,
      documentFile: (id) => join(projectDir, 'documents', `${id}.json`),
      open: async (page) => {
        await page.goto(server.url);
        await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible();
      },
      openDocument: async (page, title) => {
        await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: title }).click();
        await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
        await expect(page.getByRole('textbox', { name: `${title}: document text` })).toBeVisible();
      },
      // The document's editor, not the read-only preview that the template gallery and dialogs show.
      editor: (page) => page.locator('.editor-input:not(.preview-input)'),
      saveStatus: (page) => page.getByTestId('save-status'),
    });
    await server.stop();
  },
});

export { expect };

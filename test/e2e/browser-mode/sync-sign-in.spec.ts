import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { enableVersionHistory } from '../../../src-main/services/git/version-history';
import { startGitServer } from '../../support/git-server';
import { wcagViolations } from './axe-violations';
import { expect, test } from './fixtures';

/** Sync from the window to a server that wants a sign-in: refused, then accepted; the password is kept nowhere on disk. */
test('Sync asks for a sign-in, says when it is refused, keeps the user name, and syncs once it is right', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  const server = await startGitServer({ auth: { username: 'tom', password: 'right-7731' } });
  try {
    await server.createBareRepo('h.git');
    await enableVersionHistory(workbench.projectDir, 'Tom Okafor');
    await workbench.open(page);
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    const d = page.getByRole('dialog', { name: 'Sync with the shared project' });
    await d.getByLabel('Address of the shared project').fill('https://tom:pw@git.example.com/h.git');
    await expect(d).toContainText('Leave the user name and password out of the address');
    await expect(d.getByRole('button', { name: 'Sync', exact: true })).toBeDisabled();
    expect(await wcagViolations(page, '[role="dialog"]')).toEqual([]);
    await d.getByLabel('Address of the shared project').fill(server.url('h.git'));
    await d.getByRole('button', { name: 'Sync', exact: true }).click();
    const s = page.getByRole('dialog', { name: 'Sign in to the shared project' });
    await expect(s).toBeVisible();
    await s.getByLabel('User name').fill('tom');
    await s.getByLabel('Password or access token').fill('wrong');
    await s.getByRole('button', { name: 'Sign in and sync' }).click();
    await expect(s).toContainText('refused the sign-in');
    expect(await wcagViolations(page, '[role="dialog"]')).toEqual([]);
    await expect(s.getByLabel('User name')).toHaveValue('tom');
    await s.getByLabel('Password or access token').fill('right-7731');
    await s.getByRole('button', { name: 'Sign in and sync' }).click();
    await expect(page.getByRole('dialog', { name: 'Sync finished' })).toContainText('Went out (4)');
    expect(await server.log('h.git')).toEqual(['Version history started by Tom Okafor']);
    const config = await readFile(join(workbench.projectDir, '.git', 'config'), 'utf8');
    expect(config).toContain(server.url('h.git'));
    expect(config).not.toContain('right-7731');
    expect(await readFile(join(workbench.userData, 'settings.json'), 'utf8')).not.toContain('right-7731');
  } finally {
    await server.close();
  }
});

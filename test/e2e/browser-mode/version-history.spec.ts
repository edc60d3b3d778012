import fs from 'node:fs';
import git from 'isomorphic-git';
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

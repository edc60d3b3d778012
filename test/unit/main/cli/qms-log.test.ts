import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleProject } from '../../../support/paths';
import { qmsInProcess as qms } from '../../../support/qms-in-process';
import { useTempDirs } from '../../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../support/timeouts';

// In process: the same commands, exit codes and output as bin/qms.cjs. Each makes a project and
// several commits; on a busy two-core machine that can take longer than vitest's default.
describe('qms new --git and qms log', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  it('lists the approval trail of the project and of one document, as text and as JSON', async () => {
    const root = await tempDir();
    const dir = join(root, 'acme');
    const created = await qms(['new', dir, '--org', 'Acme Ltd', '--essentials', '--git', '--by', 'Tom Okafor', '--json'], root);
    expect(created.code).toBe(0);
    expect(existsSync(join(dir, '.git'))).toBe(true);
    const [first, second] = JSON.parse(created.stdout).documents as string[];
    const id = first as string;
    expect(await qms(['status', dir, id, 'in-review', '--by', 'Tom Okafor'], root)).toMatchObject({ code: 0 });
    expect(await qms(['status', dir, id, 'approved', '--by', 'Q. Approver'], root)).toMatchObject({ code: 0 });

    const text = await qms(['log', dir], root);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  Q\\. Approver  ${id} revision 1 approved by Q\\. Approver: First issue\\.$`,
      ),
    );
    expect(lines[1]).toMatch(/ {2}Tom Okafor {2}Version history started by Tom Okafor$/);

    const ofDocument = await qms(['log', dir, id, '--json'], root);
    expect(ofDocument.code).toBe(0);
    const commits = JSON.parse(ofDocument.stdout) as Array<Record<string, string>>;
    expect(commits.map((commit) => [commit.author, commit.message])).toEqual([
      ['Q. Approver', `${id} revision 1 approved by Q. Approver: First issue.`],
      ['Tom Okafor', 'Version history started by Tom Okafor'],
    ]);
    expect(commits[0]?.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(commits[0]?.id).toMatch(/^[0-9a-f]{40}$/);
    // Another document has only the first commit.
    const other = JSON.parse((await qms(['log', dir, second as string, '--json'], root)).stdout) as unknown[];
    expect(other).toHaveLength(1);

    expect(await qms(['check', dir], root)).toMatchObject({ code: 0 });
  });

  it('says so, with exit 1, for a project without version history and for a document that is not there', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'sample'));
    const plain = await qms(['log', dir], root);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe(`qms log: ${dir} keeps no version history: it is not a git repository (qms new --git).\n`);

    const gitDir = join(root, 'acme');
    expect((await qms(['new', gitDir, '--org', 'Acme Ltd', '--git', '--by', 'Tom Okafor'], root)).code).toBe(0);
    const missing = await qms(['log', gitDir, 'PRO-042'], root);
    expect(missing).toMatchObject({ code: 1, stderr: 'qms log: There is no document PRO-042 in this project.\n' });
    expect((await qms(['log', gitDir, 'not-a-number'], root)).code).toBe(2);
    expect((await qms(['log'], root)).code).toBe(2);
  });

  it('refuses --by without --essentials or --git, as before', async () => {
    const root = await tempDir();
    const refused = await qms(['new', join(root, 'acme'), '--org', 'Acme Ltd', '--by', 'Tom Okafor'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n')[0]).toBe('qms new: --by goes with --essentials or --git: nothing else is recorded.');
  });

  it('starts version history in an existing project and keeps a version of the drafts on request', async () => {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'harrow'));
    expect((await qms(['log', dir], root)).code).toBe(1);
    const started = await qms(['start-history', dir, '--by', 'Elaine Marsh'], root);
    expect(started).toEqual({
      code: 0,
      stdout: `${dir} now keeps its version history with git (first commit by Elaine Marsh).\n`,
      stderr: '',
    });
    const again = await qms(['start-history', dir, '--by', 'Elaine Marsh'], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already keeps its version history with git');

    expect(await qms(['keep-drafts', dir, '--by', 'Elaine Marsh'], root)).toMatchObject({
      code: 0,
      stdout: 'Nothing has changed since the last version.\n',
    });
    const edit = await qms(['status', dir, 'PRO-002', 'in-review', '--by', 'Priya Raman'], root);
    expect(edit.code).toBe(0);
    const kept = await qms(['keep-drafts', dir, '--by', 'Priya Raman', '--json'], root);
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout)).toEqual({ files: 2, documents: ['PRO-002'] });
    const log = (await qms(['log', dir], root)).stdout.trimEnd().split('\n');
    expect(log[0]).toMatch(/ {2}Priya Raman {2}Drafts of Priya Raman kept: PRO-002$/);
    expect(log.at(-1)).toMatch(/ {2}Elaine Marsh {2}Version history started by Elaine Marsh$/);
  });
});

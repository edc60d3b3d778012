import fs, { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveRef } from 'isomorphic-git';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../../src-shared/api/contract';
import { type GitServer, startGitServer, unreachableGitUrl } from '../../../support/git-server';
import { qmsAsync } from '../../../support/qms-bin';
import { qmsInProcess as qms } from '../../../support/qms-in-process';
import { useTempDirs } from '../../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../support/timeouts';
import { addParagraph, folderSnapshot, newGitProject, newSharedProject, openStore, textOf } from '../../../support/two-copies';

/**
 * `qms sync` against a real git server on loopback (git http-backend): the first copy, what a
 * sync says it sent and received, the exit codes and one-line errors, the choices for a
 * document changed on both copies, --json, and a sign-in from QMS_GIT_TOKEN. In process except
 * one test, which runs the real binary to prove the process boundary.
 */

let server: GitServer;

beforeAll(async () => {
  server = await startGitServer();
}, PROCESS_TEST_TIMEOUT_MS);
afterAll(() => server?.close());

/** A paragraph saved into a document as the editor would, with the project closed again (qms takes its lock). */
async function edit(dir: string, id: string, text: string, by: string) {
  const store = await openStore(dir);
  try {
    await addParagraph(store, id, text, by);
  } finally {
    await store.close();
  }
}

async function titleOf(dir: string, id: string): Promise<string> {
  return JSON.parse(await readFile(join(dir, 'documents', `${id}.json`), 'utf8')).meta.title;
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('qms sync', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** Ann's project, sent to an empty shared project with `qms sync --remote`, and Ben's first copy of it by qms. */
  async function shared() {
    const root = await tempDir();
    const { name, remote, annDir, benDir } = await newSharedProject(server, root);
    const first = await qms(['sync', annDir, '--remote', remote, '--by', 'Ann Lee'], root);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(lines(first.stdout)[0]).toBe(`Synced with ${remote}.`);
    expect(lines(first.stdout)[1]).toMatch(/^Went out: .*POL-001 Quality Policy; .*PRO-001 /);
    return { root, name, remote, annDir, benDir };
  }

  it('brings the first copy into a new folder, then says what each sync sent and received', async () => {
    const { root, name, remote, annDir, benDir } = await shared();
    const cloned = await qms(['sync', benDir, '--remote', remote], root);
    expect(cloned).toEqual({ code: 0, stdout: `Brought the shared project from ${remote} to ${benDir}.\n`, stderr: '' });
    expect(await qms(['check', benDir], root)).toMatchObject({ code: 0 });
    expect((await qms(['list', benDir, '--json'], root)).stdout).toBe((await qms(['list', annDir, '--json'], root)).stdout);

    await edit(annDir, 'POL-001', 'Ann: customer focus comes first.', 'Ann Lee');
    const sent = await qms(['sync', annDir, '--by', 'Ann Lee'], root);
    expect(sent).toMatchObject({ code: 0, stderr: '' });
    expect(lines(sent.stdout)).toEqual([
      `Synced with ${remote}.`,
      'Went out: POL-001 Quality Policy',
      'Your drafts were kept in the version history first (1 file).',
    ]);

    const received = await qms(['sync', benDir, '--by', 'Ben Cole'], root);
    expect(received).toMatchObject({ code: 0, stderr: '' });
    expect(lines(received.stdout)).toEqual([`Synced with ${remote}.`, 'Came in: POL-001 Quality Policy']);
    expect(await textOf(benDir, 'POL-001')).toContain('Ann: customer focus comes first.');

    expect(await qms(['sync', benDir, '--by', 'Ben Cole'], root)).toEqual({
      code: 0,
      stdout: `Up to date with ${remote}.\n`,
      stderr: '',
    });
    expect(await server.log(name)).toContainEqual(expect.stringContaining('Drafts of Ann Lee'));
  });

  it('makes no first copy where it cannot: a folder that is not empty, an empty shared project, an unknown one', async () => {
    const { root, remote } = await shared();
    const busy = join(root, 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'notes.txt'), 'mine');
    expect(await qms(['sync', busy, '--remote', remote], root)).toEqual({
      code: 1,
      stdout: '',
      stderr: `qms sync: ${busy} is not empty: a shared project is brought to an empty or new folder.\n`,
    });
    expect(await readFile(join(busy, 'notes.txt'), 'utf8')).toBe('mine');

    await server.createBareRepo('nothing-yet.git');
    const empty = await qms(['sync', join(root, 'from-empty'), '--remote', server.url('nothing-yet.git')], root);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(
      /^qms sync: 127\.0\.0\.1:\d+ holds no QMS project at .*nothing-yet\.git .*Nothing was kept\.\n$/,
    );
    expect(existsSync(join(root, 'from-empty'))).toBe(false);

    const missing = await qms(['sync', join(root, 'from-missing'), '--remote', server.url('missing.git')], root);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/has no shared project at .*missing\.git \(404\)\. Nothing was changed\.\n$/);
    expect(existsSync(join(root, 'from-missing'))).toBe(false);
  });

  it('exits 1 naming the host when the server cannot be reached, and changes nothing', async () => {
    const { root, remote, benDir } = await shared();
    expect((await qms(['sync', benDir, '--remote', remote], root)).code).toBe(0);
    await edit(benDir, 'PRO-001', 'Ben: an unsent change.', 'Ben Cole');
    const before = await folderSnapshot(benDir);
    const unreachable = await unreachableGitUrl();
    const host = new URL(unreachable).host;
    expect(await qms(['sync', benDir, '--remote', unreachable, '--by', 'Ben Cole'], root)).toEqual({
      code: 1,
      stdout: '',
      stderr: `qms sync: Could not reach ${host} (ECONNREFUSED): work on offline and sync later. Nothing was changed.\n`,
    });
    expect(await folderSnapshot(benDir)).toEqual(before);
    // No first copy either, and no folder left behind.
    const nowhere = await qms(['sync', join(root, 'carol'), '--remote', unreachable], root);
    expect(nowhere).toMatchObject({ code: 1, stdout: '' });
    expect(nowhere.stderr).toContain(`Could not reach ${host}`);
    expect(existsSync(join(root, 'carol'))).toBe(false);
    // The shared project it knows is still the one it syncs with.
    expect(lines((await qms(['sync', benDir, '--by', 'Ben Cole'], root)).stdout)[0]).toBe(`Synced with ${remote}.`);
  });

  it('exits 1 with the server’s reason when it refuses the changes, and changes nothing', async () => {
    const { root, remote, benDir } = await shared();
    expect((await qms(['sync', benDir, '--remote', remote], root)).code).toBe(0);
    await edit(benDir, 'PRO-001', 'Ben: refused change.', 'Ben Cole');
    const before = await folderSnapshot(benDir);
    const guarded = await startGitServer({ rejectPush: () => 'Pushes are frozen during the audit' });
    try {
      await guarded.createBareRepo('frozen.git');
      const refused = await qms(['sync', benDir, '--remote', guarded.url('frozen.git'), '--by', 'Ben Cole'], root);
      expect(refused).toMatchObject({ code: 1, stdout: '' });
      expect(lines(refused.stderr)).toHaveLength(1);
      expect(refused.stderr).toMatch(/^qms sync: 127\.0\.0\.1:\d+ refused the changes: .*Pushes are frozen during the audit/);
      expect(refused.stderr).toContain('Nothing was changed here.');
      expect(await folderSnapshot(benDir)).toEqual(before);
      expect(await guarded.log('frozen.git')).toEqual([]);
    } finally {
      await guarded.close();
    }
  });

  it('exits 2 for a --choose it cannot read, naming the part, before anything is touched', async () => {
    const { root, annDir } = await shared();
    await edit(annDir, 'PRO-001', 'Ann: unsent.', 'Ann Lee');
    const before = await folderSnapshot(annDir);
    for (const [choose, part] of [
      ['PRO-001=maybe', 'PRO-001=maybe'],
      ['PRO-001', 'PRO-001'],
      ['=mine', '=mine'],
      ['not-a-number=mine', 'not-a-number=mine'],
      ['POL-001=mine,PRO-001=yours', 'PRO-001=yours'],
      ['PRO-001=mine,', ''],
      ['PRO-001=mine=theirs', 'PRO-001=mine=theirs'],
    ] as const) {
      const wrong = await qms(['sync', annDir, '--by', 'Ann Lee', '--choose', choose], root);
      expect(wrong.code, choose).toBe(2);
      expect(lines(wrong.stderr), choose).toEqual([
        `qms sync: "${part}" in --choose is not <docId>=mine|theirs|both, such as PRO-002=mine.`,
        expect.stringMatching(/^Usage: qms sync <dir>/),
      ]);
    }
    const twice = await qms(['sync', annDir, '--by', 'Ann Lee', '--choose', 'PRO-001=mine,PRO-001=theirs'], root);
    expect(twice.code).toBe(2);
    expect(lines(twice.stderr)[0]).toBe('qms sync: --choose names PRO-001 twice.');
    const bare = await qms(['sync', annDir, '--choose'], root);
    expect(bare.code).toBe(2);
    expect(lines(bare.stderr)[0]).toBe('qms sync: --choose needs a value.');
    expect(await folderSnapshot(annDir)).toEqual(before);
  });

  it('lists a document changed on both copies with the --choose hint, changing nothing; then keeps both when told', async () => {
    const { root, name, remote, annDir, benDir } = await shared();
    expect((await qms(['sync', benDir, '--remote', remote], root)).code).toBe(0);
    const title = await titleOf(annDir, 'PRO-001');
    await edit(annDir, 'PRO-001', 'Ann: records are kept for 3 years (Ann-7781).', 'Ann Lee');
    await edit(benDir, 'PRO-001', 'Ben: records are kept for 5 years (Ben-4412).', 'Ben Cole');
    await edit(benDir, 'POL-001', 'Ben: a change nobody else made.', 'Ben Cole');
    expect((await qms(['sync', annDir, '--by', 'Ann Lee'], root)).code).toBe(0);
    const serverBefore = await server.log(name);
    const before = await folderSnapshot(benDir);

    const asked = await qms(['sync', benDir, '--by', 'Ben Cole'], root);
    expect(asked).toMatchObject({ code: 1, stderr: '' });
    expect(lines(asked.stdout)).toEqual([
      'Nothing was changed: a document was changed both here and in the shared project.',
      `  PRO-001 "${title}": yours (Ben Cole, draft 1) and Ann Lee's (draft 1)`,
      'Choose for each and sync again: --choose PRO-001=mine|theirs|both',
    ]);
    expect(await folderSnapshot(benDir)).toEqual(before);
    expect(await server.log(name)).toEqual(serverBefore);

    // Choices for other documents than the one asked about do not answer it.
    expect((await qms(['sync', benDir, '--by', 'Ben Cole', '--choose', 'POL-001=mine'], root)).code).toBe(1);
    expect(await folderSnapshot(benDir)).toEqual(before);

    const chosen = await qms(['sync', benDir, '--by', 'Ben Cole', '--choose', 'PRO-001=both'], root);
    expect(chosen).toMatchObject({ code: 0, stderr: '' });
    const summary = lines(chosen.stdout);
    expect(summary[0]).toBe(`Synced with ${remote}.`);
    const copy = /^PRO-001: both kept, theirs as (PRO-\d{3})\.$/.exec(summary.at(-1) as string)?.[1] as string;
    expect(copy).toBeDefined();
    expect(summary).toContain(`Your drafts were kept in the version history first (2 files).`);
    expect(await textOf(benDir, 'PRO-001')).toContain('Ben-4412');
    expect(await textOf(benDir, copy)).toContain('Ann-7781');
    expect(await titleOf(benDir, copy)).toBe(`${title} (Ann Lee's version)`);
    expect(await qms(['check', benDir], root)).toMatchObject({ code: 0 });

    // Ann receives both, and her project checks clean too.
    const annIn = await qms(['sync', annDir, '--by', 'Ann Lee'], root);
    expect(annIn.code).toBe(0);
    expect(annIn.stdout).toContain(`Came in: `);
    expect(annIn.stdout).toContain(`${copy} ${title} (Ann Lee's version)`);
    expect(await textOf(annDir, copy)).toContain('Ann-7781');
    expect(await qms(['check', annDir], root)).toMatchObject({ code: 0 });
  });

  it('answers --json in the shape the window receives: first copy, sync, and choices asked', async () => {
    const { root, remote, annDir, benDir } = await shared();
    const cloned = await qms(['sync', benDir, '--remote', remote, '--json'], root);
    expect(cloned.code).toBe(0);
    expect(JSON.parse(cloned.stdout)).toEqual({ outcome: 'cloned', remote, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });

    await edit(annDir, 'POL-001', 'Ann: customer focus comes first.', 'Ann Lee');
    const sent = await qms(['sync', annDir, '--by', 'Ann Lee', '--json'], root);
    expect(sent).toMatchObject({ code: 0, stderr: '' });
    const answer = JSON.parse(sent.stdout);
    expect(contract.sync.response.parse(answer)).toEqual(answer);
    expect(answer).toEqual({
      outcome: 'synced',
      remote,
      received: [],
      sent: [{ id: 'POL-001', title: 'Quality Policy' }],
      draftsKept: 1,
      upToDate: false,
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      renumbered: [],
      reconciled: [],
      approvalsKept: [],
      profileClashes: [],
      keptTwice: [],
    });

    await edit(annDir, 'PRO-001', 'Ann: one version.', 'Ann Lee');
    expect((await qms(['sync', annDir, '--by', 'Ann Lee'], root)).code).toBe(0);
    await edit(benDir, 'PRO-001', 'Ben: another version.', 'Ben Cole');
    const asked = await qms(['sync', benDir, '--by', 'Ben Cole', '--json'], root);
    expect(asked.code).toBe(1);
    const clashes = JSON.parse(asked.stdout);
    expect(contract.sync.response.parse(clashes)).toEqual(clashes);
    expect(clashes).toEqual({
      outcome: 'needs-choices',
      remote,
      clashes: [
        {
          id: 'PRO-001',
          title: await titleOf(benDir, 'PRO-001'),
          mine: { by: 'Ben Cole', status: 'draft', revision: '1' },
          theirs: {
            by: 'Ann Lee',
            status: 'draft',
            revision: '1',
            title: await titleOf(benDir, 'PRO-001'),
            // The shared project's version holding Ann's text: what Ann's sync left on the server.
            version: await resolveRef({ fs, dir: annDir, ref: 'HEAD' }),
          },
        },
      ],
    });
  });

  it('signs in with QMS_GIT_TOKEN (and QMS_GIT_USERNAME) where the server asks, and writes it nowhere', async () => {
    const locked = await startGitServer({ auth: { username: 'ann.lee', password: 'glpat-S3cret' } });
    try {
      await locked.createBareRepo('locked.git');
      const remote = locked.url('locked.git');
      const root = await tempDir();
      const annDir = join(root, 'ann');
      await newGitProject(annDir, 'Ann Lee');
      const before = await folderSnapshot(annDir);
      vi.stubEnv('QMS_GIT_TOKEN', '');
      vi.stubEnv('QMS_GIT_PASSWORD', '');
      vi.stubEnv('QMS_GIT_USERNAME', '');

      const none = await qms(['sync', annDir, '--remote', remote, '--by', 'Ann Lee'], root);
      expect(none).toMatchObject({ code: 1, stdout: '' });
      expect(none.stderr).toMatch(/^qms sync: 127\.0\.0\.1:\d+ asks for a sign-in: .*Nothing was changed\.\n$/);

      vi.stubEnv('QMS_GIT_TOKEN', 'glpat-S3cret');
      const wrongUser = await qms(['sync', annDir, '--remote', remote, '--by', 'Ann Lee'], root);
      expect(wrongUser).toMatchObject({ code: 1, stdout: '' });
      expect(wrongUser.stderr).toContain('refused the sign-in');
      expect(await folderSnapshot(annDir)).toEqual(before);

      vi.stubEnv('QMS_GIT_USERNAME', 'ann.lee');
      const ok = await qms(['sync', annDir, '--remote', remote, '--by', 'Ann Lee'], root);
      expect(ok).toMatchObject({ code: 0, stderr: '' });
      expect(await locked.log('locked.git')).toHaveLength(1);

      const benDir = join(root, 'ben');
      expect((await qms(['sync', benDir, '--remote', remote], root)).code).toBe(0);
      for (const dir of [annDir, benDir]) {
        const config = await readFile(join(dir, '.git', 'config'), 'utf8');
        expect(config).toContain(remote);
        expect(config).not.toContain('S3cret');
      }
    } finally {
      await locked.close();
    }
  });

  it('works through the real qms binary: a first copy and a sync, signed in from the environment', async () => {
    const locked = await startGitServer({ auth: { username: 'token', password: 'bin-token-77' } });
    try {
      await locked.createBareRepo('bin.git');
      const remote = locked.url('bin.git');
      const root = await tempDir();
      const annDir = join(root, 'ann');
      await newGitProject(annDir, 'Ann Lee');
      const store = await openStore(annDir);
      expect(
        (await store.sync({ by: 'Ann Lee', remote, credentials: () => ({ username: 'token', password: 'bin-token-77' }) }))
          .outcome,
      ).toBe('synced');
      await store.close();

      const env = { QMS_GIT_TOKEN: 'bin-token-77', QMS_GIT_USERNAME: '', QMS_GIT_PASSWORD: '' };
      const benDir = join(root, 'ben');
      expect(await qmsAsync(['sync', benDir, '--remote', remote], root, env)).toEqual({
        code: 0,
        stdout: `Brought the shared project from ${remote} to ${benDir}.\n`,
        stderr: '',
      });
      await edit(benDir, 'PRO-002', 'Ben: sent through the binary.', 'Ben Cole');
      const sent = await qmsAsync(['sync', benDir, '--by', 'Ben Cole'], root, env);
      expect(sent).toMatchObject({ code: 0, stderr: '' });
      expect(lines(sent.stdout)).toEqual([
        `Synced with ${remote}.`,
        `Went out: PRO-002 ${await titleOf(benDir, 'PRO-002')}`,
        'Your drafts were kept in the version history first (1 file).',
      ]);
      expect(await locked.log('bin.git')).toContainEqual(expect.stringContaining('Drafts of Ben Cole'));
      // Without the token, the binary exits 1 with one line naming the host.
      const refused = await qmsAsync(['sync', benDir, '--by', 'Ben Cole'], root, { ...env, QMS_GIT_TOKEN: '' });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `qms sync: ${new URL(remote).host} asks for a sign-in: give a user name and password (or access token). Nothing was changed.\n`,
      );
    } finally {
      await locked.close();
    }
  });
});

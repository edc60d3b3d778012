import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { log } from 'isomorphic-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneProject } from '../../../../../src-main/services/git/sync';
import type { ProjectStore } from '../../../../../src-main/services/project-store';
import { type GitServer, startGitServer, unreachableGitUrl } from '../../../../support/git-server';
import { useTempDirs } from '../../../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../../support/timeouts';
import { addParagraph, checkErrors, folderSnapshot, newSharedProject, openStore, textOf } from '../../../../support/two-copies';

/**
 * Two people, Ann and Ben, each with a copy of one project, syncing through a real git
 * server on loopback (git http-backend): what each sees after sync, and what `qms check` says.
 */

let server: GitServer;

beforeAll(async () => {
  server = await startGitServer();
}, PROCESS_TEST_TIMEOUT_MS);
afterAll(() => server?.close());

describe('sync with a shared project', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  /** Ann's project on the server, and Ben's copy of it: both opened as the program would. */
  async function twoCopies() {
    const { name, remote, annDir, benDir } = await newSharedProject(server, await tempDir());
    const ann = await openStore(annDir);
    const first = await ann.sync({ by: 'Ann Lee', remote });
    expect(first.outcome).toBe('synced');
    await cloneProject(benDir, remote, {});
    const ben = await openStore(benDir);
    return { remote, name, annDir, benDir, ann, ben, close: () => Promise.all([ann.close(), ben.close()]) };
  }

  const synced = async (store: ProjectStore, by: string, choices?: Record<string, 'mine' | 'theirs' | 'both'>) => {
    const result = await store.sync({ by, choices });
    if (result.outcome !== 'synced') throw new Error(`expected a sync, got ${JSON.stringify(result)}`);
    return result;
  };

  it('merges edits of different documents made on both copies, and both end with both', async () => {
    const c = await twoCopies();
    try {
      await addParagraph(c.ann, 'POL-001', 'Ann wrote this about customer focus.', 'Ann Lee');
      await addParagraph(c.ben, 'PRO-001', 'Ben wrote this about document control.', 'Ben Cole');
      // Events on different documents on both sides: both history lines stay, each chain whole.
      await c.ann.changeStatus('PRO-003', { to: 'in-review', by: 'Ann Lee' });
      await c.ben.changeStatus('PRO-004', { to: 'in-review', by: 'Ben Cole' });
      const annOut = await synced(c.ann, 'Ann Lee');
      expect(annOut.sent.map((d) => d.id)).toEqual(['POL-001', 'PRO-003']);
      const benSync = await synced(c.ben, 'Ben Cole');
      expect(benSync.received.map((d) => d.id)).toEqual(['POL-001', 'PRO-003']);
      expect(benSync.sent.map((d) => d.id)).toContain('PRO-001');
      const annIn = await synced(c.ann, 'Ann Lee');
      expect(annIn.received.map((d) => d.id)).toContain('PRO-001');
      for (const dir of [c.annDir, c.benDir]) {
        expect(await textOf(dir, 'POL-001')).toContain('Ann wrote this about customer focus.');
        expect(await textOf(dir, 'PRO-001')).toContain('Ben wrote this about document control.');
        const store = dir === c.annDir ? c.ann : c.ben;
        expect((await store.history('PRO-003')).at(-1)).toMatchObject({ by: 'Ann Lee', to: { status: 'in-review' } });
        expect((await store.history('PRO-004')).at(-1)).toMatchObject({ by: 'Ben Cole', to: { status: 'in-review' } });
        expect(await checkErrors(dir)).toEqual([]);
      }
      // A third sync has nothing to do.
      expect((await synced(c.ann, 'Ann Lee')).upToDate).toBe(true);
    } finally {
      await c.close();
    }
  });

  it('asks about a document changed on both copies, changes nothing until asked, then keeps both as two documents', async () => {
    const c = await twoCopies();
    try {
      await addParagraph(c.ann, 'PRO-001', 'Ann: records are kept for 3 years (Ann-7781).', 'Ann Lee');
      await synced(c.ann, 'Ann Lee');
      await addParagraph(c.ben, 'PRO-001', 'Ben: records are kept for 5 years (Ben-4412).', 'Ben Cole');
      const before = await folderSnapshot(c.benDir);
      const asked = await c.ben.sync({ by: 'Ben Cole' });
      expect(asked.outcome).toBe('needs-choices');
      if (asked.outcome !== 'needs-choices') return;
      expect(asked.clashes).toEqual([
        expect.objectContaining({
          id: 'PRO-001',
          mine: expect.objectContaining({ by: 'Ben Cole' }),
          theirs: expect.objectContaining({ by: 'Ann Lee' }),
        }),
      ]);
      expect(await folderSnapshot(c.benDir)).toEqual(before);

      const result = await synced(c.ben, 'Ben Cole', { 'PRO-001': 'both' });
      const copy = result.reconciled[0]?.copy as string;
      expect(result.reconciled).toEqual([{ id: 'PRO-001', choice: 'both', copy: expect.stringMatching(/^PRO-\d{3}$/) }]);
      expect(await textOf(c.benDir, 'PRO-001')).toContain('Ben-4412');
      expect(await textOf(c.benDir, 'PRO-001')).not.toContain('Ann-7781');
      expect(await textOf(c.benDir, copy)).toContain('Ann-7781');
      const copyFile = JSON.parse(await readFile(join(c.benDir, 'documents', `${copy}.json`), 'utf8'));
      expect(copyFile.meta).toMatchObject({ id: copy, status: 'draft', effective: null });
      expect(copyFile.meta.title).toContain("Ann Lee's version");
      const history = await c.ben.history('PRO-001');
      expect(history.at(-1)).toMatchObject({ event: 'reconciled', by: 'Ben Cole' });
      expect(history.map((entry) => entry.by)).toEqual(expect.arrayContaining(['Ann Lee', 'Ben Cole']));
      expect(await checkErrors(c.benDir)).toEqual([]);
      await synced(c.ann, 'Ann Lee');
      expect(await textOf(c.annDir, copy)).toContain('Ann-7781');
      expect(await checkErrors(c.annDir)).toEqual([]);
      // What git itself says: the server's repository is sound, and neither copy has anything left unrecorded.
      const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' });
      expect(git(join(server.root, c.name), 'fsck', '--strict', '--full')).toBe('');
      expect(git(c.benDir, 'status', '--porcelain')).toBe('');
      expect(git(c.annDir, 'status', '--porcelain')).toBe('');
    } finally {
      await c.close();
    }
  });

  it('gives the later of two documents created offline with the same number the next free number, histories intact', async () => {
    const c = await twoCopies();
    try {
      const annDoc = await c.ann.createDocument({ blank: { type: 'procedure' }, title: 'Calibration', by: 'Ann Lee' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const benDoc = await c.ben.createDocument({ blank: { type: 'procedure' }, title: 'Supplier evaluation', by: 'Ben Cole' });
      expect(benDoc.meta.id).toBe(annDoc.meta.id);
      await addParagraph(c.ben, benDoc.meta.id, `See also ${benDoc.meta.id} for the rating scale.`, 'Ben Cole');
      await synced(c.ann, 'Ann Lee');
      const result = await synced(c.ben, 'Ben Cole');
      const taken = annDoc.meta.id;
      const next = result.renumbered[0]?.to as string;
      expect(result.renumbered).toEqual([{ from: taken, to: next, title: 'Supplier evaluation' }]);
      expect(next).not.toBe(taken);
      await synced(c.ann, 'Ann Lee');
      for (const dir of [c.annDir, c.benDir]) {
        const store = dir === c.annDir ? c.ann : c.ben;
        expect((await store.readDocument(taken)).meta.title).toBe('Calibration');
        expect((await store.readDocument(next)).meta.title).toBe('Supplier evaluation');
        expect(await textOf(dir, next)).toContain(`See also ${next} for the rating scale.`);
        expect((await store.history(taken)).map((e) => [e.event, e.by])).toEqual([['created', 'Ann Lee']]);
        expect((await store.history(next)).map((e) => [e.event, e.by])).toEqual([
          ['created', 'Ben Cole'],
          ['renumbered', 'Ben Cole'],
        ]);
        expect(await checkErrors(dir)).toEqual([]);
      }
    } finally {
      await c.close();
    }
  });

  it('keeps an approval made on one copy and turns the other copy’s edit into the next draft; the approver is the author', async () => {
    const c = await twoCopies();
    try {
      await c.ann.changeStatus('PRO-002', { to: 'in-review', by: 'Ann Lee' });
      await c.ann.changeStatus('PRO-002', { to: 'approved', by: 'Q. Approver' });
      await addParagraph(c.ben, 'PRO-002', 'Ben: a step for customer drawings.', 'Ben Cole');
      await synced(c.ann, 'Ann Lee');
      const result = await synced(c.ben, 'Ben Cole');
      expect(result.approvalsKept).toEqual([{ id: 'PRO-002', approvedRevision: '1', draftRevision: '2' }]);
      const meta = (await c.ben.readDocument('PRO-002')).meta;
      expect(meta).toMatchObject({ status: 'draft', revision: '2', author: 'Ben Cole' });
      expect(meta.effective).toMatchObject({ revision: '1', approvedBy: 'Q. Approver' });
      expect(await textOf(c.benDir, 'PRO-002')).toContain('customer drawings');
      expect(await checkErrors(c.benDir)).toEqual([]);
      const commits = await log({ fs, dir: c.benDir });
      const approval = commits.find((entry) => entry.commit.message.startsWith('PRO-002 revision 1 approved by Q. Approver'));
      expect(approval?.commit.author.name).toBe('Q. Approver');
      expect(await server.log(c.name)).toContain(approval?.commit.message.trim().split('\n')[0]);
    } finally {
      await c.close();
    }
  });

  it('leaves the project untouched and says why when the server cannot be reached or refuses the changes', async () => {
    const c = await twoCopies();
    try {
      await addParagraph(c.ben, 'POL-001', 'Ben: an unsent change.', 'Ben Cole');
      const before = await folderSnapshot(c.benDir);
      const unreachable = await unreachableGitUrl();
      await expect(c.ben.sync({ by: 'Ben Cole', remote: unreachable })).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining(new URL(unreachable).host),
      });
      expect(await folderSnapshot(c.benDir)).toEqual(before);

      const guarded = await startGitServer({ rejectPush: () => 'Pushes are frozen during the audit' });
      try {
        await guarded.createBareRepo('frozen.git');
        // A copy of the project on a server that refuses every push.
        await expect(c.ben.sync({ by: 'Ben Cole', remote: guarded.url('frozen.git') })).rejects.toMatchObject({
          code: 'forbidden',
          message: expect.stringContaining('frozen during the audit'),
        });
        expect(await folderSnapshot(c.benDir)).toEqual(before);
      } finally {
        await guarded.close();
      }

      const locked = await startGitServer({ auth: { username: 'ben', password: 'right' } });
      try {
        await locked.createBareRepo('locked.git');
        const remote = locked.url('locked.git');
        await expect(c.ben.sync({ by: 'Ben Cole', remote })).rejects.toMatchObject({
          code: 'unauthorized',
          message: expect.stringContaining('asks for a sign-in'),
        });
        await expect(
          c.ben.sync({ by: 'Ben Cole', remote, credentials: () => ({ username: 'ben', password: 'wrong' }) }),
        ).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringContaining('refused the sign-in') });
        expect(await folderSnapshot(c.benDir)).toEqual(before);
        const ok = await c.ben.sync({ by: 'Ben Cole', remote, credentials: () => ({ username: 'ben', password: 'right' }) });
        expect(ok.outcome).toBe('synced');
        expect(await locked.log('locked.git')).toContainEqual(expect.stringContaining('Drafts of Ben Cole'));
      } finally {
        await locked.close();
      }
      // The address is remembered, never the password.
      const config = await readFile(join(c.benDir, '.git', 'config'), 'utf8');
      expect(config).not.toContain('right');
    } finally {
      await c.close();
    }
  });

  it('stops, naming the file, when a document both sides changed cannot be read, and changes nothing', async () => {
    const c = await twoCopies();
    try {
      await addParagraph(c.ann, 'POL-002', 'Ann: scope now covers the Leeds site.', 'Ann Lee');
      await synced(c.ann, 'Ann Lee');
      await writeFile(join(c.benDir, 'documents', 'POL-002.json'), '{"meta": {"id": "POL-002", "title": "Sco');
      const before = await folderSnapshot(c.benDir);
      await expect(c.ben.sync({ by: 'Ben Cole' })).rejects.toMatchObject({
        code: 'damaged',
        message: expect.stringMatching(/^documents\/POL-002\.json in this copy cannot be read .*nothing was changed/),
      });
      expect(await folderSnapshot(c.benDir)).toEqual(before);
    } finally {
      await c.close();
    }
  });

  it('keeps a version of the drafts on request, by who asked, and then has nothing more to keep', async () => {
    const c = await twoCopies();
    try {
      await addParagraph(c.ben, 'PRO-003', 'Ben: suppliers are re-rated every year.', 'Ben Cole');
      expect(await c.ben.keepDrafts('Ben Cole')).toEqual({ files: 1, documents: ['PRO-003'] });
      const [latest] = await log({ fs, dir: c.benDir, depth: 1 });
      expect(latest?.commit.message).toBe('Drafts of Ben Cole kept: PRO-003\n');
      expect(latest?.commit.author.name).toBe('Ben Cole');
      expect(await c.ben.keepDrafts('Ben Cole')).toEqual({ files: 0, documents: [] });
      // Kept, not sent: the shared project has not got it until Ben syncs.
      expect(await server.log(c.name)).not.toContainEqual(expect.stringContaining('Drafts of Ben Cole'));
      expect((await synced(c.ben, 'Ben Cole')).sent.map((d) => d.id)).toEqual(['PRO-003']);
    } finally {
      await c.close();
    }
  });
});

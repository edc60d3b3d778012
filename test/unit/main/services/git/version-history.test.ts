import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitsOf, filesChangedBy, filesIn, gitStatus } from '../../../../support/git-commits';
import { copySampleProject } from '../../../../support/paths';
import { storeOptions, TEMPLATES_DIR } from '../../../../support/sample-store';
import { useTempDirs } from '../../../../support/temp-dir';

/** A commit that fails when asked, as a full disk or a broken repository would; otherwise the real one. */
const fault = vi.hoisted(() => ({ failCommit: false }));
vi.mock('isomorphic-git', async (importOriginal) => {
  const real = await importOriginal<typeof import('isomorphic-git')>();
  return {
    ...real,
    commit: async (...args: Parameters<typeof real.commit>) => {
      if (fault.failCommit) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return real.commit(...args);
    },
  };
});

const { ProjectStore } = await import('../../../../../src-main/services/project-store');
const { createProject } = await import('../../../../../src-main/services/project-create');
const { checkProject } = await import('../../../../../src-main/services/project-check');
const { projectLog } = await import('../../../../../src-main/services/git/version-history');

afterEach(() => {
  fault.failCommit = false;
});

describe('version history with git', () => {
  const tempDir = useTempDirs();

  async function gitProject() {
    const dir = join(await tempDir(), 'acme');
    await createProject(dir, {
      organization: 'Acme Ltd',
      essentials: { by: 'Tom Okafor', templatesDir: TEMPLATES_DIR },
      versionHistory: { by: 'Tom Okafor' },
    });
    return dir;
  }

  async function errorsOf(dir: string): Promise<string[]> {
    const store = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
    try {
      return (await checkProject(store)).errors.map((error) => error.message);
    } finally {
      await store.close();
    }
  }

  it('starts a new project as a repository whose first commit holds its files, by the person who made it', async () => {
    const dir = await gitProject();
    const commits = await commitsOf(dir);
    expect(commits).toHaveLength(1);
    expect(commits[0]?.commit.author.name).toBe('Tom Okafor');
    expect(commits[0]?.commit.message).toBe('Version history started by Tom Okafor\n');
    const files = await filesIn(dir, 'HEAD');
    expect(files).toEqual(expect.arrayContaining(['.gitignore', '.gitattributes', 'qms-project.json', 'history.jsonl']));
    expect(files.filter((file) => file.startsWith('documents/')).length).toBeGreaterThan(3);
    expect(files.some((file) => file.includes('.qms-lock') || file.endsWith('.tmp'))).toBe(false);
    const ignored = (await readFile(join(dir, '.gitignore'), 'utf8')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.qms-lock', '.qms-lock.takeover', '.*.tmp', '*.staging']));
    // Nothing left over: every file in the folder is as committed.
    expect((await gitStatus(dir)).filter(([, head, work, stage]) => !(head === 1 && work === 1 && stage === 1))).toEqual([]);
  });

  it('commits an approval with the approver as author, a readable message and exactly the files it wrote', async () => {
    const dir = await gitProject();
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      const docId = (await store.getProject()).documents[0]?.id as string;
      await store.changeStatus(docId, { to: 'in-review', by: 'Tom Okafor' });
      expect(await commitsOf(dir)).toHaveLength(1);
      const approved = await store.changeStatus(docId, { to: 'approved', by: 'Q. Approver' });
      const [latest] = await commitsOf(dir);
      expect(latest?.commit.author.name).toBe('Q. Approver');
      expect(latest?.commit.message).toBe(
        `${docId} revision ${approved.meta.revision} approved by Q. Approver: ${approved.meta.changeSummary}\n`,
      );
      expect(await filesChangedBy(dir, latest?.oid as string)).toEqual(
        [`documents/${docId}.json`, 'history.jsonl', `revisions/${docId}/${approved.meta.revision}.json`].sort(),
      );
      expect(await store.getProject()).toMatchObject({ versionHistory: true });
    } finally {
      await store.close();
    }
  });

  it('commits obsolescence, a new revision and a discarded draft, each with who did it', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'sample'));
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      await store.enableVersionHistory('Tom Okafor');
      await store.changeStatus('POL-001', { to: 'draft', by: 'Priya Raman', note: 'New customer requirements' });
      const { version } = await store.readDocument('POL-001');
      await store.discardRevision('POL-001', version, 'Priya Raman');
      await store.changeStatus('POL-001', { to: 'obsolete', by: 'Elaine Marsh', note: 'Replaced by the manual' });
      const messages = (await commitsOf(dir)).map((c) => `${c.commit.author.name}: ${c.commit.message.trimEnd()}`);
      expect(messages).toEqual([
        'Elaine Marsh: POL-001 revision 3 made obsolete by Elaine Marsh: Replaced by the manual',
        'Priya Raman: POL-001 draft revision 4 discarded by Priya Raman; revision 3 back in force',
        'Priya Raman: POL-001 revision 4 started by Priya Raman: New customer requirements',
        'Tom Okafor: Version history started by Tom Okafor',
      ]);
    } finally {
      await store.close();
    }
  });

  it('does not commit a saved draft', async () => {
    const dir = await gitProject();
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      const [first] = (await store.getProject()).documents;
      const opened = await store.readDocument(first?.id as string);
      await store.saveDocument(first?.id as string, opened.content, opened.version, 'Tom Okafor');
      const created = await store.createDocument({ templateId: 'quality-policy', by: 'Tom Okafor' });
      expect(await commitsOf(dir)).toHaveLength(1);
      // A draft never committed has an empty log, not an error.
      expect(await projectLog(dir, created.meta.id)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('undoes the approval when its commit fails, and the project checks clean', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'sample'));
    const store = await ProjectStore.open(dir, storeOptions());
    const files = ['documents/PRO-001.json', 'history.jsonl'];
    try {
      await store.enableVersionHistory('Tom Okafor');
      const before = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
      const statusBefore = await gitStatus(dir);
      fault.failCommit = true;
      await expect(store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh' })).rejects.toThrow(
        /PRO-001 was left as it was: its version history could not record the change \(ENOSPC/,
      );
      expect(await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).toEqual(before);
      expect(existsSync(join(dir, 'revisions', 'PRO-001', '2.json'))).toBe(false);
      expect(await commitsOf(dir)).toHaveLength(1);
      // Nothing stays staged for the next commit.
      expect(await gitStatus(dir)).toEqual(statusBefore);
      fault.failCommit = false;
      await store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh' });
      expect(await commitsOf(dir)).toHaveLength(2);
    } finally {
      await store.close();
    }
    expect(await errorsOf(dir)).toEqual([]);
  });

  it('starts version history in an existing project without committing the lock or a temporary file', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'sample'));
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      expect((await store.getProject()).versionHistory).toBe(false);
      await writeFile(join(dir, 'documents', '.PRO-001.json.123.abc.tmp'), 'half a write');
      await store.enableVersionHistory('Tom Okafor');
      expect(existsSync(join(dir, '.qms-lock'))).toBe(true);
      const files = await filesIn(dir, 'HEAD');
      expect(files).toEqual(expect.arrayContaining(['documents/PRO-001.json', 'revisions/POL-001/3.json', 'history.jsonl']));
      expect(files.some((file) => file.includes('.qms-lock') || file.endsWith('.tmp'))).toBe(false);
      await expect(store.enableVersionHistory('Tom Okafor')).rejects.toThrow(/already keeps its version history/);
      expect((await store.getProject()).versionHistory).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('leaves a project without git as it was: approvals work and no repository appears', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'sample'));
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      const approved = await store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh' });
      expect(approved.meta.status).toBe('approved');
      expect((await store.getProject()).versionHistory).toBe(false);
    } finally {
      await store.close();
    }
    expect(existsSync(join(dir, '.git'))).toBe(false);
    await expect(projectLog(dir)).rejects.toThrow(/keeps no version history: it is not a git repository/);
    expect(await errorsOf(dir)).toEqual([]);
  });
});

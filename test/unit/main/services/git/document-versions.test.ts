import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitPaths } from '../../../../../src-main/services/git/repository';
import type { ProjectStore } from '../../../../../src-main/services/project-store';
import { paragraphsContent } from '../../../../../src-shared/editor/nodes';
import { contentToPlainText } from '../../../../../src-shared/editor/serialized-content';
import { rejection } from '../../../../support/rejection';
import { openSampleStore } from '../../../../support/sample-store';
import { useTempDirs } from '../../../../support/temp-dir';

/** PRO-002 (a draft in the sample) approved as revision 1, then revised and approved as revision 2, by Q. Approver. */
async function approveTwice(store: ProjectStore) {
  const first = await store.readDocument('PRO-002');
  await store.saveDocument(
    'PRO-002',
    paragraphsContent('Record every nonconformity on the day it is found.'),
    first.version,
    'Tom Okafor',
  );
  await store.changeStatus('PRO-002', { to: 'in-review', by: 'Tom Okafor' });
  await store.changeStatus('PRO-002', { to: 'approved', by: 'Q. Approver' });
  await store.changeStatus('PRO-002', { to: 'draft', by: 'Priya Raman', note: 'Customer complaints too' });
  const draft = await store.readDocument('PRO-002');
  await store.saveDocument(
    'PRO-002',
    paragraphsContent('Record every nonconformity and customer complaint on the day it is found.'),
    draft.version,
    'Priya Raman',
  );
  const edited = await store.readDocument('PRO-002');
  const { title, owner, reviewer, clauses } = edited.meta;
  const changeSummary = 'Customer complaints are recorded too.';
  await store.updateDetails('PRO-002', { title, owner, reviewer, clauses, changeSummary }, edited.version, 'Priya Raman');
  await store.changeStatus('PRO-002', { to: 'in-review', by: 'Priya Raman' });
  await store.changeStatus('PRO-002', { to: 'approved', by: 'Q. Approver' });
}

describe('the versions of a document', () => {
  const tempDir = useTempDirs();

  async function gitSample() {
    const { dir, store } = await openSampleStore(await tempDir());
    await store.enableVersionHistory('Tom Okafor');
    return { dir, store };
  }

  it('lists the versions of a document newest first: who, when, why, and the revision and status it had then', async () => {
    const { store } = await gitSample();
    try {
      await approveTwice(store);
      const versions = await store.versionsOf('PRO-002');
      expect(versions.map(({ author, message, revision, status }) => ({ author, message, revision, status }))).toEqual([
        {
          author: 'Q. Approver',
          message: 'PRO-002 revision 2 approved by Q. Approver: Customer complaints are recorded too.',
          revision: '2',
          status: 'approved',
        },
        {
          author: 'Priya Raman',
          message: 'PRO-002 revision 2 started by Priya Raman: Customer complaints too',
          revision: '2',
          status: 'draft',
        },
        {
          author: 'Q. Approver',
          message: 'PRO-002 revision 1 approved by Q. Approver: First issue.',
          revision: '1',
          status: 'approved',
        },
        { author: 'Tom Okafor', message: 'Version history started by Tom Okafor', revision: '1', status: 'draft' },
      ]);
      for (const version of versions) {
        expect(version.id).toMatch(/^[0-9a-f]{40}$/);
        expect(new Date(version.date).toISOString()).toBe(version.date);
      }
      // Another document's events are not its versions.
      expect((await store.versionsOf('POL-001')).map((v) => v.message)).toEqual(['Version history started by Tom Okafor']);
    } finally {
      await store.close();
    }
  });

  it('reads a document as an older version holds it, while the folder keeps the current text', async () => {
    const { store } = await gitSample();
    try {
      await approveTwice(store);
      const firstApproval = (await store.versionsOf('PRO-002'))[2];
      const old = await store.readVersion('PRO-002', firstApproval?.id as string);
      expect(old.meta).toMatchObject({ id: 'PRO-002', revision: '1', status: 'approved', changeSummary: 'First issue.' });
      expect(contentToPlainText(old.content)).toBe('Record every nonconformity on the day it is found.');
      const current = await store.readDocument('PRO-002');
      expect(current.meta).toMatchObject({ revision: '2', status: 'approved' });
      expect(contentToPlainText(current.content)).toBe(
        'Record every nonconformity and customer complaint on the day it is found.',
      );
    } finally {
      await store.close();
    }
  });

  it('refuses a version it does not know, and one that does not hold the document, naming both', async () => {
    const { store } = await gitSample();
    try {
      const unknown = await rejection(store.readVersion('PRO-002', 'a'.repeat(40)));
      expect(unknown.code).toBe('not-found');
      expect(unknown.message).toBe("There is no version aaaaaaa of PRO-002 in this project's version history.");

      const created = await store.createDocument({ templateId: 'quality-policy', by: 'Tom Okafor' });
      const [start] = await store.versionsOf('PRO-002');
      const missing = await rejection(store.readVersion(created.meta.id, start?.id as string));
      expect(missing.code).toBe('not-found');
      expect(missing.message).toBe(
        `The version ${start?.id.slice(0, 7)} of ${start?.date.slice(0, 10)} holds no document ${created.meta.id}.`,
      );
      // A draft never kept as a version yet has none; a number that is nowhere is not found.
      expect(await store.versionsOf(created.meta.id)).toEqual([]);
      expect((await rejection(store.versionsOf('PRO-099'))).code).toBe('not-found');
    } finally {
      await store.close();
    }
  });

  it('says which document and version are damaged when a version holds a file that is not a document', async () => {
    const { dir, store } = await gitSample();
    try {
      await writeFile(join(dir, 'documents', 'PRO-002.json'), '{"schemaVersion": 1, "meta": ');
      const id = await commitPaths(dir, ['documents/PRO-002.json'], { name: 'Someone', at: new Date() }, 'Broken by hand\n');
      const [broken, before] = await store.versionsOf('PRO-002');
      // The listing still shows the version, without what the file said.
      expect(broken).toMatchObject({ id, author: 'Someone', message: 'Broken by hand', revision: null, status: null });
      expect(before).toMatchObject({ revision: '1', status: 'draft' });
      const damaged = await rejection(store.readVersion('PRO-002', id));
      expect(damaged.code).toBe('damaged');
      expect(damaged.message).toMatch(
        new RegExp(
          `^documents/PRO-002\\.json in the version ${id.slice(0, 7)} of \\d{4}-\\d\\d-\\d\\d is damaged: not valid JSON`,
        ),
      );
    } finally {
      await store.close();
    }
  });

  it('has no versions, and no error, in a project that keeps no version history', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      expect(await store.versionsOf('POL-001')).toEqual([]);
      expect((await rejection(store.versionsOf('POL-009'))).code).toBe('not-found');
      const read = await rejection(store.readVersion('POL-001', 'b'.repeat(40)));
      expect(read.code).toBe('not-found');
      expect(read.message).toBe('There is no version bbbbbbb of POL-001: this project keeps no version history.');
    } finally {
      await store.close();
    }
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../../src-main/services/project-store';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import { contentToPlainText } from '../../../../src-shared/editor/serialized-content';
import { rejection } from '../../../support/rejection';
import { openSampleStore } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

describe('revisions of an approved document in the project store', () => {
  const tempDir = useTempDirs();
  const stores: ProjectStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  const open = async () => {
    const opened = await openSampleStore(await tempDir());
    stores.push(opened.store);
    const files = (id: string) => [join(opened.dir, 'documents', `${id}.json`), join(opened.dir, 'history.jsonl')];
    /** The document file and the history, to check that a refused call changed neither. */
    const state = async (id: string) => Promise.all(files(id).map((file) => readFile(file, 'utf8')));
    return { ...opened, state };
  };
  /** POL-001 (approved revision 3) with a draft revision 4 started by Tom, and its text changed. */
  const withDraft = async (store: ProjectStore) => {
    const started = await store.changeStatus('POL-001', { to: 'draft', by: 'Tom Okafor' });
    return store.saveDocument('POL-001', paragraphsContent('A rewritten policy.'), started.version, 'Tom Okafor');
  };

  it('reads the approved revision in force from its snapshot while a draft exists', async () => {
    const { store } = await open();
    const approvedText = contentToPlainText((await store.readDocument('POL-001')).content);
    await withDraft(store);
    const inForce = await store.readRevision('POL-001', '3');
    expect(inForce.meta).toMatchObject({ id: 'POL-001', status: 'approved', revision: '3' });
    expect(contentToPlainText(inForce.content)).toBe(approvedText);
    expect(contentToPlainText((await store.readDocument('POL-001')).content)).toBe('A rewritten policy.');
  });

  it('refuses to show an approved copy that was altered, or one that is not kept', async () => {
    const { dir, store } = await open();
    expect((await rejection(store.readRevision('POL-001', '2'))).message).toBe(
      'There is no approved text of POL-001 revision 2: no approved copy of that revision is kept.',
    );
    expect((await rejection(store.readRevision('POL-009', '1'))).code).toBe('not-found');
    const snapshot = join(dir, 'revisions', 'POL-001', '3.json');
    await writeFile(snapshot, (await readFile(snapshot, 'utf8')).replace('Our commitments', 'Our promises'));
    const altered = await rejection(store.readRevision('POL-001', '3'));
    expect(altered.code).toBe('damaged');
    expect(altered.message).toMatch(/does not match its recorded hash/);
  });

  it('discards a draft revision: back to the approved text and metadata, read-only again, recorded with who', async () => {
    const { store } = await open();
    const approved = await store.readDocument('POL-001');
    const draft = await withDraft(store);
    // Register data changed during the draft stays as it is now.
    const reassigned = await store.updateDetails(
      'POL-001',
      {
        title: approved.meta.title,
        owner: 'Priya Raman',
        reviewer: '',
        clauses: approved.meta.clauses,
        changeSummary: 'Sharper',
      },
      draft.version,
      'Tom Okafor',
    );

    const discarded = await store.discardRevision('POL-001', reassigned.version, 'Elaine Marsh');
    expect(discarded.meta).toEqual({ ...approved.meta, owner: 'Priya Raman', reviewer: '' });
    const reread = await store.readDocument('POL-001');
    expect(reread.content).toEqual(approved.content);
    expect((await store.history('POL-001')).at(-1)).toMatchObject({
      event: 'revision-discarded',
      by: 'Elaine Marsh',
      from: { status: 'draft', revision: '4' },
      to: { status: 'approved', revision: '3' },
    });
    const refused = await rejection(store.saveDocument('POL-001', paragraphsContent('Typed after.'), reread.version, 'Tom'));
    expect(refused.code).toBe('read-only');
    // A new revision after a discard takes the next label again.
    expect((await store.changeStatus('POL-001', { to: 'draft', by: 'Tom Okafor' })).meta.revision).toBe('4');
  });

  it('refuses to discard what is not a draft revision of an approved document, and changes nothing', async () => {
    const { store, state } = await open();
    const cases: Array<[string, RegExp]> = [
      ['POL-002', /cannot be discarded: it is approved, not a draft revision\./],
      ['PRO-001', /cannot be discarded: it is in review; return it to draft first\./],
      ['PRO-002', /cannot be discarded: it has never been approved, so there is no revision to go back to\./],
    ];
    for (const [id, message] of cases) {
      const before = await state(id);
      const { version } = await store.readDocument(id);
      const error = await rejection(store.discardRevision(id, version, 'Tom Okafor'));
      expect(error.code, id).toBe('invalid-request');
      expect(error.message, id).toMatch(message);
      expect(await state(id), id).toEqual(before);
    }
    expect((await rejection(store.discardRevision('PRO-009', 'a'.repeat(64), 'Tom'))).code).toBe('not-found');
  });

  it('refuses a discard without a name, from a stale version, or from an altered approved copy, changing nothing', async () => {
    const { dir, store, state } = await open();
    const draft = await withDraft(store);
    const before = await state('POL-001');
    expect((await rejection(store.discardRevision('POL-001', draft.version, ' '))).code).toBe('needs-name');
    expect((await rejection(store.discardRevision('POL-001', 'b'.repeat(64), 'Tom'))).code).toBe('conflict');
    const snapshot = join(dir, 'revisions', 'POL-001', '3.json');
    await writeFile(snapshot, (await readFile(snapshot, 'utf8')).replace('Our commitments', 'Our promises'));
    expect((await rejection(store.discardRevision('POL-001', draft.version, 'Tom'))).code).toBe('damaged');
    expect(await state('POL-001')).toEqual(before);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '../../../../src-renderer/src/db/database';
import { EditJournal, type NewJournalEntry, sameContent } from '../../../../src-renderer/src/save/edit-journal';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';

const V1 = '1'.repeat(64);

function entry(text: string, writer = 'editor-a', seq = 1): NewJournalEntry {
  return { documentId: 'POL-001', title: 'Quality Policy', content: paragraphsContent(text), baseVersion: V1, writer, seq };
}

describe('EditJournal', () => {
  let db: WorkbenchDatabase;
  beforeEach(() => {
    db = new WorkbenchDatabase(`journal-test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps the latest edits of a document with what the recovery dialog shows', async () => {
    const journal = new EditJournal(db, '/projects/harrow', () => new Date('2026-11-30T10:00:00.000Z'));
    await journal.record(entry('first draft', 'editor-a', 1));
    await journal.record(entry('second draft', 'editor-a', 2));
    const kept = await journal.get('POL-001');
    expect(kept).toMatchObject({
      folder: '/projects/harrow',
      documentId: 'POL-001',
      title: 'Quality Policy',
      baseVersion: V1,
      changedAt: '2026-11-30T10:00:00.000Z',
      seq: 2,
    });
    expect(kept && sameContent(kept.content, paragraphsContent('second draft'))).toBe(true);
  });

  it('keeps each project folder apart, though their documents share numbers', async () => {
    const harrow = new EditJournal(db, '/projects/harrow');
    const acme = new EditJournal(db, '/projects/acme');
    await harrow.record(entry('Harrow text'));
    expect(await acme.get('POL-001')).toBeUndefined();
    expect(await acme.list()).toEqual([]);
    expect((await harrow.list()).map((kept) => kept.documentId)).toEqual(['POL-001']);
  });

  it('a save that covered every change removes the entry', async () => {
    const journal = new EditJournal(db, '/p');
    await journal.record(entry('typed', 'editor-a', 3));
    await journal.settle('POL-001', 'editor-a', 3);
    expect(await journal.get('POL-001')).toBeUndefined();
  });

  it('a save does not remove a newer change the same editor journalled meanwhile', async () => {
    const journal = new EditJournal(db, '/p');
    await journal.record(entry('typed during the save', 'editor-a', 5));
    await journal.settle('POL-001', 'editor-a', 4);
    expect((await journal.get('POL-001'))?.seq).toBe(5);
  });

  it('a save of recovered edits removes the entry another editor (before the crash) wrote', async () => {
    const journal = new EditJournal(db, '/p');
    await journal.record(entry('from before the crash', 'editor-old', 40));
    await journal.settle('POL-001', 'editor-new', 1);
    expect(await journal.get('POL-001')).toBeUndefined();
  });

  it('runs its writes in order: a removal never overtakes the write queued before it', async () => {
    const journal = new EditJournal(db, '/p');
    void journal.record(entry('queued first', 'editor-a', 1));
    await journal.discard('POL-001');
    expect(await journal.get('POL-001')).toBeUndefined();
  });

  it('discarding a document stops what its open editor still has pending', async () => {
    const journal = new EditJournal(db, '/p');
    const stop = vi.fn();
    const other = vi.fn();
    journal.attach({ documentId: 'POL-001', stop });
    const detach = journal.attach({ documentId: 'PRO-001', stop: other });
    await journal.record(entry('typed'));
    await journal.discard('POL-001');
    expect(stop).toHaveBeenCalledOnce();
    expect(other).not.toHaveBeenCalled();
    detach();
    expect(await journal.get('POL-001')).toBeUndefined();
  });

  it('lists the newest entry first', async () => {
    let clock = Date.parse('2026-11-30T10:00:00.000Z');
    const journal = new EditJournal(db, '/p', () => {
      clock += 1000;
      return new Date(clock);
    });
    await journal.record(entry('older'));
    await journal.record({ ...entry('newer'), documentId: 'PRO-001' });
    expect((await journal.list()).map((kept) => kept.documentId)).toEqual(['PRO-001', 'POL-001']);
  });
});

describe('sameContent', () => {
  it('compares documents, not the order of their keys', () => {
    const content = paragraphsContent('Same words');
    const shuffled = { root: Object.fromEntries(Object.entries(content.root).reverse()) } as typeof content;
    expect(sameContent(content, shuffled)).toBe(true);
    expect(sameContent(content, paragraphsContent('Other words'))).toBe(false);
  });
});

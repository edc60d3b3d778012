import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../../src-main/services/project-check';
import { ProjectStore } from '../../../../src-main/services/project-store';
import { masterList } from '../../../../src-shared/control/master-list';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { REPO_ROOT } from '../../../support/paths';
import { rejection } from '../../../support/rejection';
import { openSampleStore, storeOptions } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

const edited = (text: string): SerializedContent => paragraphsContent(text);

describe('document control in the project store', () => {
  const tempDir = useTempDirs();
  const stores: ProjectStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  const open = async () => {
    const opened = await openSampleStore(await tempDir());
    stores.push(opened.store);
    return opened;
  };
  const historyLines = async (dir: string) => (await readFile(join(dir, 'history.jsonl'), 'utf8')).trim().split('\n');

  it('takes a draft through review to approval, freezing it as a snapshot and logging each step', async () => {
    const { dir, store } = await open();
    const before = (await historyLines(dir)).length;
    await store.changeStatus('PRO-002', { to: 'in-review', by: 'Tom Okafor' });
    const approved = await store.changeStatus('PRO-002', {
      to: 'approved',
      by: 'Elaine Marsh',
      note: 'Agreed at the November review',
    });

    expect(approved.meta).toMatchObject({
      status: 'approved',
      revision: '1',
      nextReviewDate: '2027-11-26',
      effective: {
        revision: '1',
        approvedBy: 'Elaine Marsh',
        approvedOn: '2026-11-26',
        effectiveDate: '2026-11-26',
        selfApproved: false,
      },
    });
    const snapshot = JSON.parse(await readFile(join(dir, 'revisions', 'PRO-002', '1.json'), 'utf8'));
    expect(snapshot.contentHash).toBe(approved.meta.effective?.contentHash);
    expect(snapshot.content).toEqual((await store.readDocument('PRO-002')).content);

    const lines = (await historyLines(dir)).slice(before).map((line) => JSON.parse(line));
    expect(lines.map((entry) => [entry.by, entry.from.status, entry.to.status])).toEqual([
      ['Tom Okafor', 'draft', 'in-review'],
      ['Elaine Marsh', 'in-review', 'approved'],
    ]);
    expect(lines[1].note).toBe('Agreed at the November review');
    expect(await store.history('PRO-002')).toHaveLength(3);
  });

  it('allows the author to approve their own document and records that it was so', async () => {
    const { store } = await open();
    await store.changeStatus('PRO-002', { to: 'in-review', by: 'Tom Okafor' });
    const approved = await store.changeStatus('PRO-002', { to: 'approved', by: 'tom okafor' });
    expect(approved.meta.effective?.selfApproved).toBe(true);
    expect((await store.history('PRO-002')).at(-1)?.selfApproved).toBe(true);
  });

  it('refuses a status jump that is not allowed and changes nothing', async () => {
    const { dir, store } = await open();
    const file = join(dir, 'documents', 'PRO-002.json');
    const [bytes, history] = [await readFile(file, 'utf8'), await readFile(join(dir, 'history.jsonl'), 'utf8')];
    const error = await rejection(store.changeStatus('PRO-002', { to: 'approved', by: 'Elaine Marsh' }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe('PRO-002 is draft and cannot move to approved; it can move to in review.');
    expect((await rejection(store.changeStatus('PRO-002', { to: 'obsolete', by: 'X' }))).code).toBe('invalid-request');
    expect(await readFile(file, 'utf8')).toBe(bytes);
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).toBe(history);
    expect(await readdir(join(dir, 'revisions'))).not.toContain('PRO-002');
  });

  it('needs an approver name, and a next review date after today', async () => {
    const { store } = await open();
    expect((await rejection(store.changeStatus('PRO-001', { to: 'approved', by: '  ' }))).message).toMatch(
      /A name is needed to approve/,
    );
    const past = await rejection(
      store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh', nextReviewDate: '2026-01-01' }),
    );
    expect(past.message).toMatch(/must be after today/);
    const chosen = await store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh', nextReviewDate: '2027-06-30' });
    expect(chosen.meta.nextReviewDate).toBe('2027-06-30');
  });

  it('refuses an edit of an approved document, naming the revision in force, and changes nothing', async () => {
    const { dir, store } = await open();
    const file = join(dir, 'documents', 'POL-001.json');
    const [bytes, history] = [await readFile(file, 'utf8'), await readFile(join(dir, 'history.jsonl'), 'utf8')];
    const { version } = await store.readDocument('POL-001');
    const refused = await rejection(store.saveDocument('POL-001', edited('A sharper policy.'), version, 'Tom Okafor'));
    expect(refused.code).toBe('read-only');
    expect(refused.message).toBe('Revision 3 of POL-001 is approved and in force. To change it, start a new revision.');
    expect(await readFile(file, 'utf8')).toBe(bytes);
    expect(await readFile(join(dir, 'history.jsonl'), 'utf8')).toBe(history);
  });

  it('starts a new draft revision only when asked; the approved one stays in force until the draft is approved', async () => {
    const { dir, store } = await open();
    const snapshotBefore = await readFile(join(dir, 'revisions', 'POL-001', '3.json'), 'utf8');
    const { meta } = await store.readDocument('POL-001');
    const started = await store.changeStatus('POL-001', { to: 'draft', by: 'Tom Okafor' });
    expect(started.meta).toMatchObject({ status: 'draft', revision: '4', changeSummary: '' });
    expect(started.meta.effective).toEqual(meta.effective);
    expect((await store.history('POL-001')).at(-1)).toMatchObject({
      event: 'revision-started',
      by: 'Tom Okafor',
      from: { status: 'approved', revision: '3' },
      to: { status: 'draft', revision: '4' },
    });
    const saved = await store.saveDocument('POL-001', edited('A sharper policy.'), started.version, 'Tom Okafor');
    const again = await store.saveDocument('POL-001', edited('A sharper policy, again.'), saved.version, 'Tom Okafor');
    expect(again.meta.revision).toBe('4');
    expect(await readFile(join(dir, 'revisions', 'POL-001', '3.json'), 'utf8')).toBe(snapshotBefore);

    await store.changeStatus('POL-001', { to: 'in-review', by: 'Tom Okafor' });
    const approved = await store.changeStatus('POL-001', { to: 'approved', by: 'Elaine Marsh' });
    expect(approved.meta.effective?.revision).toBe('4');
    expect((await readdir(join(dir, 'revisions', 'POL-001'))).sort()).toEqual(['3.json', '4.json']);
  });

  it('lets an approved document be saved unchanged, without starting a new revision', async () => {
    const { store } = await open();
    const opened = await store.readDocument('POL-002');
    const saved = await store.saveDocument('POL-002', opened.content, opened.version, 'Tom Okafor');
    expect(saved.meta.status).toBe('approved');
    expect(saved.meta.revision).toBe('2');
  });

  it('makes an obsolete document read-only for good', async () => {
    const { store } = await open();
    const obsolete = await store.changeStatus('POL-002', { to: 'obsolete', by: 'Elaine Marsh', note: 'Scope now in the manual' });
    expect(obsolete.meta.status).toBe('obsolete');
    expect((await rejection(store.saveDocument('POL-002', edited('x'), obsolete.version, 'Tom'))).code).toBe('read-only');
    const back = await rejection(store.changeStatus('POL-002', { to: 'draft', by: 'Tom' }));
    expect(back.message).toMatch(/obsolete documents are final/);
  });

  it('numbers a new document after the highest number of its type, skipping numbers held by damaged files', async () => {
    const { dir, store } = await open();
    const first = await store.createDocument({ templateId: 'quality-policy', by: 'Tom Okafor' });
    expect(first.meta).toMatchObject({
      id: 'POL-003',
      title: 'Quality Policy',
      type: 'policy',
      status: 'draft',
      revision: '1',
      author: 'Tom Okafor',
      template: 'quality-policy',
    });
    expect(first.meta.clauses).toContain('5.2');
    await writeFile(join(dir, 'documents', 'POL-004.json'), 'broken');
    const second = await store.createDocument({
      templateId: 'quality-policy',
      title: 'Quality Policy (Group)',
      by: 'Tom Okafor',
    });
    expect(second.meta.id).toBe('POL-005');
    expect(second.meta.title).toBe('Quality Policy (Group)');
    // The organization's name is a linked field, never a copy of the value.
    const content = JSON.stringify((await store.readDocument('POL-005')).content);
    expect(content).toContain('"path":"organization.name"');
    expect(content).not.toContain('Harrow Precision Components');
    expect((await store.history('POL-005'))[0]).toMatchObject({ event: 'created', to: { status: 'draft', revision: '1' } });
    expect((await rejection(store.createDocument({ templateId: 'no-such-template', by: 'Tom' }))).code).toBe('not-found');
  });

  it('computes the master list with review-overdue flags, never storing it', async () => {
    const { store } = await open();
    const project = await store.getProject();
    const rows = masterList(project.documents, project.today);
    expect(rows.map((row) => [row.id, row.status, row.revision, row.effectiveRevision, row.reviewOverdue])).toEqual([
      ['POL-001', 'approved', '3', '3', false],
      ['POL-002', 'approved', '2', '2', false],
      ['PRO-001', 'in-review', '2', '1', true],
      ['PRO-002', 'draft', '1', null, false],
    ]);
  });

  it('lets one program write a project at a time; a second one opens it read-only', async () => {
    const { dir } = await open();
    const refused = await rejection(ProjectStore.open(dir, storeOptions()));
    expect(refused.code).toBe('read-only');
    expect(refused.message).toMatch(/already open in another window of the tests/);
    const second = await ProjectStore.open(dir, storeOptions({ readOnlyIfLocked: true }));
    stores.push(second);
    expect((await second.getProject()).readOnlyReason).toMatch(/already open in another window of the tests/);
    const { version } = await second.readDocument('PRO-002');
    expect((await rejection(second.saveDocument('PRO-002', edited('x'), version, 'Tom'))).code).toBe('read-only');
  });
});

describe('projects from an older schema version', () => {
  const tempDir = useTempDirs();

  it('are migrated on read, left unchanged on disk until saved, then written in the current version', async () => {
    const dir = join(await tempDir(), 'old');
    await cp(join(REPO_ROOT, 'test', 'fixtures', 'schema-v1'), dir, { recursive: true });
    const oldBytes = await readFile(join(dir, 'documents', 'PRO-001.json'), 'utf8');
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      const project = await store.getProject();
      expect(project.damaged).toEqual([]);
      const pro1 = project.documents.find((meta) => meta.id === 'PRO-001');
      expect(pro1).toMatchObject({
        status: 'in-review',
        revision: '2',
        effective: { revision: '1', approvedBy: 'Elaine Marsh', contentHash: null },
      });
      expect(project.documents.find((meta) => meta.id === 'POL-001')?.effective).toMatchObject({
        revision: '3',
        selfApproved: false,
      });
      expect(project.documents.find((meta) => meta.id === 'PRO-002')?.effective).toBeNull();
      expect(await readFile(join(dir, 'documents', 'PRO-001.json'), 'utf8')).toBe(oldBytes);

      const { version, content } = await store.readDocument('PRO-001');
      await store.saveDocument('PRO-001', content, version, 'Tom Okafor');
      const rewritten = JSON.parse(await readFile(join(dir, 'documents', 'PRO-001.json'), 'utf8'));
      expect(rewritten.schemaVersion).toBe(2);
      expect(rewritten.meta.approvedBy).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe('qms check (checkProject)', () => {
  const tempDir = useTempDirs();

  it('finds the sample project sound, with one review overdue', async () => {
    const { store } = await openSampleStore(await tempDir(), { readOnly: true });
    const report = await checkProject(store);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'PRO-001 Control of Documented Information was due for review on 2026-06-16.',
    ]);
  });

  it('reports a damaged document, an altered approved snapshot and a broken history line', async () => {
    const { dir, store } = await openSampleStore(await tempDir(), { readOnly: true });
    await writeFile(join(dir, 'documents', 'PRO-003.json'), '{"schemaVersion": 2');
    const snapshotPath = join(dir, 'revisions', 'POL-001', '3.json');
    await writeFile(snapshotPath, (await readFile(snapshotPath, 'utf8')).replace('Our commitments', 'Our promises'));
    await writeFile(join(dir, 'history.jsonl'), `${await readFile(join(dir, 'history.jsonl'), 'utf8')}{"at": "2026-11`);
    const report = await checkProject(store);
    expect(report.errors.map((e) => e.kind).sort()).toEqual(['damaged-file', 'history', 'snapshot']);
    expect(report.errors.find((e) => e.kind === 'snapshot')?.message).toMatch(
      /revisions\/POL-001\/3\.json: its content does not match its recorded hash/,
    );
    // An unreadable history line is an error: what it recorded can no longer be shown.
    expect(report.errors.find((e) => e.kind === 'history')?.message).toMatch(/history\.jsonl line 8/);
  });
});

describe('keeping what the program does not know, and review integrity', () => {
  const tempDir = useTempDirs();

  it('writes back fields it does not know when it saves a document or the project file', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      const path = join(dir, 'documents', 'PRO-002.json');
      const file = JSON.parse(await readFile(path, 'utf8'));
      file.meta.distribution = ['shop floor', 'office'];
      file.reviewNotes = 'kept by another tool';
      await writeFile(path, JSON.stringify(file, null, 2));
      const { version } = await store.readDocument('PRO-002');
      await store.saveDocument('PRO-002', edited('New text.'), version, 'Tom Okafor');
      const saved = JSON.parse(await readFile(path, 'utf8'));
      expect(saved.meta.distribution).toEqual(['shop floor', 'office']);
      expect(saved.reviewNotes).toBe('kept by another tool');

      const projectPath = join(dir, 'qms-project.json');
      const project = JSON.parse(await readFile(projectPath, 'utf8'));
      project.consultant = 'Ann Lee Associates';
      await writeFile(projectPath, JSON.stringify(project, null, 2));
      await store.recordCertificationStep('gap-analysis', true);
      expect(JSON.parse(await readFile(projectPath, 'utf8')).consultant).toBe('Ann Lee Associates');
    } finally {
      await store.close();
    }
  });

  it('keeps unknown fields at every level of a document, until the record that holds them is replaced', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      const path = join(dir, 'documents', 'PRO-001.json');
      const file = JSON.parse(await readFile(path, 'utf8'));
      const signature = { algorithm: 'ed25519', value: 'c2lnbmVk' };
      file.meta.effective.signature = signature;
      file.meta.distribution = ['shop floor'];
      await writeFile(path, JSON.stringify(file, null, 2));

      const { version } = await store.readDocument('PRO-001');
      const saved = await store.saveDocument('PRO-001', edited('Revised text.'), version, 'Tom Okafor');
      const afterSave = JSON.parse(await readFile(path, 'utf8'));
      expect(afterSave.meta.effective).toMatchObject({ revision: '1', signature });
      expect(afterSave.meta.distribution).toEqual(['shop floor']);
      await store.changeStatus('PRO-001', { to: 'in-review', by: 'Tom Okafor' });
      expect(JSON.parse(await readFile(path, 'utf8')).meta.effective.signature).toEqual(signature);
      expect(saved.meta.effective).not.toHaveProperty('signature');

      // A new approval replaces the record: a signature of revision 1 must not stand on revision 2.
      await store.changeStatus('PRO-001', { to: 'approved', by: 'Elaine Marsh' });
      const approved = JSON.parse(await readFile(path, 'utf8'));
      expect(approved.meta.effective.revision).toBe('2');
      expect(approved.meta.effective).not.toHaveProperty('signature');
      expect(approved.meta.distribution).toEqual(['shop floor']);
    } finally {
      await store.close();
    }
  });

  it('sends a document back to draft when its content changes during review, and logs why', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const { version } = await store.readDocument('PRO-001');
      const saved = await store.saveDocument('PRO-001', edited('Changed during review.'), version, 'Priya Raman');
      expect(saved.meta.status).toBe('draft');
      expect((await store.history('PRO-001')).at(-1)).toMatchObject({
        by: 'Priya Raman',
        from: { status: 'in-review' },
        to: { status: 'draft' },
        note: 'Edited while in review',
      });
    } finally {
      await store.close();
    }
  });

  it('makes whoever starts a new revision its author, so self-approval is judged against them', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const started = await store.changeStatus('POL-001', { to: 'draft', by: 'Priya Raman' });
      const revised = await store.saveDocument('POL-001', edited('Revised by Priya.'), started.version, 'Priya Raman');
      expect(revised.meta.author).toBe('Priya Raman');
      await store.changeStatus('POL-001', { to: 'in-review', by: 'Priya Raman' });
      const approved = await store.changeStatus('POL-001', { to: 'approved', by: 'Priya Raman' });
      expect(approved.meta.effective?.selfApproved).toBe(true);
    } finally {
      await store.close();
    }
  });
});

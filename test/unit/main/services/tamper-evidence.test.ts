import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../src-main/services/project-check';
import { ProjectStore } from '../../../../src-main/services/project-store';
import { copySampleProject } from '../../../support/paths';
import { storeOptions } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

/**
 * Each hand-edit an auditor must not be shown as a sound record, made to a copy of the
 * sample project, and what `qms check` says about it.
 */
describe('tamper evidence', () => {
  const tempDir = useTempDirs();

  async function project() {
    const dir = await copySampleProject(join(await tempDir(), 'project'));
    const path = (...parts: string[]) => join(dir, ...parts);
    const json = async (...parts: string[]) => JSON.parse(await readFile(path(...parts), 'utf8'));
    const put = (value: unknown, ...parts: string[]) => writeFile(path(...parts), JSON.stringify(value, null, 2));
    const lines = async () => (await readFile(path('history.jsonl'), 'utf8')).trimEnd().split('\n');
    const putLines = (all: string[]) => writeFile(path('history.jsonl'), `${all.join('\n')}\n`);
    const check = async () => {
      const store = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
      const report = await checkProject(store);
      await store.close();
      return report.errors.map((error) => error.message);
    };
    return { dir, path, json, put, lines, putLines, check };
  }

  it('finds the sample sound: its history is chained, document by document', async () => {
    const { check, lines } = await project();
    expect(await check()).toEqual([]);
    for (const line of await lines()) expect(JSON.parse(line)).toHaveProperty('prev');
  });

  it('an approved text edited in place on disk', async () => {
    const { json, put, check } = await project();
    const file = await json('documents', 'POL-001.json');
    file.content.root.children[0].children[0].text = 'We will ship whatever we like.';
    await put(file, 'documents', 'POL-001.json');
    expect(await check()).toEqual([
      'POL-001: The text of approved revision 3 was changed outside the program: it no longer matches the hash recorded when it was approved.',
    ]);
  });

  it('an approval without the hash of its content in the current format', async () => {
    const { json, put, check } = await project();
    const file = await json('documents', 'POL-001.json');
    file.meta.effective.contentHash = null;
    await put(file, 'documents', 'POL-001.json');
    expect(await check()).toContainEqual(expect.stringMatching(/^POL-001 records approval of revision 3 without the hash/));
  });

  it('a document rewritten in the old schema 1 to escape the hash', async () => {
    const { json, put, check } = await project();
    const file = await json('documents', 'POL-001.json');
    const { effective, ...meta } = file.meta;
    file.schemaVersion = 1;
    file.meta = {
      ...meta,
      approvedBy: effective.approvedBy,
      approvedOn: effective.approvedOn,
      effectiveDate: effective.effectiveDate,
    };
    file.content.root.children[0].children[0].text = 'Changed after approval.';
    await put(file, 'documents', 'POL-001.json');
    expect(await check()).toContainEqual(expect.stringMatching(/^POL-001 claims the old schema 1, yet approved copies/));
  });

  it('the approver changed in the document, or in its approved copy', async () => {
    const first = await project();
    const file = await first.json('documents', 'POL-001.json');
    file.meta.effective.approvedBy = 'Someone Senior';
    await first.put(file, 'documents', 'POL-001.json');
    const messages = await first.check();
    expect(messages).toContain('POL-001: The file says Someone Senior approved revision 3; its history says Elaine Marsh did.');
    expect(messages).toContainEqual(expect.stringMatching(/approvedBy: "Someone Senior" against "Elaine Marsh"/));

    const second = await project();
    const snapshot = await second.json('revisions', 'POL-001', '3.json');
    snapshot.meta.effective.approvedBy = 'Someone Senior';
    await second.put(snapshot, 'revisions', 'POL-001', '3.json');
    expect(await second.check()).toContainEqual(expect.stringMatching(/approvedBy: "Elaine Marsh" against "Someone Senior"/));
  });

  it('a forged approval: a draft marked approved in its file', async () => {
    const { json, put, check } = await project();
    const file = await json('documents', 'PRO-002.json');
    file.meta.status = 'approved';
    file.meta.effective = {
      revision: file.meta.revision,
      approvedBy: 'Elaine Marsh',
      approvedOn: '2026-11-20',
      effectiveDate: '2026-11-20',
      changeSummary: '',
      selfApproved: false,
      contentHash: null,
    };
    await put(file, 'documents', 'PRO-002.json');
    const messages = await check();
    expect(messages).toContain('PRO-002: Its history records no approval of revision 1, which the file says is in force.');
    expect(messages).toContainEqual(
      expect.stringMatching(/^PRO-002: Its history ends at draft revision 1, but the file says approved/),
    );
  });

  it('history lines deleted, edited, forged or reordered, and the history file deleted', async () => {
    const deleted = await project();
    const all = await deleted.lines();
    // The approval of PRO-001 revision 1, in the middle of its chain.
    await deleted.putLines(all.filter((_, index) => index !== 1));
    expect(await deleted.check()).toContainEqual(expect.stringMatching(/does not follow line 1 in PRO-001's history/));

    const last = await project();
    const lastLines = await last.lines();
    // The last line of PRO-001's history (sent for review): the chain alone cannot see it, the document can.
    const cut = lastLines.map((line) => line.includes('"PRO-001"')).lastIndexOf(true);
    await last.putLines(lastLines.filter((_, index) => index !== cut));
    expect(await last.check()).toEqual([
      'PRO-001: Its history ends at draft revision 2, but the file says in-review revision 2: a history line is missing or the file was edited.',
    ]);

    const edited = await project();
    await edited.putLines(
      (await edited.lines()).map((line) =>
        line.replace('"by":"Elaine Marsh","document":"PRO-001"', '"by":"Tom Okafor","document":"PRO-001"'),
      ),
    );
    expect(await edited.check()).toContainEqual(expect.stringMatching(/does not follow line 2 in PRO-001's history/));

    const forged = await project();
    const forgedLines = await forged.lines();
    const fake = JSON.parse(forgedLines[1] as string);
    fake.note = 'Approved again';
    forgedLines.splice(2, 0, JSON.stringify(fake));
    await forged.putLines(forgedLines);
    expect(await forged.check()).toContainEqual(
      expect.stringMatching(/in PRO-001's history: a line was edited, deleted, inserted or moved/),
    );

    const reordered = await project();
    const reorderedLines = await reordered.lines();
    [reorderedLines[0], reorderedLines[1]] = [reorderedLines[1] as string, reorderedLines[0] as string];
    await reordered.putLines(reorderedLines);
    expect(await reordered.check()).toContainEqual(expect.stringMatching(/PRO-001's history/));

    const gone = await project();
    await rm(gone.path('history.jsonl'));
    expect(await gone.check()).toContain(
      'history.jsonl is missing: the record of who created, reviewed and approved the documents is gone.',
    );
  });

  it('lines of different documents interleaved, as a git union merge leaves them, still hold', async () => {
    const { lines, putLines, check } = await project();
    const all = await lines();
    const pro001 = all.filter((line) => line.includes('"PRO-001"'));
    const others = all.filter((line) => !line.includes('"PRO-001"'));
    await putLines([...others, ...pro001]);
    expect(await check()).toEqual([]);
  });

  it('a history checked out with Windows line ends still holds, and takes new lines', async () => {
    const { dir, path, check } = await project();
    await writeFile(path('history.jsonl'), (await readFile(path('history.jsonl'), 'utf8')).replaceAll('\n', '\r\n'));
    expect(await check()).toEqual([]);
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      await store.changeStatus('PRO-002', { to: 'in-review', by: 'Priya Raman' });
    } finally {
      await store.close();
    }
    expect(await check()).toEqual([]);
  });

  it('a project opened for writing chains a history written before chains, and new lines continue the chain', async () => {
    const { dir, lines, putLines, check } = await project();
    const unchained = (await lines()).map((line) => {
      const { prev: _prev, ...entry } = JSON.parse(line);
      return JSON.stringify(entry);
    });
    await putLines(unchained);
    await rm(join(dir, '.gitattributes'));
    const store = await ProjectStore.open(dir, storeOptions());
    try {
      for (const line of await lines()) expect(JSON.parse(line)).toHaveProperty('prev');
      // Older projects get the merge rule that keeps both people's lines.
      expect(await readFile(join(dir, '.gitattributes'), 'utf8')).toBe('history.jsonl merge=union eol=lf\n');
      const started = await store.changeStatus('POL-002', { to: 'draft', by: 'Tom Okafor' });
      expect(started.meta.status).toBe('draft');
    } finally {
      await store.close();
    }
    expect(await check()).toEqual([]);
  });
});

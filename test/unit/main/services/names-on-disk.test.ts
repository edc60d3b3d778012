import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../../src-main/services/project-check';
import { createProject } from '../../../../src-main/services/project-create';
import { ProjectStore } from '../../../../src-main/services/project-store';
import { readSettings, SETTINGS_FILE_NAME } from '../../../../src-main/services/settings';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import { copySampleProject } from '../../../support/paths';
import { rejection } from '../../../support/rejection';
import { openSampleStore, storeOptions } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

/** "Elaine Marsh" that a right-to-left override makes display as "Elaine hsraM". */
const SPOOFED = 'Elaine \u202eMarsh';

async function edit(path: string, change: (text: string) => string): Promise<void> {
  await writeFile(path, change(await readFile(path, 'utf8')));
}

describe('a name with a hidden character in a file on disk', () => {
  const tempDir = useTempDirs();
  const stores: ProjectStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  const open = async (readOnly = true) => {
    const opened = await openSampleStore(await tempDir(), { readOnly });
    stores.push(opened.store);
    return opened;
  };

  it('makes the document damaged, named with the field, while the rest of the project opens', async () => {
    const { dir, store } = await open();
    await edit(join(dir, 'documents', 'POL-001.json'), (text) =>
      text.replace('"approvedBy": "Elaine Marsh"', `"approvedBy": ${JSON.stringify(SPOOFED)}`),
    );
    const project = await store.getProject();
    expect(project.documents.map((meta) => meta.id)).toEqual(['POL-002', 'PRO-001', 'PRO-002']);
    expect(project.damaged).toEqual([
      {
        file: 'documents/POL-001.json',
        reason:
          'meta.effective.approvedBy: A name may not contain control characters or bidirectional-text controls (it has U+202E)',
      },
    ]);
    const report = await checkProject(store);
    expect(report.errors).toEqual([
      expect.objectContaining({
        kind: 'damaged-file',
        file: 'documents/POL-001.json',
        message: expect.stringMatching(/approvedBy/),
      }),
    ]);
  });

  it('is an error of qms check in an approved snapshot, a training record and the history', async () => {
    const { dir, store } = await open();
    await edit(join(dir, 'revisions', 'POL-002', '2.json'), (text) => text.replace(/"owner": "[^"]*"/, '"owner": "Tom\\u0000"'));
    await mkdir(join(dir, 'training'));
    const record = {
      schema: 1,
      id: 'TR-20261126-abc123',
      person: SPOOFED,
      role: '',
      date: '2026-11-26',
      givenBy: 'Tom Okafor',
      standard: 'iso-9001-2015',
      quiz: { title: 'Awareness', preset: 'awareness', clauses: ['7.3'] },
      items: [{ id: '7.3:tf:0', clause: '7.3', kind: 'true-false', question: 'Q?', correct: true, given: true }],
      score: { right: 1, answered: 1, total: 1 },
    };
    await writeFile(join(dir, 'training', `${record.id}.json`), JSON.stringify(record));
    await edit(join(dir, 'history.jsonl'), (text) => text.replace('"by":"Tom Okafor"', '"by":"Tom\\u2066 Okafor"'));

    const report = await checkProject(store);
    expect(report.errors.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^revisions\/POL-002\/2\.json: meta\.owner: A name may not contain control characters/),
        expect.stringMatching(/^training\/TR-20261126-abc123\.json: person: A name may not contain .* \(it has U\+202E\)/),
      ]),
    );
    expect([...report.errors, ...report.warnings].map((finding) => finding.message)).toContain(
      'history.jsonl line 1: by: A name may not contain control characters or bidirectional-text controls (it has U+2066)',
    );
  });

  it('refuses to open a project whose organization name holds one, naming the file and the field', async () => {
    const dir = await copySampleProject(join(await tempDir(), 'project'));
    await edit(join(dir, 'qms-project.json'), (text) => text.replace(/"name": "Harrow[^"]*"/, '"name": "Harrow\\u202e Ltd"'));
    const refused = await rejection(ProjectStore.open(dir, storeOptions({ readOnly: true })));
    expect(refused.code).toBe('damaged');
    expect(refused.message).toBe(
      `${join(dir, 'qms-project.json')} cannot be opened: organization.name: A name may not contain control characters or bidirectional-text controls (it has U+202E)`,
    );
  });

  it('in the settings: the user counts as not named, and the other settings are kept', async () => {
    const userData = await tempDir();
    await writeFile(join(userData, SETTINGS_FILE_NAME), JSON.stringify({ userName: SPOOFED, lastProject: '/projects/acme' }));
    expect(await readSettings(userData)).toEqual({ settings: { lastProject: '/projects/acme' }, damaged: false });
  });
});

describe('the project store refuses a hidden character in who acts', () => {
  const tempDir = useTempDirs();
  const stores: ProjectStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it('for every change it records, and writes nothing', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    stores.push(store);
    const files = ['history.jsonl', 'documents/PRO-001.json', 'documents/PRO-002.json'];
    const before = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
    const draft = await store.readDocument('PRO-002');
    const inReview = await store.readDocument('PRO-001');

    const refusals = [
      await rejection(store.changeStatus('PRO-002', { to: 'in-review', by: SPOOFED })),
      await rejection(store.createDocument({ templateId: 'quality-policy', by: 'Tom\u0000' })),
      await rejection(store.updateDetails('PRO-002', { ...draft.meta, owner: 'Priya Raman' }, draft.version, SPOOFED)),
      // An edit sends a document in review back to draft, and that is recorded with who made it.
      await rejection(store.saveDocument('PRO-001', paragraphsContent('Changed.'), inReview.version, SPOOFED)),
    ];
    for (const refused of refusals) {
      expect(refused.code).toBe('invalid-request');
      expect(refused.message).toMatch(
        /^The name of who acts may not contain control characters or bidirectional-text controls \(it has U\+(202E|0000)\)\.$/,
      );
    }
    const owner = await rejection(store.updateDetails('PRO-002', { ...draft.meta, owner: SPOOFED }, draft.version, 'Tom Okafor'));
    expect(owner.message).toBe('The owner may not contain control characters or bidirectional-text controls (it has U+202E).');
    expect(await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).toEqual(before);
  });
});

describe('a new project', () => {
  const tempDir = useTempDirs();

  it('is not made when a name in its profile holds a hidden character, and the error names the field', async () => {
    const root = await tempDir();
    const refused = await rejection(
      createProject(join(root, 'acme'), { organization: { name: 'Acme Ltd', qualityManager: SPOOFED } }),
    );
    expect(refused.code).toBe('invalid-request');
    expect(refused.message).toBe(
      'The new project was not made: organization.qualityManager: A name may not contain control characters or bidirectional-text controls (it has U+202E)',
    );
    expect(await readdir(root)).toEqual([]);
  });
});

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileVersion } from '../../../../src-main/services/file-version';
import { ProjectStore } from '../../../../src-main/services/project-store';
import { DomainError } from '../../../../src-shared/api/result';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { contentToPlainText } from '../../../../src-shared/editor/serialized-content';
import { contentJson, nestedListsJson, withJsonAt } from '../../../support/deep-json';
import { openSampleStore, storeOptions } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

const paragraphs = (...texts: string[]): SerializedContent => paragraphsContent(...texts);

async function expectDomainError(promise: Promise<unknown>, code: string, text: RegExp) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  expect((error as DomainError).message).toMatch(text);
}

describe('ProjectStore', () => {
  const tempDir = useTempDirs();
  const stores: ProjectStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  const openSample = async () => {
    const opened = await openSampleStore(await tempDir());
    stores.push(opened.store);
    return opened;
  };

  it('lists the documents of a project by number, with their metadata', async () => {
    const { store } = await openSample();
    const project = await store.getProject();
    expect(project.organization.name).toBe('Harrow Precision Components');
    expect(project.documents.map((d) => d.id)).toEqual(['POL-001', 'POL-002', 'PRO-001', 'PRO-002']);
    expect(project.documents[0]).toMatchObject({ title: 'Quality Policy', status: 'approved', revision: '3' });
    expect(project.damaged).toEqual([]);
  });

  it('reads a document with a version that is the hash of its file', async () => {
    const { dir, store } = await openSample();
    const document = await store.readDocument('PRO-001');
    expect(document.meta.title).toBe('Control of Documented Information');
    expect(document.version).toBe(fileVersion(await readFile(join(dir, 'documents', 'PRO-001.json'))));
  });

  it('saves content against the version it was based on and returns the new version', async () => {
    const { dir, store } = await openSample();
    const { version } = await store.readDocument('PRO-002');
    const saved = await store.saveDocument('PRO-002', paragraphs('Rewritten procedure.'), version, 'Tom Okafor');
    const bytes = await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8');
    expect(saved.version).toBe(fileVersion(bytes));
    const reread = await store.readDocument('PRO-002');
    expect(contentToPlainText(reread.content)).toBe('Rewritten procedure.');
    expect(reread.meta.title).toBe('Nonconformity and Corrective Action');
    expect(bytes.endsWith('}\n')).toBe(true);
  });

  it('refuses a save based on an older version and leaves the file untouched', async () => {
    const { dir, store } = await openSample();
    const { version } = await store.readDocument('PRO-002');
    await store.saveDocument('PRO-002', paragraphs('First window.'), version, 'Tom Okafor');
    const afterFirst = await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8');
    await expectDomainError(
      store.saveDocument('PRO-002', paragraphs('Second window.'), version, 'Tom Okafor'),
      'conflict',
      /changed on disk/,
    );
    expect(await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8')).toBe(afterFirst);
  });

  it('lets exactly one of two simultaneous saves from the same version through', async () => {
    const { store } = await openSample();
    const { version } = await store.readDocument('PRO-002');
    const results = await Promise.allSettled([
      store.saveDocument('PRO-002', paragraphs('A'), version, 'Tom Okafor'),
      store.saveDocument('PRO-002', paragraphs('B'), version, 'Tom Okafor'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected.map((r) => (r.reason as { code?: string }).code)).toEqual(['conflict']);
  });

  it('lists a damaged document by file and reason, opens the rest, and never rewrites it', async () => {
    const { dir, store } = await openSample();
    const broken = join(dir, 'documents', 'PRO-003.json');
    const brokenBytes = '{ "schemaVersion": 1, "meta": { "id": "PRO-003" ';
    await writeFile(broken, brokenBytes);
    const mismatched = join(dir, 'documents', 'PRO-004.json');
    const mismatchedBytes = await readFile(join(dir, 'documents', 'PRO-001.json'), 'utf8');
    await writeFile(mismatched, mismatchedBytes);

    const project = await store.getProject();
    expect(project.documents).toHaveLength(4);
    expect(project.damaged).toEqual([
      { file: 'documents/PRO-003.json', reason: expect.stringMatching(/not valid JSON/) },
      { file: 'documents/PRO-004.json', reason: expect.stringMatching(/holds document PRO-001/) },
    ]);
    await expectDomainError(store.readDocument('PRO-003'), 'damaged', /PRO-003\.json is damaged/);
    await expectDomainError(
      store.saveDocument('PRO-003', paragraphs('x'), fileVersion(brokenBytes), 'Tom Okafor'),
      'damaged',
      /left untouched/,
    );
    expect(await readFile(broken, 'utf8')).toBe(brokenBytes);
    expect(await readFile(mismatched, 'utf8')).toBe(mismatchedBytes);
  });

  it('opens a project with a document nested thousands of levels deep, listing that file as damaged', async () => {
    const { dir, store } = await openSample();
    const file = JSON.parse(await readFile(join(dir, 'documents', 'PRO-002.json'), 'utf8'));
    const deep = withJsonAt({ ...file, meta: { ...file.meta, id: 'PRO-009' } }, 'content', contentJson(nestedListsJson(4000)));
    await writeFile(join(dir, 'documents', 'PRO-009.json'), deep);

    const project = await store.getProject();
    expect(project.documents.map((meta) => meta.id)).toEqual(['POL-001', 'POL-002', 'PRO-001', 'PRO-002']);
    expect(project.damaged).toEqual([
      { file: 'documents/PRO-009.json', reason: expect.stringMatching(/nested deeper than .*64 levels/) },
    ]);
    await expectDomainError(store.readDocument('PRO-009'), 'damaged', /PRO-009\.json is damaged .*nested deeper than/);
    expect(await readFile(join(dir, 'documents', 'PRO-009.json'), 'utf8')).toBe(deep);
  });

  it('names the field a document fails its schema on', async () => {
    const { dir, store } = await openSample();
    const path = join(dir, 'documents', 'PRO-002.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.meta.nextReviewDate = '2026-02-30';
    await writeFile(path, JSON.stringify(file));
    const project = await store.getProject();
    expect(project.damaged[0]?.reason).toMatch(/meta\.nextReviewDate: expected a date/);
  });

  it('refuses to write a document from a newer program version and says why', async () => {
    const { dir, store } = await openSample();
    const path = join(dir, 'documents', 'PRO-002.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.schemaVersion = 99;
    const bytes = JSON.stringify(file);
    await writeFile(path, bytes);
    await expectDomainError(
      store.saveDocument('PRO-002', paragraphs('x'), fileVersion(bytes), 'Tom Okafor'),
      'damaged',
      /newer version of QMS Workbench/,
    );
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('keeps obsolete documents read-only', async () => {
    const { dir, store } = await openSample();
    const path = join(dir, 'documents', 'PRO-002.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.meta.status = 'obsolete';
    const bytes = `${JSON.stringify(file, null, 2)}\n`;
    await writeFile(path, bytes);
    await expectDomainError(
      store.saveDocument('PRO-002', paragraphs('x'), fileVersion(bytes), 'Tom Okafor'),
      'read-only',
      /obsolete/,
    );
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('answers an unknown document id with not-found', async () => {
    const { store } = await openSample();
    await expectDomainError(store.readDocument('PRO-999'), 'not-found', /no document PRO-999/);
  });

  it('refuses to open a folder that is not a project, or whose project file is damaged', async () => {
    const empty = await tempDir();
    await expectDomainError(ProjectStore.open(empty, storeOptions()), 'not-found', /not a QMS Workbench project/);
    const { dir, store } = await openSample();
    await store.close();
    await writeFile(join(dir, 'qms-project.json'), '{"schemaVersion": 1}');
    await expectDomainError(
      ProjectStore.open(dir, storeOptions({ readOnly: true })),
      'damaged',
      /qms-project\.json cannot be opened: organization/,
    );
  });

  it('opens a project with no documents folder as an empty project', async () => {
    const { dir, store } = await openSample();
    await store.close();
    await rm(join(dir, 'documents'), { recursive: true });
    const store2 = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
    const project = await store2.getProject();
    expect(project.documents).toEqual([]);
  });
});

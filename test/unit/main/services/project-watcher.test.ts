import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../../src-main/services/project-store';
import { ProjectWatcher } from '../../../../src-main/services/project-watcher';
import { openSampleStore } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

describe('ProjectWatcher', () => {
  const tempDir = useTempDirs();
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function setUp(): Promise<{ dir: string; store: ProjectStore; watcher: ProjectWatcher }> {
    const { dir, store } = await openSampleStore(await tempDir());
    const watcher = new ProjectWatcher(store.folder, store.ownVersions).start();
    cleanups.push(
      () => watcher.close(),
      () => store.close(),
    );
    return { dir, store, watcher };
  }

  it('reports a document changed by another program, once, to a waiting caller', async () => {
    const { dir, watcher } = await setUp();
    const waiting = watcher.changesAfter(0, 5000);
    const path = join(dir, 'documents', 'POL-002.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('Scope', 'Scope (synced)'));
    const first = await waiting;
    expect(first.changes).toEqual([{ file: 'documents/POL-002.json', document: 'POL-002' }]);
    const again = await watcher.changesAfter(first.cursor, 300);
    expect(again).toEqual({ cursor: first.cursor, changes: [] });
  });

  it('does not report the program’s own saves', async () => {
    const { store, watcher } = await setUp();
    const opened = await store.readDocument('PRO-002');
    await store.saveDocument('PRO-002', opened.content, opened.version, 'Tom Okafor');
    expect(await watcher.changesAfter(0, 600)).toEqual({ cursor: 0, changes: [] });
  });

  it('reports a change to the project file and a new document file', async () => {
    const { dir, watcher } = await setUp();
    await writeFile(join(dir, 'documents', 'WI-001.json'), '{}');
    await writeFile(join(dir, 'qms-project.json'), `${await readFile(join(dir, 'qms-project.json'), 'utf8')} `);
    await expect
      .poll(async () => (await watcher.changesAfter(0, 50)).changes.map((change) => change.file).sort(), { timeout: 5000 })
      .toEqual(['documents/WI-001.json', 'qms-project.json']);
  });
});

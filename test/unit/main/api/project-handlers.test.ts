import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appPathsFromBuild } from '../../../../src-main/services/app-paths';
import { openWorkspace, type Workspace } from '../../../../src-main/services/open-workspace';
import { copySampleProject, REPO_ROOT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';

describe('the contract handlers of an open project', () => {
  const tempDir = useTempDirs();
  let workspace: Workspace | null = null;
  afterEach(async () => {
    await workspace?.close();
    workspace = null;
  });

  async function open() {
    const root = await tempDir();
    const folder = await copySampleProject(join(root, 'project'));
    workspace = await openWorkspace({
      folder,
      program: 'the tests',
      paths: appPathsFromBuild(join(REPO_ROOT, 'out', 'main')),
      userData: join(root, 'user'),
    });
    return { folder, dispatch: workspace.dispatch };
  }

  it('serve the clause catalog', async () => {
    const { dispatch } = await open();
    const result = await dispatch('get-catalog', {});
    expect(result.ok).toBe(true);
    if (result.ok)
      expect((result.value as { clauses: Array<{ id: string }> }).clauses.map((entry) => entry.id)).toContain('7.1.5.2');
    expect(await dispatch('get-catalog', { standard: '../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('get-catalog', { standard: 'iso-14001-2015' })).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
  });

  it('report the clauses each document’s sections are tagged with', async () => {
    const { dispatch } = await open();
    const result = await dispatch('get-project', {});
    if (!result.ok) throw new Error(result.error.message);
    expect((result.value as { sectionClauses: Record<string, string[]> }).sectionClauses['PRO-002']).toEqual([
      '8.7.1',
      '10.2.1',
      '8.7.2',
    ]);
  });

  it('create a blank document for a clause, numbered and typed for what the clause asks', async () => {
    const { folder, dispatch } = await open();
    const result = await dispatch('create-document', { blank: { type: 'record', clause: '9.2.2' } });
    if (!result.ok) throw new Error(result.error.message);
    const meta = (result.value as { meta: { id: string; title: string; clauses: string[]; template: string | null } }).meta;
    expect(meta).toMatchObject({ id: 'REC-001', clauses: ['9.2.2'], template: null });
    const file = JSON.parse(await readFile(join(folder, 'documents', 'REC-001.json'), 'utf8'));
    expect(file.content.root.children[0]).toMatchObject({ type: 'heading', $: { clause: '9.2.2' } });
    expect(await dispatch('create-document', { blank: { type: 'record', clause: '11.1' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await dispatch('create-document', { templateId: 'quality-policy', blank: { type: 'record', clause: '9.2.2' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('record a certification step in the project file, and refuse an unknown one', async () => {
    const { folder, dispatch } = await open();
    const recorded = await dispatch('record-certification-step', { step: 'gap-analysis', done: true, note: 'By Tom, September' });
    expect(recorded).toMatchObject({
      ok: true,
      value: { certification: { 'gap-analysis': { done: true, note: 'By Tom, September' } } },
    });
    const project = JSON.parse(await readFile(join(folder, 'qms-project.json'), 'utf8'));
    expect(project.certification['gap-analysis'].done).toBe(true);
    expect(await dispatch('record-certification-step', { step: 'bribe-the-auditor', done: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await dispatch('record-certification-step', { step: 'gap-analysis', done: false });
    expect(JSON.parse(await readFile(join(folder, 'qms-project.json'), 'utf8')).certification).toEqual({});
  });
});

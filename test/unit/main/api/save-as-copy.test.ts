import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedDocument, ResponseOf } from '../../../../src-shared/api/contract';
import type { HistoryEntry } from '../../../../src-shared/control/history';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import { useSampleWorkspace, value } from '../../../support/sample-workspace';

describe('save-as-copy (keep both after a conflict)', () => {
  const openSample = useSampleWorkspace();
  const open = (named = true) => openSample({ named });

  it('makes the user’s text a new draft of the same type, titled as their copy, with the next number', async () => {
    const { folder, dispatch } = await open();
    const originalBytes = await readFile(join(folder, 'documents', 'POL-001.json'), 'utf8');
    const mine = paragraphsContent('Our policy, as I rewrote it.');

    const copy = await value<ResponseOf<'save-as-copy'>>(dispatch('save-as-copy', { id: 'POL-001', content: mine }));
    expect(copy.meta).toMatchObject({
      id: 'POL-003',
      title: 'Quality Policy (my copy)',
      type: 'policy',
      status: 'draft',
      author: 'Tom Okafor',
    });

    const reread = await value<OpenedDocument>(dispatch('read-document', { id: 'POL-003' }));
    expect(JSON.stringify(reread.content)).toContain('Our policy, as I rewrote it.');
    // The original is left exactly as it is on disk.
    expect(await readFile(join(folder, 'documents', 'POL-001.json'), 'utf8')).toBe(originalBytes);

    const { entries } = await value<{ entries: HistoryEntry[] }>(dispatch('get-history', { id: 'POL-003' }));
    expect(entries).toEqual([
      expect.objectContaining({
        event: 'created',
        by: 'Tom Okafor',
        note: 'Copy of POL-001, kept when the file on disk had changed (keep both)',
      }),
    ]);
  });

  it('takes the title the user gives', async () => {
    const { dispatch } = await open();
    const copy = await value<ResponseOf<'save-as-copy'>>(
      dispatch('save-as-copy', { id: 'PRO-001', content: paragraphsContent('x'), title: 'Document control — Tom’s draft' }),
    );
    expect(copy.meta).toMatchObject({ id: 'PRO-003', title: 'Document control — Tom’s draft', type: 'procedure' });
  });

  it('refuses a document that does not exist, and content that is not a document, writing nothing', async () => {
    const { dispatch } = await open();
    expect(await dispatch('save-as-copy', { id: 'POL-099', content: paragraphsContent('x') })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('POL-099') },
    });
    expect(await dispatch('save-as-copy', { id: 'POL-001', content: { root: { type: 'script' } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const project = await value<{ documents: Array<{ id: string }> }>(dispatch('get-project', {}));
    expect(project.documents.map((meta) => meta.id)).not.toContain('POL-003');
  });

  it('asks who is acting before it records a new document', async () => {
    const { dispatch } = await open(false);
    expect(await dispatch('save-as-copy', { id: 'POL-001', content: paragraphsContent('x') })).toMatchObject({
      ok: false,
      error: { code: 'needs-name' },
    });
  });
});

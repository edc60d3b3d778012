import { describe, expect, it } from 'vitest';
import type { OpenedDocument, ResponseOf } from '../../../../src-shared/api/contract';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import { contentToPlainText } from '../../../../src-shared/editor/serialized-content';
import { useSampleWorkspace, value } from '../../../support/sample-workspace';

describe('the contract calls for revisions', () => {
  const openSample = useSampleWorkspace();
  async function open(options: { named?: boolean } = {}) {
    const { dispatch } = await openSample(options);
    const read = (id: string) => value<OpenedDocument>(dispatch('read-document', { id }));
    return { dispatch, read };
  }

  it('refuse malformed requests before anything is read', async () => {
    const { dispatch, read } = await open();
    const { version } = await read('POL-001');
    const invalid = [
      ['read-revision', { id: 'POL-001', revision: '../3' }],
      ['read-revision', { id: 'POL-001' }],
      ['read-revision', { id: '../POL-001', revision: '3' }],
      ['discard-revision', { id: 'POL-001' }],
      ['discard-revision', { id: 'POL-001', baseVersion: 'not-a-hash' }],
      ['discard-revision', { id: 'POL-001', baseVersion: version, by: 'Someone Else' }],
    ] as const;
    for (const [channel, request] of invalid) {
      expect(await dispatch(channel, request), JSON.stringify(request)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('refuse a typed change to an approved document, then start a revision, read the one in force and discard the draft', async () => {
    const { dispatch, read } = await open();
    const approved = await read('POL-001');
    const refused = await dispatch('save-document', {
      id: 'POL-001',
      content: paragraphsContent('Typed into an approved policy.'),
      baseVersion: approved.version,
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'read-only',
        message: 'Revision 3 of POL-001 is approved and in force. To change it, start a new revision.',
      },
    });

    const started = await value<ResponseOf<'change-status'>>(dispatch('change-status', { id: 'POL-001', to: 'draft' }));
    expect(started.meta).toMatchObject({ status: 'draft', revision: '4', author: 'Tom Okafor' });
    await value(
      dispatch('save-document', { id: 'POL-001', content: paragraphsContent('Draft text.'), baseVersion: started.version }),
    );
    const inForce = await value<ResponseOf<'read-revision'>>(dispatch('read-revision', { id: 'POL-001', revision: '3' }));
    expect(contentToPlainText(inForce.content)).toBe(contentToPlainText(approved.content));

    const draft = await read('POL-001');
    const discarded = await value<ResponseOf<'discard-revision'>>(
      dispatch('discard-revision', { id: 'POL-001', baseVersion: draft.version }),
    );
    expect(discarded.meta).toMatchObject({ status: 'approved', revision: '3' });
    const history = await value<ResponseOf<'get-history'>>(dispatch('get-history', { id: 'POL-001' }));
    expect(history.entries.at(-1)).toMatchObject({ event: 'revision-discarded', by: 'Tom Okafor' });
  });

  it('ask for the user’s name before a discard is recorded', async () => {
    const { dispatch } = await open({ named: false });
    const started = await value<ResponseOf<'change-status'>>(
      dispatch('change-status', { id: 'POL-001', to: 'draft', by: 'Elaine Marsh' }),
    );
    expect(await dispatch('discard-revision', { id: 'POL-001', baseVersion: started.version })).toMatchObject({
      ok: false,
      error: { code: 'needs-name' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { OpenedDocument, ResponseOf } from '../../../../src-shared/api/contract';
import { contentToPlainText } from '../../../../src-shared/editor/serialized-content';
import { commitsOf } from '../../../support/git-commits';
import { useSampleWorkspace, value } from '../../../support/sample-workspace';

describe('keep version history with git, through the contract', () => {
  const openSample = useSampleWorkspace();

  it('makes the open project a repository with a first commit by the user, and get-project says so', async () => {
    const { folder, dispatch } = await openSample();
    expect((await value<ResponseOf<'get-project'>>(dispatch('get-project', {}))).versionHistory).toBe(false);
    expect(await dispatch('enable-version-history', {})).toEqual({ ok: true, value: { versionHistory: true } });
    expect((await value<ResponseOf<'get-project'>>(dispatch('get-project', {}))).versionHistory).toBe(true);
    const [first] = await commitsOf(folder);
    expect(first?.commit.author.name).toBe('Tom Okafor');
    const again = await dispatch('enable-version-history', {});
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('asks for the user’s name first, and makes nothing without it', async () => {
    const { folder, dispatch } = await openSample({ named: false });
    expect(await dispatch('enable-version-history', {})).toMatchObject({ ok: false, error: { code: 'needs-name' } });
    expect((await value<ResponseOf<'get-project'>>(dispatch('get-project', {}))).versionHistory).toBe(false);
    await expect(commitsOf(folder)).rejects.toThrow();
  });

  it('lists no versions, and no error, while the project keeps no version history', async () => {
    const { dispatch } = await openSample();
    expect(await dispatch('document-versions', { id: 'POL-001' })).toEqual({ ok: true, value: { versions: [] } });
  });

  it('refuses a malformed document number or version id before anything is read', async () => {
    const { dispatch } = await openSample();
    const invalid = [
      ['document-versions', { id: '../POL-001' }],
      ['document-versions', {}],
      ['read-document-version', { id: 'POL-001' }],
      ['read-document-version', { id: 'POL-001', version: 'HEAD' }],
      ['read-document-version', { id: 'POL-001', version: 'A'.repeat(40) }],
      ['read-document-version', { id: 'POL-001', version: 'a'.repeat(39) }],
      ['read-document-version', { id: 'POL-001', version: 'a'.repeat(40), extra: true }],
    ] as const;
    for (const [channel, request] of invalid) {
      expect(await dispatch(channel, request), JSON.stringify(request)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('lists a document’s versions with who made them and reads one back as it was', async () => {
    const { dispatch } = await openSample();
    await value(dispatch('enable-version-history', {}));
    const approved = await value<OpenedDocument>(dispatch('read-document', { id: 'POL-001' }));
    await value(dispatch('change-status', { id: 'POL-001', to: 'draft', note: 'Yearly review' }));
    const { versions } = await value<ResponseOf<'document-versions'>>(dispatch('document-versions', { id: 'POL-001' }));
    expect(versions.map(({ author, message, revision, status }) => ({ author, message, revision, status }))).toEqual([
      {
        author: 'Tom Okafor',
        message: 'POL-001 revision 4 started by Tom Okafor: Yearly review',
        revision: '4',
        status: 'draft',
      },
      { author: 'Tom Okafor', message: 'Version history started by Tom Okafor', revision: '3', status: 'approved' },
    ]);
    const first = await value<ResponseOf<'read-document-version'>>(
      dispatch('read-document-version', { id: 'POL-001', version: versions[1]?.id as string }),
    );
    expect(first.meta).toEqual(approved.meta);
    expect(contentToPlainText(first.content)).toBe(contentToPlainText(approved.content));
    expect(await dispatch('read-document-version', { id: 'POL-001', version: 'c'.repeat(40) })).toEqual({
      ok: false,
      error: { code: 'not-found', message: "There is no version ccccccc of POL-001 in this project's version history." },
    });
  });
});

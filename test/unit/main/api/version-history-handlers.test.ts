import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../../src-shared/api/contract';
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
});

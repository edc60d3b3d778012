import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CredentialStore, createSyncHandlers } from '../../../../src-main/api/sync-handlers';
import type { Credentials } from '../../../../src-main/services/git/sync';
import type { WorkspaceHost } from '../../../../src-main/services/open-workspace';
import { type GitServer, startGitServer } from '../../../support/git-server';
import { useTempDirs } from '../../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../support/timeouts';
import { newGitProject, openStore } from '../../../support/two-copies';

/** "Open a shared project": a first copy through a server that wants a sign-in, then opened in the window. */
describe('open-shared-project', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();
  const RIGHT = { username: 'ann', password: 'right-5521' };
  let server: GitServer;
  let remote: string;

  beforeAll(async () => {
    server = await startGitServer({ auth: RIGHT });
    await server.createBareRepo('acme.git');
    remote = server.url('acme.git');
    const dir = join(await tempDir(), 'first');
    await newGitProject(dir, 'Ann Lee');
    const store = await openStore(dir);
    try {
      await store.sync({ by: 'Ann Lee', remote, credentials: () => RIGHT });
    } finally {
      await store.close();
    }
  });
  afterAll(() => server?.close());

  function handlers() {
    const opened: string[] = [];
    const kept = new Map<string, Credentials>();
    const credentialStore: CredentialStore = { get: async (h) => kept.get(h) ?? null, set: async (h, c) => void kept.set(h, c) };
    const host = {
      switchTo: async (folder: string) => {
        opened.push(folder);
        return { folder, organization: { name: 'Acme Ltd' } };
      },
    } as unknown as WorkspaceHost;
    return { calls: createSyncHandlers(host, async () => 'Ben Cole', credentialStore), opened, kept };
  }

  it('brings the copy with the sign-in typed, opens it, and keeps the sign-in only when asked to', async () => {
    const { calls, opened, kept } = handlers();
    const folder = join(await tempDir(), 'ben', 'acme');
    await expect(calls['open-shared-project']({ remote, folder })).rejects.toMatchObject({
      code: 'unauthorized',
      message: expect.stringContaining('asks for a sign-in'),
    });
    await expect(
      calls['open-shared-project']({ remote, folder, credentials: { ...RIGHT, password: 'wrong', remember: true } }),
    ).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringContaining('refused the sign-in') });
    expect(existsSync(folder)).toBe(false);
    expect(kept.size).toBe(0);
    expect(opened).toEqual([]);

    const answer = await calls['open-shared-project']({ remote, folder, credentials: { ...RIGHT, remember: true } });
    expect(answer).toEqual({ folder, name: 'Acme Ltd' });
    expect(opened).toEqual([folder]);
    expect(existsSync(join(folder, 'qms-project.json'))).toBe(true);
    expect(kept.get(new URL(remote).host)).toEqual(RIGHT);
  });

  it('refuses a folder that is not given from the top, creating nothing', async () => {
    const { calls, opened } = handlers();
    await expect(calls['open-shared-project']({ remote, folder: 'acme-copy' })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('"acme-copy" is not a full folder path'),
    });
    expect(existsSync(join(process.cwd(), 'acme-copy'))).toBe(false);
    expect(opened).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CredentialStore, createSyncHandlers } from '../../../../src-main/api/sync-handlers';
import type { Credentials, SyncResult } from '../../../../src-main/services/git/sync';
import type { WorkspaceHost } from '../../../../src-main/services/open-workspace';
import type { ProjectStore } from '../../../../src-main/services/project-store';
import type { SyncProgress } from '../../../../src-shared/project/sync-remote';

/**
 * The sync handlers around a stand-in for the project store: what sign-in the server is given
 * (typed, else kept, else the environment), when a typed sign-in is kept, one sync at a time,
 * progress under the window's job id. The sync itself is tested against a real server in
 * test/unit/main/services/git/sync.test.ts.
 */

const REMOTE = 'https://git.acme.example/quality/qms.git';
const HOST = 'git.acme.example';

const synced = (remote = REMOTE): SyncResult => ({
  outcome: 'synced',
  remote,
  received: [],
  sent: [],
  draftsKept: 0,
  upToDate: true,
  commit: 'a'.repeat(40),
  renumbered: [],
  reconciled: [],
  approvalsKept: [],
  profileClashes: [],
  keptTwice: [],
});

type SyncRequest = Parameters<ProjectStore['sync']>[0];

interface FakeStoreOptions {
  /** The server asks for a sign-in (the store's `credentials` is called), as a private repository does. */
  asksForSignIn?: boolean;
  /** The remote the project remembers. */
  remembered?: string | null;
  /** What the sync answers; a function may wait, report progress or fail. */
  answer?: (request: SyncRequest) => Promise<SyncResult>;
}

/** A project store that records what a sync was given and what the server would have received. */
function fakeHost(options: FakeStoreOptions = {}) {
  const requests: SyncRequest[] = [];
  const signIns: (Credentials | null)[] = [];
  const store = {
    syncRemote: async () => options.remembered ?? null,
    sync: async (request: SyncRequest) => {
      requests.push(request);
      if (options.asksForSignIn ?? true) signIns.push((await request.credentials?.()) ?? null);
      return options.answer ? options.answer(request) : synced(request.remote ?? options.remembered ?? REMOTE);
    },
    keepDrafts: async () => ({ files: 0, documents: [] }),
  };
  return { host: { store } as unknown as WorkspaceHost, requests, signIns };
}

/** A credential store in memory, recording what was kept. */
function memoryStore(initial: Record<string, Credentials> = {}) {
  const kept = new Map(Object.entries(initial));
  const asked: string[] = [];
  const store: CredentialStore & { kept: Map<string, Credentials>; asked: string[] } = {
    kept,
    asked,
    get: async (host) => {
      asked.push(host);
      return kept.get(host) ?? null;
    },
    set: async (host, credentials) => {
      kept.set(host, credentials);
    },
  };
  return store;
}

const named = async () => 'Ann Lee';
const JOB = 'sync-job-0001';
const TYPED = { username: 'ann', password: 'typed-token', remember: false };

describe('sync handlers', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  describe('which sign-in the server is given', () => {
    it('what the user typed first, over a kept sign-in and the environment', async () => {
      vi.stubEnv('QMS_GIT_TOKEN', 'environment-token');
      const { host, signIns } = fakeHost();
      const handlers = createSyncHandlers(host, named, memoryStore({ [HOST]: { username: 'ann', password: 'kept' } }));
      await handlers.sync({ job: JOB, remote: REMOTE, credentials: TYPED });
      expect(signIns).toEqual([{ username: 'ann', password: 'typed-token' }]);
    });

    it('else the sign-in kept for that host, over the environment', async () => {
      vi.stubEnv('QMS_GIT_TOKEN', 'environment-token');
      const { host, signIns } = fakeHost();
      const kept = memoryStore({ [HOST]: { username: 'ann', password: 'kept' }, 'github.com': { username: 'x', password: 'y' } });
      await createSyncHandlers(host, named, kept).sync({ job: JOB, remote: REMOTE });
      expect(kept.asked).toEqual([HOST]);
      expect(signIns).toEqual([{ username: 'ann', password: 'kept' }]);
    });

    it('for the remembered shared project when the request names none', async () => {
      const { host, signIns } = fakeHost({ remembered: 'https://gitlab.example:8443/acme/qms.git' });
      const kept = memoryStore({ 'gitlab.example:8443': { username: 'ann', password: 'kept-for-gitlab' } });
      await createSyncHandlers(host, named, kept).sync({ job: JOB });
      expect(kept.asked).toEqual(['gitlab.example:8443']);
      expect(signIns).toEqual([{ username: 'ann', password: 'kept-for-gitlab' }]);
    });

    it('else the environment: QMS_GIT_TOKEN with QMS_GIT_USERNAME, or "token" as the user name', async () => {
      vi.stubEnv('QMS_GIT_TOKEN', 'environment-token');
      const first = fakeHost();
      await createSyncHandlers(first.host, named, memoryStore()).sync({ job: JOB, remote: REMOTE });
      expect(first.signIns).toEqual([{ username: 'token', password: 'environment-token' }]);

      vi.stubEnv('QMS_GIT_USERNAME', 'ann.lee');
      const second = fakeHost();
      await createSyncHandlers(second.host, named, undefined).sync({ job: JOB, remote: REMOTE });
      expect(second.signIns).toEqual([{ username: 'ann.lee', password: 'environment-token' }]);
    });

    it('QMS_GIT_PASSWORD when QMS_GIT_TOKEN is set but empty', async () => {
      vi.stubEnv('QMS_GIT_TOKEN', '');
      vi.stubEnv('QMS_GIT_PASSWORD', 'environment-password');
      vi.stubEnv('QMS_GIT_USERNAME', 'ann.lee');
      const { host, signIns } = fakeHost();
      await createSyncHandlers(host, named, undefined).sync({ job: JOB, remote: REMOTE });
      expect(signIns).toEqual([{ username: 'ann.lee', password: 'environment-password' }]);
    });

    it('the environment too when the kept sign-ins cannot be read', async () => {
      vi.stubEnv('QMS_GIT_TOKEN', 'environment-token');
      const { host, signIns } = fakeHost();
      const broken: CredentialStore = {
        get: async () => {
          throw new Error('The system keyring is locked');
        },
        set: async () => undefined,
      };
      await createSyncHandlers(host, named, broken).sync({ job: JOB, remote: REMOTE });
      expect(signIns).toEqual([{ username: 'token', password: 'environment-token' }]);
    });

    it('none at all when there is nothing to give (the window then asks)', async () => {
      vi.stubEnv('QMS_GIT_TOKEN', '');
      vi.stubEnv('QMS_GIT_PASSWORD', '');
      const { host, signIns } = fakeHost();
      await createSyncHandlers(host, named, memoryStore()).sync({ job: JOB, remote: REMOTE });
      expect(signIns).toEqual([null]);
    });
  });

  describe('keeping a typed sign-in', () => {
    it('keeps it for the host after a sync the server accepted, when asked to', async () => {
      const { host } = fakeHost();
      const kept = memoryStore();
      await createSyncHandlers(host, named, kept).sync({ job: JOB, remote: REMOTE, credentials: { ...TYPED, remember: true } });
      expect([...kept.kept]).toEqual([[HOST, { username: 'ann', password: 'typed-token' }]]);
    });

    it('does not keep it when not asked to', async () => {
      const { host } = fakeHost();
      const kept = memoryStore();
      await createSyncHandlers(host, named, kept).sync({ job: JOB, remote: REMOTE, credentials: TYPED });
      expect(kept.kept.size).toBe(0);
    });

    it('does not keep it when the sync failed (a wrong password is never kept)', async () => {
      const { host } = fakeHost({
        answer: async () => {
          throw Object.assign(new Error('git.acme.example refused the sign-in'), { code: 'unauthorized' });
        },
      });
      const kept = memoryStore();
      await expect(
        createSyncHandlers(host, named, kept).sync({ job: JOB, remote: REMOTE, credentials: { ...TYPED, remember: true } }),
      ).rejects.toThrow('refused the sign-in');
      expect(kept.kept.size).toBe(0);
    });

    it('does not keep it when the sync stopped for choices (nothing was sent yet)', async () => {
      const { host } = fakeHost({ answer: async () => ({ outcome: 'needs-choices', clashes: [], remote: REMOTE }) });
      const kept = memoryStore();
      const answer = await createSyncHandlers(host, named, kept).sync({
        job: JOB,
        remote: REMOTE,
        credentials: { ...TYPED, remember: true },
      });
      expect(answer.outcome).toBe('needs-choices');
      expect(kept.kept.size).toBe(0);
    });

    it('does not keep it when the server never asked for it (it was not checked)', async () => {
      const { host } = fakeHost({ asksForSignIn: false });
      const kept = memoryStore();
      await createSyncHandlers(host, named, kept).sync({ job: JOB, remote: REMOTE, credentials: { ...TYPED, remember: true } });
      expect(kept.kept.size).toBe(0);
    });

    it('syncs without keeping anything where there is no store (browser mode)', async () => {
      const { host } = fakeHost();
      const answer = await createSyncHandlers(host, named, undefined).sync({
        job: JOB,
        remote: REMOTE,
        credentials: { ...TYPED, remember: true },
      });
      expect(answer.outcome).toBe('synced');
    });

    it('still answers the sync when keeping the sign-in fails', async () => {
      const { host } = fakeHost();
      const failing: CredentialStore = {
        get: async () => null,
        set: async () => {
          throw new Error('disk full');
        },
      };
      const answer = await createSyncHandlers(host, named, failing).sync({
        job: JOB,
        remote: REMOTE,
        credentials: { ...TYPED, remember: true },
      });
      expect(answer.outcome).toBe('synced');
    });
  });

  describe('one sync at a time, with its progress', () => {
    /** A sync that reports progress and waits until told to finish. */
    function heldSync() {
      let finish!: () => void;
      const held = new Promise<void>((resolve) => {
        finish = resolve;
      });
      let reported!: () => void;
      const progressed = new Promise<void>((resolve) => {
        reported = resolve;
      });
      const fake = fakeHost({
        asksForSignIn: false,
        answer: async (request) => {
          request.onProgress?.({ phase: 'receiving', done: 120, total: 480 } satisfies SyncProgress);
          reported();
          await held;
          return synced();
        },
      });
      return { ...fake, finish, progressed };
    }

    it('reports progress under the job id the window chose, and "waiting" for any other job or once done', async () => {
      const { host, finish, progressed } = heldSync();
      const handlers = createSyncHandlers(host, named, undefined);
      expect(await handlers['sync-progress']({ job: JOB })).toEqual({ phase: 'waiting', done: 0, total: 0 });
      const running = handlers.sync({ job: JOB, remote: REMOTE });
      await progressed;
      expect(await handlers['sync-progress']({ job: JOB })).toEqual({ phase: 'receiving', done: 120, total: 480 });
      expect(await handlers['sync-progress']({ job: 'another-job-01' })).toEqual({ phase: 'waiting', done: 0, total: 0 });
      finish();
      await running;
      expect(await handlers['sync-progress']({ job: JOB })).toEqual({ phase: 'waiting', done: 0, total: 0 });
    });

    it('refuses a second sync while one runs, and allows the next once it ended', async () => {
      const { host, finish, progressed, requests } = heldSync();
      const handlers = createSyncHandlers(host, named, undefined);
      const first = handlers.sync({ job: JOB, remote: REMOTE });
      await progressed;
      await expect(handlers.sync({ job: 'sync-job-0002', remote: REMOTE })).rejects.toMatchObject({
        code: 'conflict',
        message: 'A sync is already running; wait for it to finish.',
      });
      finish();
      await first;
      expect((await handlers.sync({ job: 'sync-job-0003', remote: REMOTE })).outcome).toBe('synced');
      expect(requests).toHaveLength(2);
    });

    it('refuses the second of two syncs asked at the same moment (a double click)', async () => {
      const { host, finish, requests } = heldSync();
      const handlers = createSyncHandlers(host, named, undefined);
      const first = handlers.sync({ job: JOB, remote: REMOTE });
      const second = handlers.sync({ job: 'sync-job-0002', remote: REMOTE });
      await expect(second).rejects.toMatchObject({ code: 'conflict' });
      finish();
      expect((await first).outcome).toBe('synced');
      expect(requests).toHaveLength(1);
    });

    it('frees the job when the sync fails', async () => {
      let fail = true;
      const { host } = fakeHost({
        asksForSignIn: false,
        answer: async () => {
          if (fail) throw new Error('Could not reach git.acme.example (ECONNREFUSED)');
          return synced();
        },
      });
      const handlers = createSyncHandlers(host, named, undefined);
      await expect(handlers.sync({ job: JOB, remote: REMOTE })).rejects.toThrow('ECONNREFUSED');
      fail = false;
      expect((await handlers.sync({ job: JOB, remote: REMOTE })).outcome).toBe('synced');
    });
  });

  it('asks for the user’s name first, and starts no sync without it', async () => {
    const { host, requests } = fakeHost();
    const handlers = createSyncHandlers(host, async () => null, memoryStore());
    await expect(handlers.sync({ job: JOB, remote: REMOTE })).rejects.toMatchObject({ code: 'needs-name' });
    await expect(handlers['keep-drafts']({})).rejects.toMatchObject({ code: 'needs-name' });
    expect(requests).toEqual([]);
    expect(await handlers['sync-progress']({ job: JOB })).toEqual({ phase: 'waiting', done: 0, total: 0 });
  });

  it('passes the user’s name, the address and the choices to the sync', async () => {
    const { host, requests } = fakeHost({ asksForSignIn: false });
    await createSyncHandlers(host, named, undefined).sync({ job: JOB, remote: REMOTE, choices: { 'PRO-001': 'both' } });
    expect(requests).toEqual([expect.objectContaining({ by: 'Ann Lee', remote: REMOTE, choices: { 'PRO-001': 'both' } })]);
  });
});

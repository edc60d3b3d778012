import type { RequestOf } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/result';
import type { SyncProgress } from '../../src-shared/project/sync-remote';
import { type Credentials, cloneProject } from '../services/git/sync';
import type { WorkspaceHost } from '../services/open-workspace';
import { requireAbsolute } from './absolute-folder';
import type { Handlers } from './dispatcher';

type SignInRequest = NonNullable<RequestOf<'sync'>['credentials']>;

/**
 * Where a sign-in for a host is kept between syncs: the operating system's store in the
 * desktop program (Electron safeStorage, src-main/shell); none in browser mode, which asks.
 */
export interface CredentialStore {
  get(host: string): Promise<Credentials | null>;
  set(host: string, credentials: Credentials): Promise<void>;
}

/** A sign-in from the environment (QMS_GIT_TOKEN, and QMS_GIT_USERNAME or "token"), for browser mode and the CLI. */
export function credentialsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Credentials | null {
  // `||`, not `??`: an empty QMS_GIT_TOKEN (set but blank in a CI file) must not hide QMS_GIT_PASSWORD.
  const password = env.QMS_GIT_TOKEN || env.QMS_GIT_PASSWORD;
  if (!password) return null;
  return { username: env.QMS_GIT_USERNAME || 'token', password };
}

/**
 * Sync, its progress under the job id the window chose (as for exports), and keeping a
 * version of the drafts. A sign-in comes from what the user typed, else the store, else the
 * environment; when none is given and the server wants one, the answer is `unauthorized` and
 * the window asks.
 */
export function createSyncHandlers(
  host: WorkspaceHost,
  userName: () => Promise<string | null>,
  credentialStore: CredentialStore | undefined,
): Pick<Handlers, 'sync' | 'sync-progress' | 'keep-drafts' | 'open-shared-project'> {
  const running = new Map<string, SyncProgress>();
  /**
   * The sign-in for a server, asked only when it wants one: typed, else kept, else the
   * environment. `keep` stores a typed one the user asked to remember, once it has worked.
   */
  const signInFor = (address: () => Promise<string | null>, typed: SignInRequest | undefined) => {
    let usedTyped = false;
    return {
      credentials: async (): Promise<Credentials | null> => {
        if (typed) {
          usedTyped = true;
          return { username: typed.username, password: typed.password };
        }
        const url = await address();
        const hostName = url && URL.canParse(url) ? new URL(url).host : '';
        return (await credentialStore?.get(hostName).catch(() => null)) ?? credentialsFromEnvironment();
      },
      keep: async (url: string) => {
        if (!usedTyped || !typed?.remember || !credentialStore) return;
        await credentialStore
          .set(new URL(url).host, { username: typed.username, password: typed.password })
          .catch(() => undefined);
      },
    };
  };
  return {
    'sync-progress': async ({ job }) => running.get(job) ?? { phase: 'waiting', done: 0, total: 0 },
    sync: async ({ job, remote, choices, credentials }) => {
      if (running.size > 0) throw new DomainError('conflict', 'A sync is already running; wait for it to finish.');
      // Taken before the first await: two syncs asked at once (a double click) must not both pass the check.
      running.set(job, { phase: 'preparing', done: 0, total: 0 });
      const store = host.store;
      const signIn = signInFor(async () => remote ?? (await store.syncRemote()), credentials);
      try {
        const by = await userName();
        if (!by) throw new DomainError('needs-name', 'Set your name first: what you send is recorded with who did it.');
        const result = await store.sync({
          by,
          remote,
          choices,
          onProgress: (progress) => running.set(job, progress),
          credentials: signIn.credentials,
        });
        if (result.outcome === 'synced') await signIn.keep(result.remote);
        return result;
      } finally {
        running.delete(job);
      }
    },
    'open-shared-project': async ({ remote, folder, credentials }) => {
      const target = requireAbsolute(folder);
      const signIn = signInFor(async () => remote, credentials);
      await cloneProject(target, remote, { credentials: signIn.credentials });
      const store = await host.switchTo(target);
      await signIn.keep(remote);
      return { folder: store.folder, name: store.organization.name };
    },
    'keep-drafts': async () => {
      const by = await userName();
      if (!by) throw new DomainError('needs-name', 'Set your name first: a version is recorded with who kept it.');
      return host.store.keepDrafts(by);
    },
  };
}

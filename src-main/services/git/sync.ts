import fs from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  addRemote,
  clone,
  commit,
  currentBranch,
  deleteRef,
  fetch,
  findMergeBase,
  getConfig,
  isDescendent,
  push,
  readBlob,
  readCommit,
  resetIndex,
  resolveRef,
  writeRef,
} from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { DomainError } from '../../../src-shared/api/result';
import type { RevisionScheme } from '../../../src-shared/control/revision';
import { PROJECT_FILE_NAME } from '../../../src-shared/project/schema';
import { type RemoteAddress, type SyncProgress, syncRemoteProblem } from '../../../src-shared/project/sync-remote';
import { writeFileAtomic } from '../atomic-write';
import { Rollback } from '../rollback';
import { type Choice, type DocumentClash, documentOfPath, type MergeOutcome, mergeProject } from './merge-project';
import { isRepository } from './repository';
import { changedPaths, flatTree, type GitCache, readText, workingTree, writeFlatTree, writeText } from './tree-map';

/**
 * Sync: the project's own work (drafts included) sent to a shared repository on any git host,
 * and the others' work brought in, merged by the project's rules (merge-project.ts).
 * Nothing in the folder changes until the server has accepted the result: the drafts and the
 * merge are written as objects only, pushed, and only then are the files, the branch and the
 * index moved. An unreachable server, a refused sign-in or a refused push leave the project
 * as it was.
 */

export interface Credentials {
  username: string;
  password: string;
}

export interface SyncOptions {
  folder: string;
  /** The shared repository; remembered for next time. Without it, the one remembered. */
  remote?: string;
  by: string;
  scheme: RevisionScheme;
  /** Asked when the server wants a sign-in; null when there is none to give. */
  credentials?: () => Promise<Credentials | null> | Credentials | null;
  choices?: Readonly<Record<string, Choice>>;
  onProgress?: (progress: SyncProgress) => void;
  now?: () => Date;
}

/** A document that came in or went out, for the summary. */
export interface DocumentChange {
  id: string;
  title: string;
}

export type SyncResult =
  | {
      outcome: 'needs-choices';
      /** `theirs.version`: the shared project's version (a commit fetched, not merged) that holds their text. */
      clashes: (Omit<DocumentClash, 'theirs'> & { theirs: DocumentClash['theirs'] & { version: string } })[];
      remote: string;
    }
  | ({
      outcome: 'synced';
      remote: string;
      received: DocumentChange[];
      sent: DocumentChange[];
      /** Drafts and other changes of this copy that were put into the version history first. */
      draftsKept: number;
      /** Nothing came in and nothing went out. */
      upToDate: boolean;
      commit: string;
    } & Pick<MergeOutcome, 'renumbered' | 'reconciled' | 'approvalsKept' | 'profileClashes' | 'keptTwice'>);

const REMOTE = 'origin';
const OUTGOING_REF = 'refs/qms/outgoing';
const NO_MERGE: Pick<MergeOutcome, 'renumbered' | 'reconciled' | 'approvalsKept' | 'profileClashes' | 'keptTwice'> = {
  renumbered: [],
  reconciled: [],
  approvalsKept: [],
  profileClashes: [],
  keptTwice: [],
};

/** The shared repository a project syncs with, or null. */
export async function remoteOf(folder: string): Promise<string | null> {
  if (!(await isRepository(folder))) return null;
  const url = (await getConfig({ fs, dir: folder, path: `remote.${REMOTE}.url` })) as string | undefined;
  return url ?? null;
}

function checkedRemote(url: string): RemoteAddress {
  const problem = syncRemoteProblem(url);
  if (problem) throw new DomainError('invalid-request', problem);
  return new URL(url) as RemoteAddress;
}

const signature = (name: string, at: Date) => ({
  name,
  email: '',
  timestamp: Math.floor(at.getTime() / 1000),
  timezoneOffset: 0,
});

/** What isomorphic-git needs for a server: transport, sign-in and progress. */
function transport(url: string, options: Pick<SyncOptions, 'credentials' | 'onProgress'>, phase: SyncProgress['phase']) {
  let asked = false;
  const messages: string[] = [];
  return {
    http,
    url,
    corsProxy: undefined,
    onAuth: async () => {
      const given = await options.credentials?.();
      // "Refused the sign-in" only once one was given; with none, the server "asks for" one.
      asked = Boolean(given);
      return given ? { username: given.username, password: given.password } : { cancel: true };
    },
    // The same credentials again would fail again: stop, and say so.
    onAuthFailure: () => ({ cancel: true }),
    onProgress: (event: { loaded: number; total?: number }) =>
      options.onProgress?.({ phase, done: event.loaded, total: event.total ?? 0 }),
    // What the server says on its side band ("remote: …"), such as why a hook refused a push.
    onMessage: (message: string) => {
      for (const line of message.split(/\r?\n/)) if (line.trim()) messages.push(line.trim());
    },
    wasAsked: () => asked,
    serverSaid: () => messages.join(' '),
  };
}

/** The words for what went wrong talking to the server; git's own words stay out of the window. */
function serverProblem(
  error: unknown,
  url: string,
  { signInAsked, serverSaid = '' }: { signInAsked: boolean; serverSaid?: string },
  action: 'reach' | 'send',
): DomainError {
  const host = new URL(url).host;
  const e = error as { code?: string; data?: { statusCode?: number; reason?: string; prettyDetails?: string }; message?: string };
  const status = e.data?.statusCode;
  if (e.code === 'UserCanceledError' || status === 401 || status === 203) {
    return signInAsked
      ? new DomainError(
          'unauthorized',
          `${host} refused the sign-in: check the user name and password (or access token). Nothing was changed.`,
        )
      : new DomainError(
          'unauthorized',
          `${host} asks for a sign-in: give a user name and password (or access token). Nothing was changed.`,
        );
  }
  if (status === 403)
    return new DomainError(
      'forbidden',
      `${host} does not let this sign-in ${action === 'send' ? 'send changes' : 'read the project'} (403). Nothing was changed.`,
    );
  if (status === 404) return new DomainError('not-found', `${host} has no shared project at ${url} (404). Nothing was changed.`);
  if (e.code === 'GitPushError' || e.code === 'PushRejectedError') {
    const why = (serverSaid || e.data?.prettyDetails || e.data?.reason || e.message || '').trim();
    return new DomainError('forbidden', `${host} refused the changes${why ? `: ${why}` : ''}. Nothing was changed here.`);
  }
  const network = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'];
  if (e.code && network.includes(e.code))
    return new DomainError(
      'unavailable',
      `Could not reach ${host} (${e.code}): work on offline and sync later. Nothing was changed.`,
    );
  if (status) return new DomainError('unavailable', `${host} answered ${status}: ${e.message ?? ''} Nothing was changed.`.trim());
  return new DomainError('unavailable', `Sync with ${host} failed: ${e.message ?? String(error)}. Nothing was changed.`);
}

function commitMessage(by: string, changed: readonly string[]): string {
  const documents = [...new Set(changed.map(documentOfPath).filter((id): id is string => id !== null))];
  const list = documents.length > 0 ? `: ${documents.slice(0, 12).join(', ')}${documents.length > 12 ? ', …' : ''}` : '';
  return `Drafts of ${by} kept before sync${list}\n`;
}

async function titles(
  folder: string,
  files: ReadonlyMap<string, string>,
  paths: readonly string[],
  cache: GitCache,
): Promise<DocumentChange[]> {
  const ids = [...new Set(paths.map(documentOfPath).filter((id): id is string => id !== null))].sort();
  return Promise.all(
    ids.map(async (id) => {
      const oid = files.get(`documents/${id}.json`);
      if (!oid) return { id, title: '(removed)' };
      try {
        return {
          id,
          title: String((JSON.parse(await readText(folder, oid, cache)) as { meta?: { title?: unknown } }).meta?.title ?? id),
        };
      } catch {
        return { id, title: id };
      }
    }),
  );
}

/** Commits the folder's changes since the last version (drafts, new documents, the profile) on the branch. */
export async function keepDrafts(folder: string, by: string, at = new Date()): Promise<{ files: number; documents: string[] }> {
  if (!(await isRepository(folder)))
    throw new DomainError(
      'invalid-request',
      `${folder} keeps no version history: start it first (Keep version history in the profile, or qms start-history).`,
    );
  const dir = folder;
  const cache: GitCache = {};
  const head = await resolveRef({ fs, dir, ref: 'HEAD' });
  const headFiles = await flatTree(dir, head, cache);
  const work = await workingTree(dir, headFiles, cache);
  const documents = [...new Set(work.changed.map(documentOfPath).filter((id): id is string => id !== null))].sort();
  if (work.changed.length === 0) return { files: 0, documents };
  const branch = (await currentBranch({ fs, dir })) ?? 'main';
  const oid = await commit({
    fs,
    dir,
    message: commitMessage(by, work.changed).replace(' before sync', ''),
    author: signature(by, at),
    committer: signature(by, at),
    tree: await writeFlatTree(dir, work.files),
    parent: [head],
    noUpdateBranch: true,
  });
  await writeRef({ fs, dir, ref: `refs/heads/${branch}`, value: oid, force: true });
  for (const path of work.changed) await resetIndex({ fs, dir, cache, filepath: path }).catch(() => undefined);
  return { files: work.changed.length, documents };
}

/** Fetch, merge and push; see the module comment. Runs with the project's writes held (the store). */
export async function syncProject(options: SyncOptions): Promise<SyncResult> {
  const { folder, by } = options;
  const dir = folder;
  if (!(await isRepository(folder)))
    throw new DomainError(
      'invalid-request',
      `${folder} keeps no version history yet: start it before syncing (Keep version history in the profile, or qms start-history).`,
    );
  const url = options.remote ?? (await remoteOf(folder));
  if (!url)
    throw new DomainError('invalid-request', `${folder} has no shared project to sync with yet: give its address (https://…).`);
  checkedRemote(url);
  const branch = (await currentBranch({ fs, dir })) ?? 'main';
  const now = options.now ?? (() => new Date());
  options.onProgress?.({ phase: 'preparing', done: 0, total: 0 });

  const cache: GitCache = {};
  const startHead = await resolveRef({ fs, dir, ref: 'HEAD' });
  const headFiles = await flatTree(dir, startHead, cache);
  const work = await workingTree(dir, headFiles, cache);
  // This copy's unsaved-to-history work, as a commit the branch does not point to yet.
  const ours =
    work.changed.length === 0
      ? startHead
      : await commit({
          fs,
          dir,
          message: commitMessage(by, work.changed),
          author: signature(by, now()),
          committer: signature(by, now()),
          tree: await writeFlatTree(dir, work.files),
          parent: [startHead],
          noUpdateBranch: true,
        });

  for (let attempt = 1; ; attempt += 1) {
    const receiving = transport(url, options, 'receiving');
    let theirs: string | null;
    try {
      const fetched = await fetch({ fs, dir, cache, ...receiving, ref: branch, singleBranch: true, tags: false });
      theirs = fetched.fetchHead ?? null;
    } catch (error) {
      throw serverProblem(error, url, { signInAsked: receiving.wasAsked() }, 'reach');
    }
    options.onProgress?.({ phase: 'merging', done: 0, total: 0 });
    let merged = ours;
    let outcome = NO_MERGE;
    let theirsFiles: Map<string, string> | null = null;
    let baseFiles: Map<string, string> | null = null;
    if (theirs !== null && theirs !== ours && !(await isDescendent({ fs, dir, cache, oid: ours, ancestor: theirs, depth: -1 }))) {
      if (await isDescendent({ fs, dir, cache, oid: theirs, ancestor: ours, depth: -1 })) {
        merged = theirs;
        baseFiles = await flatTree(dir, ours, cache);
        theirsFiles = await flatTree(dir, theirs, cache);
      } else {
        const [base] = (await findMergeBase({ fs, dir, cache, oids: [ours, theirs] })) as string[];
        if (!base)
          throw new DomainError(
            'conflict',
            `${new URL(url).host} holds another project (it shares no history with this one). Nothing was changed: sync with an empty shared project, or open the one on the server.`,
          );
        baseFiles = await flatTree(dir, base, cache);
        theirsFiles = await flatTree(dir, theirs, cache);
        const theirsBy = await authorsSince(dir, theirs, base, cache);
        const result = await mergeProject({
          base: baseFiles,
          ours: work.files,
          theirs: theirsFiles,
          read: (oid) => readText(dir, oid, cache),
          scheme: options.scheme,
          by,
          at: now().toISOString(),
          theirsBy,
          choices: options.choices ?? {},
        });
        // Each clash names the shared project's version, so the window can show the two texts side by side.
        if (result.clashes.length > 0)
          return {
            outcome: 'needs-choices',
            clashes: result.clashes.map((clash) => ({ ...clash, theirs: { ...clash.theirs, version: theirs as string } })),
            remote: url,
          };
        const files = new Map<string, string>();
        for (const [path, file] of result.files) files.set(path, 'oid' in file ? file.oid : await writeText(dir, file.text));
        merged = await commit({
          fs,
          dir,
          message: `Sync: ${by}'s work and ${theirsBy}'s brought together\n`,
          author: signature(by, now()),
          committer: signature(by, now()),
          tree: await writeFlatTree(dir, files),
          parent: [ours, theirs],
          noUpdateBranch: true,
        });
        outcome = result;
      }
    }
    if (merged !== theirs) {
      const sending = transport(url, options, 'sending');
      await writeRef({ fs, dir, ref: OUTGOING_REF, value: merged, force: true });
      try {
        await push({ fs, dir, cache, ...sending, ref: OUTGOING_REF, remoteRef: `refs/heads/${branch}` });
      } catch (error) {
        // Someone sent changes between our fetch and push: fetch and merge again.
        if ((error as { code?: string; data?: { reason?: string } }).data?.reason === 'not-fast-forward' && attempt < 3) continue;
        throw serverProblem(error, url, { signInAsked: sending.wasAsked(), serverSaid: sending.serverSaid() }, 'send');
      } finally {
        await deleteRef({ fs, dir, ref: OUTGOING_REF }).catch(() => undefined);
      }
    }
    options.onProgress?.({ phase: 'saving', done: 0, total: 0 });
    const mergedFiles = merged === ours ? work.files : await flatTree(dir, merged, cache);
    await applyToFolder(dir, work.files, mergedFiles, cache);
    await writeRef({ fs, dir, ref: `refs/heads/${branch}`, value: merged, force: true });
    for (const path of changedPaths(headFiles, mergedFiles))
      await resetIndex({ fs, dir, cache, filepath: path }).catch(() => undefined);
    await addRemote({ fs, dir, remote: REMOTE, url, force: true });
    await writeRef({ fs, dir, ref: `refs/remotes/${REMOTE}/${branch}`, value: merged, force: true });
    options.onProgress?.({ phase: 'done', done: 1, total: 1 });
    const received = theirsFiles && baseFiles ? await titles(dir, mergedFiles, changedPaths(baseFiles, theirsFiles), cache) : [];
    const sentPaths =
      theirs === null
        ? changedPaths(headFiles, work.files)
        : changedPaths(theirsFiles ?? (await flatTree(dir, theirs, cache)), mergedFiles);
    const sent =
      merged === theirs ? [] : await titles(dir, mergedFiles, theirs === null ? [...mergedFiles.keys()] : sentPaths, cache);
    return {
      outcome: 'synced',
      remote: url,
      received,
      sent,
      draftsKept: work.changed.length,
      upToDate: merged === theirs && theirs === startHead,
      commit: merged,
      ...outcome,
    };
  }
}

/** Who made the commits that came in since the common version, by name. */
async function authorsSince(dir: string, tip: string, base: string, cache: GitCache): Promise<string> {
  const names = new Set<string>();
  const queue = [tip];
  const seen = new Set<string>([base]);
  while (queue.length > 0 && names.size < 5) {
    const oid = queue.shift() as string;
    if (seen.has(oid)) continue;
    seen.add(oid);
    if (await isDescendent({ fs, dir, cache, oid: base, ancestor: oid, depth: -1 }).catch(() => false)) continue;
    const { commit: c } = await readCommit({ fs, dir, cache, oid });
    if (c.author.name) names.add(c.author.name);
    queue.push(...c.parent);
  }
  const list = [...names];
  return list.length === 0
    ? 'another copy'
    : list.length === 1
      ? (list[0] as string)
      : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * Makes the folder what the merged tree says, from what it was (`from`, the folder as read
 * before the sync): every file written atomically, and all put back if one fails.
 */
async function applyToFolder(
  dir: string,
  from: ReadonlyMap<string, string>,
  to: ReadonlyMap<string, string>,
  cache: GitCache,
): Promise<void> {
  await Rollback.run(async (rollback) => {
    for (const path of changedPaths(from, to)) {
      const target = join(dir, path);
      const before = await readFile(target).catch(() => null);
      rollback.add(async () => {
        if (before === null) await rm(target, { force: true });
        else await writeFileAtomic(target, before);
      });
      const oid = to.get(path);
      if (oid === undefined) {
        await rm(target, { force: true });
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      const { blob } = await readBlob({ fs, dir, oid, cache });
      await writeFileAtomic(target, blob);
    }
  });
}

/**
 * The first copy of a shared project on this machine: the folder must be empty or not exist
 * yet; what the server holds must be a QMS project. Fails leaving no folder behind.
 */
export async function cloneProject(
  folder: string,
  url: string,
  options: Pick<SyncOptions, 'credentials' | 'onProgress'>,
): Promise<{ commit: string }> {
  checkedRemote(url);
  const existing = await readdir(folder).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : Promise.reject(error),
  );
  if (existing && existing.length > 0)
    throw new DomainError('invalid-request', `${folder} is not empty: a shared project is brought to an empty or new folder.`);
  const receiving = transport(url, options, 'receiving');
  try {
    await clone({ fs, dir: folder, ...receiving, singleBranch: true, remote: REMOTE });
  } catch (error) {
    await removeClone(folder, existing);
    throw serverProblem(error, url, { signInAsked: receiving.wasAsked() }, 'reach');
  }
  if (!(await stat(join(folder, PROJECT_FILE_NAME)).catch(() => null))) {
    await removeClone(folder, existing);
    throw new DomainError(
      'not-found',
      `${new URL(url).host} holds no QMS project at ${url} (no ${PROJECT_FILE_NAME}). Nothing was kept.`,
    );
  }
  return { commit: await resolveRef({ fs, dir: folder, ref: 'HEAD' }) };
}

async function removeClone(folder: string, existing: string[] | null) {
  if (existing === null) await rm(folder, { recursive: true, force: true });
  else for (const name of await readdir(folder).catch(() => [])) await rm(join(folder, name), { recursive: true, force: true });
}

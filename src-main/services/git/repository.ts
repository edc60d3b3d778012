import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  add,
  type CommitObject,
  commit,
  init,
  log,
  readBlob,
  readCommit,
  remove,
  resetIndex,
  statusMatrix,
} from 'isomorphic-git';
import { LOCK_FILE_NAME } from '../../../src-shared/project/schema';
import { isLeftoverFileName } from '../temporary-files';

/**
 * The few git operations version history needs, on the project folder itself, through
 * isomorphic-git (pure JavaScript: a quality manager's laptop has no git) and Node's fs.
 * Only the main process imports this; git's words stop at src-main/services/git.
 */

/** Who made a commit: a person's name. The email is left empty: the program knows none, and invents none. */
export interface CommitAuthor {
  name: string;
  /** When it happened (the time of the history line), so the commit and the record agree. */
  at: Date;
}

export interface LoggedCommit {
  id: string;
  author: string;
  email: string;
  /** ISO 8601, UTC. */
  date: string;
  message: string;
}

/** The lock, what crashed writes leave, and temporary files: never part of the shared history. */
export function isNeverCommitted(path: string): boolean {
  const name = basename(path);
  return name.startsWith(LOCK_FILE_NAME) || isLeftoverFileName(name) || name.endsWith('.staging');
}

/** True when the folder is the root of a git repository of its own. */
export async function isRepository(folder: string): Promise<boolean> {
  return stat(join(folder, '.git')).then(
    () => true,
    () => false,
  );
}

const gitAuthor = ({ name, at }: CommitAuthor) => ({
  name,
  email: '',
  timestamp: Math.floor(at.getTime() / 1000),
  timezoneOffset: 0,
});

/**
 * Stages exactly these files (relative, with forward slashes; a missing one is staged as
 * removed) and commits them. If the commit fails, the index goes back to the last commit
 * for these files, so nothing stays staged for the next one.
 */
export async function commitPaths(folder: string, paths: readonly string[], author: CommitAuthor, message: string) {
  const files = [...new Set(paths)].filter((path) => !isNeverCommitted(path));
  try {
    for (const filepath of files) {
      const exists = await stat(join(folder, filepath)).then(
        () => true,
        () => false,
      );
      if (exists) await add({ fs, dir: folder, filepath });
      else await remove({ fs, dir: folder, filepath });
    }
    return await commit({ fs, dir: folder, message, author: gitAuthor(author), committer: gitAuthor(author) });
  } catch (error) {
    for (const filepath of files) await resetIndex({ fs, dir: folder, filepath }).catch(() => undefined);
    throw error;
  }
}

/** Makes the folder a repository and commits every file in it that is not ignored: the first commit. */
export async function initRepository(folder: string, author: CommitAuthor, message: string): Promise<string> {
  await init({ fs, dir: folder, defaultBranch: 'main' });
  // statusMatrix lists what is in the folder and not ignored by .gitignore.
  const files = (await statusMatrix({ fs, dir: folder })).map(([path]) => path);
  return commitPaths(folder, files, author, message);
}

/** The commits reachable from HEAD, newest first; only those that changed `path` when given. */
export async function readLog(folder: string, path?: string): Promise<LoggedCommit[]> {
  let commits: Awaited<ReturnType<typeof log>>;
  try {
    commits = await log({ fs, dir: folder, ...(path ? { filepath: path } : {}) });
  } catch (error) {
    // A file never committed has no commits (isomorphic-git reports it as not found).
    if (path && (error as { code?: string }).code === 'NotFoundError') return [];
    throw error;
  }
  return commits.map(({ oid, commit: c }) => logged(oid, c));
}

function logged(oid: string, c: CommitObject): LoggedCommit {
  return {
    id: oid,
    author: c.author.name,
    email: c.author.email,
    date: new Date(c.author.timestamp * 1000).toISOString(),
    message: c.message.trimEnd(),
  };
}

const isMissing = (error: unknown) => ['NotFoundError', 'ObjectTypeError'].includes((error as { code?: string }).code ?? '');

/** One commit, or null when the repository holds no commit with this id (none at all, or another kind of object). */
export async function readCommitById(folder: string, id: string): Promise<LoggedCommit | null> {
  try {
    const { oid, commit: c } = await readCommit({ fs, dir: folder, oid: id });
    return logged(oid, c);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * A file's text as a commit holds it, or null when that commit holds no such file.
 * `cache` is isomorphic-git's object cache, shared by the reads of one listing.
 */
export async function readFileAt(folder: string, commitId: string, path: string, cache?: object): Promise<string | null> {
  try {
    const { blob } = await readBlob({ fs, dir: folder, oid: commitId, filepath: path, ...(cache ? { cache } : {}) });
    return new TextDecoder().decode(blob);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

import fs from 'node:fs';
import { listFiles, log, readCommit, statusMatrix, TREE, walk } from 'isomorphic-git';

/** The commits of a project folder, newest first, as isomorphic-git reads them. */
export async function commitsOf(dir: string) {
  return log({ fs, dir });
}

/** The files a commit holds (its whole tree). */
export function filesIn(dir: string, ref: string): Promise<string[]> {
  return listFiles({ fs, dir, ref });
}

/** The files a commit changed against its parent: what an auditor sees in `git show --stat`. */
export async function filesChangedBy(dir: string, oid: string): Promise<string[]> {
  const { commit } = await readCommit({ fs, dir, oid });
  const parent = commit.parent[0];
  if (!parent) return filesIn(dir, oid);
  const changed: string[] = [];
  await walk({
    fs,
    dir,
    trees: [TREE({ ref: parent }), TREE({ ref: oid })],
    map: async (path, [before, after]) => {
      if (path === '.') return true;
      const [beforeType, afterType] = [await before?.type(), await after?.type()];
      if (beforeType === 'tree' || afterType === 'tree') return true;
      if ((await before?.oid()) !== (await after?.oid())) changed.push(path);
      return true;
    },
  });
  return changed.sort();
}

/** Head, working folder and index state of every file git sees (isomorphic-git's status matrix). */
export function gitStatus(dir: string) {
  return statusMatrix({ fs, dir });
}

import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBlob, readTree, statusMatrix, writeBlob, writeTree } from 'isomorphic-git';
import { isNeverCommitted } from './repository';

/**
 * Trees as flat maps (path → blob id) and back, so sync can compare and merge whole
 * projects and write a commit without touching the branch, the index or the files.
 */

const BLOB_MODE = '100644';
const TREE_MODE = '040000';

/**
 * isomorphic-git's object cache, shared by the calls of one sync: without it every object read
 * loads the pack files again (each fetch adds one), which made a sync of a 200-document project
 * spend most of its time re-reading packs (test/bench/sync.bench.ts).
 */
export type GitCache = object;

/** Every file of a commit's tree, by path with forward slashes. */
export async function flatTree(dir: string, commit: string, cache: GitCache = {}): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (oid: string, prefix: string) => {
    const { tree } = await readTree({ fs, dir, oid, cache });
    for (const entry of tree) {
      if (entry.type === 'tree') await walk(entry.oid, `${prefix}${entry.path}/`);
      else if (entry.type === 'blob') files.set(`${prefix}${entry.path}`, entry.oid);
    }
  };
  await walk(commit, '');
  return files;
}

/** Writes the tree objects of a flat map and answers the root tree's id. */
export async function writeFlatTree(dir: string, files: ReadonlyMap<string, string>): Promise<string> {
  interface Folder {
    blobs: Map<string, string>;
    folders: Map<string, Folder>;
  }
  const root: Folder = { blobs: new Map(), folders: new Map() };
  for (const [path, oid] of files) {
    const parts = path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) {
        next = { blobs: new Map(), folders: new Map() };
        folder.folders.set(part, next);
      }
      folder = next;
    }
    folder.blobs.set(parts[parts.length - 1] as string, oid);
  }
  const write = async (folder: Folder): Promise<string> => {
    const tree = [
      ...[...folder.blobs].map(([path, oid]) => ({ mode: BLOB_MODE, path, oid, type: 'blob' as const })),
      ...(await Promise.all(
        [...folder.folders].map(async ([path, sub]) => ({ mode: TREE_MODE, path, oid: await write(sub), type: 'tree' as const })),
      )),
    ];
    return writeTree({ fs, dir, tree });
  };
  return write(root);
}

export async function readText(dir: string, oid: string, cache: GitCache = {}): Promise<string> {
  const { blob } = await readBlob({ fs, dir, oid, cache });
  return new TextDecoder().decode(blob);
}

export async function writeText(dir: string, text: string): Promise<string> {
  return writeBlob({ fs, dir, blob: new TextEncoder().encode(text) });
}

/**
 * The folder as it is now, as a flat map over `head`: files changed, added or removed since
 * the last commit are written as blobs (never what must not be committed). `changed` names them.
 */
export async function workingTree(dir: string, head: ReadonlyMap<string, string>, cache: GitCache = {}) {
  const files = new Map(head);
  const changed: string[] = [];
  // [path, HEAD, workdir, stage]: workdir 1 = same as HEAD, 2 = different, 0 = absent.
  for (const [path, inHead, inFolder] of await statusMatrix({ fs, dir, cache })) {
    if (inFolder === 1 || isNeverCommitted(path)) continue;
    if (inFolder === 0) {
      if (inHead === 1) {
        files.delete(path);
        changed.push(path);
      }
      continue;
    }
    const bytes = await readFile(join(dir, path));
    const oid = await writeBlob({ fs, dir, blob: bytes });
    if (head.get(path) === oid) continue;
    files.set(path, oid);
    changed.push(path);
  }
  return { files, changed };
}

/** Paths whose blob differs between two flat trees. */
export function changedPaths(from: ReadonlyMap<string, string>, to: ReadonlyMap<string, string>): string[] {
  return [...new Set([...from.keys(), ...to.keys()])].filter((path) => from.get(path) !== to.get(path)).sort();
}

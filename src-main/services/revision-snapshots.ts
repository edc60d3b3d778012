import { link, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import type { RevisionScheme } from '../../src-shared/control/revision';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { migrateDocumentFile } from '../../src-shared/project/migrations';
import { REVISIONS_DIR, type RevisionSnapshot, revisionSnapshotSchema, snapshotFilePath } from '../../src-shared/project/schema';
import { isTemporaryFileName, writeFileAtomic } from './atomic-write';
import { contentHash } from './file-version';
import { type Parsed, parseJsonFile } from './json-file';

export function snapshotPath(folder: string, id: string, revision: string): string {
  return join(folder, snapshotFilePath(id, revision));
}

/**
 * Freezes an approved revision: revisions/<ID>/<revision>.json, written once and never
 * replaced. Writing the same snapshot again (a retried approval) is accepted; a
 * different one under the same label is refused.
 */
/**
 * Writes the snapshot of a revision being approved; true when this call created the file.
 * A snapshot of the same content is already there after an approval that was cut short; one
 * of other content is refused, unless it is an orphan (`orphanAllowed`): a snapshot of a
 * revision the document never came to have in force, left by an approval that failed or
 * crashed. That one is replaced, so it never blocks the next approval.
 */
export async function writeSnapshot(folder: string, snapshot: RevisionSnapshot, orphanAllowed = false): Promise<boolean> {
  const target = snapshotPath(folder, snapshot.meta.id, snapshot.meta.revision);
  await mkdir(join(folder, REVISIONS_DIR, snapshot.meta.id), { recursive: true });
  const staging = `${target}.${process.pid}.staging`;
  await writeFileAtomic(staging, stableStringify(snapshot));
  try {
    // link() fails if the target exists: the snapshot cannot be overwritten, even in a race.
    await link(staging, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const existing = await readFile(target, 'utf8')
      .then((text) => JSON.parse(text) as { contentHash?: unknown })
      .catch(() => ({ contentHash: undefined }));
    if (existing.contentHash === snapshot.contentHash) return false;
    if (!orphanAllowed)
      throw new DomainError(
        'conflict',
        `Revision ${snapshot.meta.revision} of ${snapshot.meta.id} was already approved with different content; approved revisions are never replaced.`,
      );
    await rename(staging, target);
    return true;
  } finally {
    await rm(staging, { force: true });
  }
}

/** Removes the snapshot an approval wrote, when the approval as a whole could not be completed. */
export async function removeSnapshot(folder: string, id: string, revision: string): Promise<void> {
  await rm(snapshotPath(folder, id, revision), { force: true });
}

export async function readSnapshot(
  folder: string,
  id: string,
  revision: string,
  scheme: RevisionScheme,
): Promise<Parsed<RevisionSnapshot>> {
  let bytes: string;
  try {
    bytes = await readFile(snapshotPath(folder, id, revision), 'utf8');
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as Error).message})` };
  }
  const parsed = parseJsonFile(bytes, (json) => migrateDocumentFile(json, { revisionScheme: scheme }), revisionSnapshotSchema);
  if (parsed.ok && contentHash(parsed.value.content) !== parsed.value.contentHash) {
    return { ok: false, reason: 'its content does not match its recorded hash: the approved copy was altered' };
  }
  return parsed;
}

/** Snapshot files present for a document, by revision label. */
export async function listSnapshots(folder: string, id: string): Promise<string[]> {
  try {
    return (await readdir(join(folder, REVISIONS_DIR, id)))
      .filter((name) => name.endsWith('.json') && !isTemporaryFileName(name))
      .map((name) => name.slice(0, -'.json'.length));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSETS_DIR, DOCUMENTS_DIR, PROJECT_TEMPLATES_DIR, REVISIONS_DIR } from '../../src-shared/project/schema';
import { TRAINING_DIR } from '../../src-shared/project/training-record';
import { isTemporaryFileName } from './atomic-write';

/** The half-written files a crashed write leaves: `.name.pid.random.tmp`, and a snapshot's `.pid.staging`. */
export function isLeftoverFileName(name: string): boolean {
  return isTemporaryFileName(name) || /\.json\.\d+\.staging$/.test(name);
}

async function names(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => [] as string[]);
}

/**
 * Removes what crashed writes left in the project's folders. Only the program that holds
 * the project's lock calls this, so no write of another program is still in progress.
 * Answers the files removed, relative to the project folder.
 */
export async function removeLeftoverFiles(root: string): Promise<string[]> {
  const folders = ['', DOCUMENTS_DIR, ASSETS_DIR, PROJECT_TEMPLATES_DIR, TRAINING_DIR];
  for (const id of await names(join(root, REVISIONS_DIR))) folders.push(`${REVISIONS_DIR}/${id}`);
  const removed: string[] = [];
  for (const folder of folders) {
    for (const name of await names(join(root, folder))) {
      if (!isLeftoverFileName(name)) continue;
      await rm(join(root, folder, name), { force: true });
      removed.push(folder ? `${folder}/${name}` : name);
    }
  }
  return removed;
}

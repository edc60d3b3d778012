import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files start with a dot and end in .tmp, so folder listings can pass over them. */
export function isTemporaryFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Replace a file so that a reader, a crash or a power cut sees either the old bytes
 * or the new ones, never a mix: write a temporary file beside it, flush it to disk,
 * rename it over the target, then flush the folder entry.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; its rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems (network shares) refuse fsync on a folder; the rename still happened.
  } finally {
    await handle.close();
  }
}

/**
 * Like writeFileAtomic, for a file that must not exist yet: the final step is a hard
 * link, which fails with EEXIST instead of replacing a file another program made.
 */
export async function writeNewFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const staging = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.new.tmp`);
  await writeFileAtomic(staging, data);
  try {
    await link(staging, path);
  } finally {
    await rm(staging, { force: true });
  }
  await syncFolder(dirname(path));
}

import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { DomainError } from '../../../src-shared/api/result';
import { writeFileAtomic } from '../atomic-write';

/**
 * Writes an export where the user asked, all or nothing: the bytes go to a temporary
 * file beside the target and are renamed over it, so a failure leaves no partial file
 * (and an earlier export of the same name as it was). A folder or a missing folder is
 * refused with the path named.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<string> {
  const target = resolve(path);
  const folder = dirname(target);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) {
    throw new DomainError('invalid-request', `${target} is a folder; give the file to write, such as ${target}/export.docx.`);
  }
  const parent = await stat(folder).catch(() => null);
  if (!parent?.isDirectory()) throw new DomainError('not-found', `The folder ${folder} does not exist; nothing was written.`);
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : (error as Error).message;
    throw new DomainError('unavailable', `Cannot write ${basename(target)} in ${folder} (${why}); nothing was written.`);
  }
  return target;
}

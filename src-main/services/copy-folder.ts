import { constants, copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Copies a folder tree into a new folder, using only the calls Electron's asar support
 * provides (readdir, copyFile): the packaged program keeps its bundled content inside
 * app.asar, where fs.cp fails because it walks folders with opendir (electron/electron#49012).
 * The target must not exist yet; nothing is overwritten.
 */
export async function copyFolder(source: string, target: string): Promise<void> {
  await mkdir(target);
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) await copyFolder(from, to);
    else if (entry.isFile()) await copyFile(from, to, constants.COPYFILE_EXCL);
    else throw new Error(`Cannot copy ${from}: only plain files and folders are bundled.`);
  }
}

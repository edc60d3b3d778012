import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PROJECT_FILE_NAME } from '../../src-shared/project/schema';
import { copyFolder } from './copy-folder';
import { readSettings, writeSettings } from './settings';

export const SAMPLE_WORKING_COPY_NAME = 'Sample project';

export interface StartupProjectOptions {
  /** A folder the user named (--project); opened as it is. */
  requested?: string | undefined;
  userData: string;
  /** The bundled sample project, which is only ever copied, never opened. */
  sampleProject: string;
  warn?: (message: string) => void;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Which project to open at start: the one asked for, else the last one opened,
 * else a fresh working copy of the bundled sample in the user's data folder. The
 * bundled original is never opened, so the program never writes into itself.
 */
export async function resolveStartupProject(options: StartupProjectOptions): Promise<string> {
  if (options.requested) return resolve(options.requested);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const loaded = await readSettings(options.userData);
  if (loaded.damaged) warn(`Settings file in ${options.userData} could not be read (${loaded.reason}); it was left as it is.`);
  const last = loaded.settings.lastProject;
  if (last && (await exists(join(last, PROJECT_FILE_NAME)))) return last;

  const workingCopy = await copySample(options.sampleProject, options.userData);
  if (!loaded.damaged) await writeSettings(options.userData, { ...loaded.settings, lastProject: workingCopy });
  return workingCopy;
}

async function copySample(sampleProject: string, userData: string): Promise<string> {
  await mkdir(userData, { recursive: true });
  // Never reuse a folder that holds something else: pick the first free name.
  for (let n = 1; n < 100; n += 1) {
    const target = join(userData, n === 1 ? SAMPLE_WORKING_COPY_NAME : `${SAMPLE_WORKING_COPY_NAME} ${n}`);
    if (await exists(join(target, PROJECT_FILE_NAME))) return target;
    if (await exists(target)) continue;
    // Copy beside the target, then rename: a crash mid-copy leaves no half project behind.
    const staging = `${target}.partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await copyFolder(sampleProject, staging);
    await rename(staging, target);
    return target;
  }
  throw new Error(`Could not find a free folder name for the sample project in ${userData}.`);
}

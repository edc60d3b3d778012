import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { storedNameSchema } from '../../src-shared/project/person-name';
import { writeFileAtomic } from './atomic-write';

/** Program settings live in the user data folder, not in any project. */
const settingsSchema = z.object({
  lastProject: z.string().optional(),
  /**
   * Who the user is, recorded with everything they do. A name with a control or bidi character
   * (a hand-edited file) counts as no name: the program asks again, the other settings stay.
   */
  userName: storedNameSchema.min(1).optional().catch(undefined),
  /** A folder of the user's own templates, used beside the built-in library. */
  userTemplatesDir: z.string().optional(),
  /**
   * Browser mode's last port for each project folder: the page's origin includes the port,
   * and the edit journal in IndexedDB survives a restart only on the same origin.
   */
  browserPorts: z.record(z.string(), z.number().int().min(1).max(65535)).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_FILE_NAME = 'settings.json';

export type LoadedSettings = { settings: Settings; damaged: false } | { settings: Settings; damaged: true; reason: string };

export async function readSettings(userData: string): Promise<LoadedSettings> {
  let bytes: string;
  try {
    bytes = await readFile(join(userData, SETTINGS_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: {}, damaged: false };
    return { settings: {}, damaged: true, reason: (error as Error).message };
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(bytes));
    if (parsed.success) return { settings: parsed.data, damaged: false };
    return { settings: {}, damaged: true, reason: parsed.error.issues[0]?.message ?? 'invalid settings' };
  } catch (error) {
    return { settings: {}, damaged: true, reason: (error as Error).message };
  }
}

export async function writeSettings(userData: string, settings: Settings): Promise<void> {
  await mkdir(userData, { recursive: true });
  await writeFileAtomic(join(userData, SETTINGS_FILE_NAME), stableStringify(settings));
}

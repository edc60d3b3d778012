import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { withUnknownFields } from '../../src-shared/json/unknown-fields';
import { CURRENT_SCHEMA_VERSION, PROJECT_FILE_NAME, type ProjectFile, projectFileSchema } from '../../src-shared/project/schema';
import { writeFileAtomic } from './atomic-write';
import { parseProjectFile } from './document-file';
import { fileVersion } from './file-version';

/**
 * The project file (qms-project.json): read with the version of its bytes, written
 * atomically. Fields this version of the program does not know are written back
 * (src-shared/json/unknown-fields.ts).
 */
export interface ReadProjectFile {
  project: ProjectFile;
  version: string;
  raw: unknown;
}

export async function readProjectFile(root: string): Promise<ReadProjectFile> {
  const projectPath = join(root, PROJECT_FILE_NAME);
  let bytes: string;
  try {
    bytes = await readFile(projectPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new DomainError('not-found', `${root} is not a QMS Workbench project: it has no ${PROJECT_FILE_NAME}.`);
    }
    throw new DomainError('unavailable', `Cannot read ${projectPath}: ${(error as Error).message}`);
  }
  const parsed = parseProjectFile(bytes);
  if (!parsed.ok) throw new DomainError('damaged', `${projectPath} cannot be opened: ${parsed.reason}`);
  return { project: parsed.value, version: fileVersion(bytes), raw: parsed.raw };
}

/**
 * Writes the project file; returns the new version. `beforeWrite` learns the version
 * first, so a watcher never mistakes the program's own write for someone else's.
 */
export async function writeProjectFile(
  root: string,
  next: ProjectFile,
  raw: unknown,
  beforeWrite: (version: string) => void = () => undefined,
): Promise<string> {
  const text = stableStringify(withUnknownFields(projectFileSchema, raw, { ...next, schemaVersion: CURRENT_SCHEMA_VERSION }));
  const version = fileVersion(text);
  beforeWrite(version);
  await writeFileAtomic(join(root, PROJECT_FILE_NAME), text);
  return version;
}

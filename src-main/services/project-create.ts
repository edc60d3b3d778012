import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import type { RevisionScheme } from '../../src-shared/control/revision';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { DEFAULT_TYPE_PREFIXES } from '../../src-shared/project/document-types';
import {
  ASSETS_DIR,
  CURRENT_SCHEMA_VERSION,
  DOCUMENTS_DIR,
  LOCK_FILE_NAME,
  newOrganization,
  PROJECT_FILE_NAME,
  type ProjectFile,
  projectFileSchema,
} from '../../src-shared/project/schema';
import { writeFileAtomic } from './atomic-write';

export interface NewProjectOptions {
  organization: string;
  revisionScheme?: RevisionScheme;
  reviewPeriodMonths?: number;
}

/**
 * Makes a new, empty project in a folder that does not exist or is empty. A folder
 * with anything in it is refused, so nobody's files are mixed into a project.
 */
export async function createProject(folder: string, options: NewProjectOptions): Promise<string> {
  const root = resolve(folder);
  const existing = await readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    if (error.code === 'ENOTDIR') throw new DomainError('invalid-request', `${root} is a file, not a folder.`);
    throw error;
  });
  if (existing.includes(PROJECT_FILE_NAME))
    throw new DomainError('invalid-request', `${root} is already a QMS Workbench project.`);
  if (existing.length > 0) {
    throw new DomainError('invalid-request', `${root} is not empty and is not a project; choose an empty or new folder.`);
  }
  const name = options.organization.trim();
  if (!name) throw new DomainError('invalid-request', 'The organization name may not be empty.');
  const project: ProjectFile = projectFileSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organization: newOrganization(name),
    numbering: { prefixes: { ...DEFAULT_TYPE_PREFIXES } },
    revisionScheme: options.revisionScheme ?? 'numeric',
    reviewPeriodMonths: options.reviewPeriodMonths ?? 12,
  });
  await mkdir(join(root, DOCUMENTS_DIR), { recursive: true });
  await mkdir(join(root, ASSETS_DIR), { recursive: true });
  // The lock belongs to one running program, never to the shared history.
  await writeFile(join(root, '.gitignore'), `${LOCK_FILE_NAME}\n${LOCK_FILE_NAME}.takeover\n`);
  await writeFileAtomic(join(root, PROJECT_FILE_NAME), stableStringify(project));
  return root;
}

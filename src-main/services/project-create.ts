import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatIssues } from '../../src-shared/api/format-issues';
import { DomainError } from '../../src-shared/api/result';
import type { RevisionScheme } from '../../src-shared/control/revision';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { DEFAULT_TYPE_PREFIXES } from '../../src-shared/project/document-types';
import {
  ASSETS_DIR,
  CURRENT_SCHEMA_VERSION,
  DOCUMENTS_DIR,
  newOrganization,
  type Organization,
  PROJECT_FILE_NAME,
  type ProjectFile,
  projectFileSchema,
} from '../../src-shared/project/schema';
import { ESSENTIAL_TEMPLATE_IDS } from '../../src-shared/templates/template-ids';
import { writeFileAtomic } from './atomic-write';
import { enableVersionHistory, NEVER_COMMITTED_PATTERNS } from './git/version-history';
import { HISTORY_MERGE_RULE } from './history-log';
import { ProjectStore } from './project-store';

/** The organization's essentials, as "New project" asks for them; only the name is required. */
export interface OrganizationEssentials {
  name: string;
  legalName?: string | undefined;
  address?: string | undefined;
  productsAndServices?: string | undefined;
  scopeStatement?: string | undefined;
  qualityManager?: string | undefined;
  topManager?: { name: string; role: string } | undefined;
}

export interface NewProjectOptions {
  organization: string | OrganizationEssentials;
  revisionScheme?: RevisionScheme;
  reviewPeriodMonths?: number;
  /** Create the documents every ISO 9001 system needs, recorded as made by `by`. */
  essentials?: { by: string; templatesDir: string };
  /** Keep version history with git: the project starts as a repository whose first commit, by `by`, holds its files. */
  versionHistory?: { by: string };
}

export interface CreatedProject {
  folder: string;
  /** Numbers of the documents created with it, in order. */
  documents: string[];
}

function profileFrom(essentials: OrganizationEssentials): Organization {
  const name = essentials.name.trim();
  const text = (value: string | undefined) => value?.trim() ?? '';
  const organization = newOrganization(name);
  return {
    ...organization,
    legalName: text(essentials.legalName) || name,
    address: text(essentials.address),
    productsAndServices: text(essentials.productsAndServices),
    scopeStatement: text(essentials.scopeStatement),
    qualityManager: text(essentials.qualityManager),
    topManagement: essentials.topManager
      ? [{ name: essentials.topManager.name.trim(), role: essentials.topManager.role.trim() }]
      : [],
  };
}

/** The folder a new project may go in: new, or empty. Anything else is refused, so nobody's files are mixed in. */
async function checkTarget(root: string): Promise<boolean> {
  const existing = await readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') throw new DomainError('invalid-request', `${root} is a file, not a folder.`);
    throw new DomainError('unavailable', `Cannot use ${root}: ${error.message}`);
  });
  if (existing === null) return false;
  if (existing.includes(PROJECT_FILE_NAME))
    throw new DomainError('invalid-request', `${root} is already a QMS Workbench project.`);
  if (existing.length > 0) {
    throw new DomainError('invalid-request', `${root} is not empty and is not a project; choose an empty or new folder.`);
  }
  return true;
}

/**
 * Makes a new project in a folder that does not exist or is empty, with the essential
 * documents when asked. All or nothing: everything is built in a hidden folder beside
 * the target and moved into place at the end, so a failure leaves no half project.
 */
export async function createProject(folder: string, options: NewProjectOptions): Promise<CreatedProject> {
  const root = resolve(folder);
  const essentials = typeof options.organization === 'string' ? { name: options.organization } : options.organization;
  if (!essentials.name.trim()) throw new DomainError('invalid-request', 'The organization name may not be empty.');
  // Checked before anything is made: a name with a hidden character, say, is refused by name.
  const parsed = projectFileSchema.safeParse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organization: profileFrom(essentials),
    numbering: { prefixes: { ...DEFAULT_TYPE_PREFIXES } },
    revisionScheme: options.revisionScheme ?? 'numeric',
    reviewPeriodMonths: options.reviewPeriodMonths ?? 12,
  });
  if (!parsed.success)
    throw new DomainError('invalid-request', `The new project was not made: ${formatIssues(parsed.error.issues)}`);
  const project: ProjectFile = parsed.data;
  const targetExists = await checkTarget(root);
  await mkdir(dirname(root), { recursive: true });
  const staging = join(dirname(root), `.${basename(root)}.creating-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    await mkdir(join(staging, DOCUMENTS_DIR));
    await mkdir(join(staging, ASSETS_DIR));
    // The lock and temporary files belong to one running program, never to the shared history.
    await writeFile(join(staging, '.gitignore'), `${NEVER_COMMITTED_PATTERNS.join('\n')}\n`);
    // Two people's history lines both kept when git merges: the chains are per document (docs/project-format.md).
    await writeFile(join(staging, '.gitattributes'), `${HISTORY_MERGE_RULE}\n`);
    await writeFileAtomic(join(staging, PROJECT_FILE_NAME), stableStringify(project));
    const documents = options.essentials ? await createEssentials(staging, options.essentials) : [];
    // Made in the hidden folder too, so a project that should keep version history never appears without it.
    if (options.versionHistory) await enableVersionHistory(staging, options.versionHistory.by);
    // The target must still be as it was checked: new, or empty.
    if (await checkTarget(root)) await rmdir(root);
    else if (targetExists) throw new DomainError('conflict', `${root} disappeared while the project was being made.`);
    await rename(staging, root);
    return { folder: root, documents };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function createEssentials(folder: string, essentials: { by: string; templatesDir: string }): Promise<string[]> {
  const store = await ProjectStore.open(folder, {
    program: 'QMS Workbench (creating a project)',
    templatesDir: essentials.templatesDir,
  });
  try {
    const ids: string[] = [];
    for (const templateId of ESSENTIAL_TEMPLATE_IDS) {
      ids.push((await store.createDocument({ templateId, by: essentials.by })).meta.id);
    }
    return ids;
  } finally {
    await store.close();
  }
}

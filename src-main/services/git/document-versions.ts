import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../../src-shared/api/result';
import type { RevisionScheme } from '../../../src-shared/control/revision';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { DocumentStatus } from '../../../src-shared/project/document-status';
import { type DocumentMeta, documentFilePath } from '../../../src-shared/project/schema';
import { parseDocumentFile } from '../document-file';
import { isRepository, type LoggedCommit, readCommitById, readFileAt } from './repository';
import { projectLog } from './version-history';

/**
 * A document's versions: the commits that changed its file, and the file as each of them
 * holds it (docs/project-format.md, "Version history with git"). Read-only: nothing here
 * writes to the folder or the repository.
 */

/** One version of a document: who committed it, when, with what message, and what the file said then. */
export interface DocumentVersion {
  /** The commit's id. */
  id: string;
  author: string;
  /** ISO 8601, UTC. */
  date: string;
  message: string;
  /** The revision and status the document file held in this version; null when it cannot be read there. */
  revision: string | null;
  status: DocumentStatus | null;
}

export interface DocumentAtVersion {
  meta: DocumentMeta;
  content: SerializedContent;
}

/** "version 1a2b3c4 of 12 Mar 2026": how an error names a version (the short id a user can match in `qms log`). */
function versionName(commit: LoggedCommit): string {
  return `version ${commit.id.slice(0, 7)} of ${commit.date.slice(0, 10)}`;
}

/**
 * The versions of one document, newest first. A project that keeps no version history
 * has none (an empty list, not an error); a document that is in neither the folder nor
 * its history is not found.
 */
export async function documentVersions(folder: string, id: string, scheme: RevisionScheme): Promise<DocumentVersion[]> {
  if (!(await isRepository(folder))) {
    if (!(await stat(join(folder, documentFilePath(id))).catch(() => null)))
      throw new DomainError('not-found', `There is no document ${id} in this project.`);
    return [];
  }
  const commits = await projectLog(folder, id);
  // One object cache for the whole listing: consecutive versions share most of their trees.
  const cache = {};
  const versions: DocumentVersion[] = [];
  for (const commit of commits) {
    const text = await readFileAt(folder, commit.id, documentFilePath(id), cache);
    const parsed = text === null ? null : parseDocumentFile(id, text, scheme);
    const meta = parsed?.ok ? parsed.value.meta : null;
    versions.push({
      id: commit.id,
      author: commit.author,
      date: commit.date,
      message: commit.message,
      revision: meta?.revision ?? null,
      status: meta?.status ?? null,
    });
  }
  return versions;
}

/**
 * The document as one version holds it, migrated and validated like a document file read
 * from the folder. An unknown version, or one without the document, is not found; a file
 * that does not read as a document there is reported as damaged, by document and version.
 */
export async function readDocumentVersion(
  folder: string,
  id: string,
  version: string,
  scheme: RevisionScheme,
): Promise<DocumentAtVersion> {
  if (!(await isRepository(folder)))
    throw new DomainError(
      'not-found',
      `There is no version ${version.slice(0, 7)} of ${id}: this project keeps no version history.`,
    );
  const commit = await readCommitById(folder, version);
  if (!commit)
    throw new DomainError('not-found', `There is no version ${version.slice(0, 7)} of ${id} in this project's version history.`);
  const text = await readFileAt(folder, commit.id, documentFilePath(id));
  if (text === null) throw new DomainError('not-found', `The ${versionName(commit)} holds no document ${id}.`);
  const parsed = parseDocumentFile(id, text, scheme);
  if (!parsed.ok)
    throw new DomainError('damaged', `${documentFilePath(id)} in the ${versionName(commit)} is damaged: ${parsed.reason}`);
  return { meta: parsed.value.meta, content: parsed.value.content };
}

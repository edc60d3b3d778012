import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../../src-shared/api/result';
import type { HistoryEntry } from '../../../src-shared/control/history';
import { documentFilePath, LOCK_FILE_NAME } from '../../../src-shared/project/schema';
import { writeFileAtomic } from '../atomic-write';
import { commitPaths, initRepository, isRepository, type LoggedCommit, readLog } from './repository';

/**
 * Version history: a project folder that is a git repository records each document-control
 * event (approval, obsolescence, a new revision started, a draft discarded) as one commit of
 * the files the event wrote, by the person who did it (docs/project-format.md, "Version
 * history with git"). The project store reaches git only through `versionHistoryOf`.
 */

/** What .gitignore must list: the lock, and the temporary files of atomic writes and snapshots. */
export const NEVER_COMMITTED_PATTERNS = [LOCK_FILE_NAME, `${LOCK_FILE_NAME}.takeover`, '.*.tmp', '*.staging'] as const;

/** A document-control event as the store hands it over: the history line and the files it wrote. */
export interface RecordedEvent {
  entry: Omit<HistoryEntry, 'prev'>;
  /** The document's change summary, for an approval's message. */
  changeSummary: string;
  /** Files the operation wrote, relative to the project folder. */
  files: readonly string[];
}

export interface VersionHistory {
  /** Commits the event's files; throws when it cannot (the caller then undoes the operation). */
  record(event: RecordedEvent): Promise<void>;
}

/** The words an auditor reads in the log, or null for an event that is not committed on its own. */
export function eventMessage(event: Pick<RecordedEvent, 'entry' | 'changeSummary'>): string | null {
  const { entry } = event;
  const reason = (text: string | undefined) => (text?.trim() ? `: ${text.trim()}` : '');
  const subject = `${entry.document} revision ${entry.to.revision}`;
  if (entry.event === 'revision-started') return `${subject} started by ${entry.by}${reason(entry.note)}`;
  if (entry.event === 'revision-discarded')
    return `${entry.document} draft revision ${entry.from?.revision ?? '?'} discarded by ${entry.by}; revision ${entry.to.revision} back in force`;
  if (entry.event !== 'status-changed') return null;
  if (entry.to.status === 'approved') return `${subject} approved by ${entry.by}${reason(event.changeSummary)}`;
  if (entry.to.status === 'obsolete') return `${subject} made obsolete by ${entry.by}${reason(entry.note)}`;
  return null;
}

/** The repository of a project folder, or null when it keeps no version history (nothing is committed). */
export async function versionHistoryOf(folder: string): Promise<VersionHistory | null> {
  if (!(await isRepository(folder))) return null;
  return {
    async record(event) {
      const message = eventMessage(event);
      if (message === null) return;
      try {
        await commitPaths(folder, event.files, { name: event.entry.by, at: new Date(event.entry.at) }, `${message}\n`);
      } catch (error) {
        throw new DomainError(
          'unavailable',
          `${event.entry.document} was left as it was: its version history could not record the change (${(error as Error).message}).`,
        );
      }
    },
  };
}

/** Adds what .gitignore must list and does not yet (projects made before version history). */
export async function ensureIgnoreRules(folder: string): Promise<void> {
  const path = join(folder, '.gitignore');
  const text = await readFile(path, 'utf8').catch(() => '');
  const present = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = NEVER_COMMITTED_PATTERNS.filter((pattern) => !present.has(pattern));
  if (missing.length === 0) return;
  await writeFileAtomic(path, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
}

/**
 * Starts version history in a project folder: the ignore rules, a repository, and a first
 * commit of every project file, by `by`. A folder that already is a repository is refused.
 */
export async function enableVersionHistory(folder: string, by: string, at = new Date()): Promise<{ commit: string }> {
  if (await isRepository(folder))
    throw new DomainError('invalid-request', `${folder} already keeps its version history with git.`);
  await ensureIgnoreRules(folder);
  try {
    return { commit: await initRepository(folder, { name: by, at }, `Version history started by ${by}\n`) };
  } catch (error) {
    // Half a repository is worse than none: the folder goes back to keeping no version history.
    await rm(join(folder, '.git'), { recursive: true, force: true });
    throw new DomainError('unavailable', `Version history could not be started in ${folder}: ${(error as Error).message}`);
  }
}

/** The commits of the project, or of one document (those that changed its file), newest first. */
export async function projectLog(folder: string, documentId?: string): Promise<LoggedCommit[]> {
  if (!(await isRepository(folder)))
    throw new DomainError('not-found', `${folder} keeps no version history: it is not a git repository (qms new --git).`);
  if (documentId === undefined) return readLog(folder);
  const path = documentFilePath(documentId);
  const commits = await readLog(folder, path);
  // None for a document never committed yet (a new draft); but a number that is not there is named.
  if (commits.length === 0 && !(await stat(join(folder, path)).catch(() => null)))
    throw new DomainError('not-found', `There is no document ${documentId} in this project.`);
  return commits;
}

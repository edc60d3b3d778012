import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { documentIdSchema, PROJECT_FILE_NAME } from '../../src-shared/project/schema';
import { credentialsFromEnvironment } from '../api/sync-handlers';
import type { Choice, DocumentClash } from '../services/git/merge-project';
import { type Credentials, cloneProject, type SyncResult } from '../services/git/sync';
import type { ProjectStore } from '../services/project-store';
import { flagValue, type ParsedArgs, UsageError } from './args';

/** What `qms sync` needs from the command line around it. */
export interface SyncCommandContext {
  out: (text: string) => void;
  /** Asks on the terminal; absent when there is none (then only QMS_GIT_TOKEN can sign in). */
  prompt?: (question: string, hidden: boolean) => Promise<string>;
}

const CHOICES: readonly Choice[] = ['mine', 'theirs', 'both'];

/** --choose PRO-002=mine,PRO-004=both */
export function parseChoices(value: string | undefined): Record<string, Choice> {
  const choices: Record<string, Choice> = {};
  for (const part of value?.split(',') ?? []) {
    const pieces = part.split('=').map((text) => text.trim());
    const [id, choice] = pieces;
    // Exactly one "=": "PRO-002=mine=theirs" is a typing slip, not a choice of mine.
    if (pieces.length !== 2 || !id || !documentIdSchema.safeParse(id).success || !CHOICES.includes(choice as Choice))
      throw new UsageError(`"${part}" in --choose is not <docId>=mine|theirs|both, such as PRO-002=mine.`);
    if (choices[id] !== undefined) throw new UsageError(`--choose names ${id} twice.`);
    choices[id] = choice as Choice;
  }
  return choices;
}

/** A sign-in from the environment, else asked once on the terminal. */
export function signIn(context: SyncCommandContext): () => Promise<Credentials | null> {
  let asked: Credentials | null | undefined;
  return async () => {
    const fromEnvironment = credentialsFromEnvironment();
    if (fromEnvironment) return fromEnvironment;
    if (asked !== undefined || !context.prompt) return asked ?? null;
    const username = await context.prompt('User name: ', false);
    const password = await context.prompt('Password or access token: ', true);
    asked = password ? { username, password } : null;
    return asked;
  };
}

export const isProjectFolder = (dir: string) =>
  stat(join(dir, PROJECT_FILE_NAME)).then(
    () => true,
    () => false,
  );

/** The first copy of a shared project: `qms sync <new dir> --remote <url>`. */
export async function cloneCommand(dir: string, remote: string, context: SyncCommandContext, asJson: boolean): Promise<number> {
  const cloned = await cloneProject(dir, remote, { credentials: signIn(context) });
  context.out(
    asJson
      ? JSON.stringify({ outcome: 'cloned', remote, commit: cloned.commit }, null, 2)
      : `Brought the shared project from ${remote} to ${dir}.`,
  );
  return 0;
}

export async function syncCommand(
  store: ProjectStore,
  args: ParsedArgs,
  by: string,
  context: SyncCommandContext,
): Promise<number> {
  const result = await store.sync({
    by,
    remote: flagValue(args, 'remote'),
    choices: parseChoices(flagValue(args, 'choose')),
    credentials: signIn(context),
  });
  if (args.flags.has('json')) context.out(JSON.stringify(result, null, 2));
  else for (const line of syncSummaryLines(result)) context.out(line);
  return result.outcome === 'synced' ? 0 : 1;
}

const list = (changes: readonly { id: string; title: string }[]) => changes.map((c) => `${c.id} ${c.title}`).join('; ');

/** The summary a person reads after a sync. */
export function syncSummaryLines(result: SyncResult): string[] {
  if (result.outcome === 'needs-choices') {
    return [
      `Nothing was changed: ${result.clashes.length === 1 ? 'a document was' : `${result.clashes.length} documents were`} changed both here and in the shared project.`,
      ...result.clashes.map(
        (clash: DocumentClash) =>
          `  ${clash.id} "${clash.title}": yours (${clash.mine.by}, ${clash.mine.status} ${clash.mine.revision}) and ${clash.theirs.by}'s (${clash.theirs.status} ${clash.theirs.revision})`,
      ),
      `Choose for each and sync again: --choose ${result.clashes.map((clash) => `${clash.id}=mine|theirs|both`).join(',')}`,
    ];
  }
  const lines = [result.upToDate ? `Up to date with ${result.remote}.` : `Synced with ${result.remote}.`];
  if (result.received.length > 0) lines.push(`Came in: ${list(result.received)}`);
  if (result.sent.length > 0) lines.push(`Went out: ${list(result.sent)}`);
  if (result.draftsKept > 0)
    lines.push(
      `Your drafts were kept in the version history first (${result.draftsKept} ${result.draftsKept === 1 ? 'file' : 'files'}).`,
    );
  for (const r of result.renumbered) lines.push(`${r.from} "${r.title}" became ${r.to}: ${r.from} was taken on the other copy.`);
  for (const r of result.reconciled)
    lines.push(
      `${r.id}: ${r.choice === 'mine' ? 'your version kept' : r.choice === 'theirs' ? 'their version taken' : `both kept, theirs as ${r.copy}`}.`,
    );
  for (const a of result.approvalsKept)
    lines.push(
      `${a.id}: approval of revision ${a.approvedRevision} kept${a.draftRevision ? `; the other edits are draft revision ${a.draftRevision}` : ''}.`,
    );
  for (const field of result.profileClashes) lines.push(`Profile: both changed ${field}; yours was kept.`);
  for (const twice of result.keptTwice) lines.push(`${twice.path}: changed on both; theirs kept as ${twice.copy}.`);
  return lines;
}

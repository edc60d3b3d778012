import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssues } from '../../src-shared/api/format-issues';
import { type HistoryEntry, historyEntrySchema } from '../../src-shared/control/history';
import { stableJsonLine } from '../../src-shared/json/stable-stringify';
import { HISTORY_FILE_NAME } from '../../src-shared/project/schema';
import { writeFileAtomic } from './atomic-write';
import { fileVersion } from './file-version';

/**
 * history.jsonl: one JSON object per line, only ever appended to. Lines are sorted-key JSON,
 * and each carries the hash of the line before it in the same document's history (`prev`):
 * one chain per document, so lines of different documents may interleave in any order, as a
 * git union merge of two people's work leaves them, and the chains still hold.
 */

/** The hash that the next line of a document's history names as `prev`. */
export const lineHash = (line: string): string => fileVersion(line);

async function readLog(folder: string): Promise<string | null> {
  try {
    return await readFile(join(folder, HISTORY_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The lines of the log as written, without a carriage return a Windows checkout may have added. */
const logLines = (text: string) => text.split('\n').map((line) => line.replace(/\r$/, ''));

/** The last line of a document's history as written, or null when it has none. */
function lastLineOf(text: string, document: string): string | null {
  let last: string | null = null;
  for (const line of logLines(text)) {
    if (line.trim() === '') continue;
    try {
      if ((JSON.parse(line) as { document?: unknown }).document === document) last = line;
    } catch {
      // An unreadable line belongs to no chain; qms check reports it.
    }
  }
  return last;
}

/** Appends and their undoing, one at a time per folder: an undo never removes a line written meanwhile. */
const queues = new Map<string, Promise<unknown>>();
function oneAtATime<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(folder) ?? Promise.resolve()).then(work, work);
  queues.set(
    folder,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Appends a line to a document's chain. A write that fails part-way is cut back off, so the
 * log never keeps half a line; the answer undoes the append, for an operation that fails
 * after it (all-or-nothing writes in the project store).
 */
export function appendHistory(folder: string, entry: Omit<HistoryEntry, 'prev'>): Promise<() => Promise<void>> {
  return oneAtATime(folder, async () => {
    const last = lastLineOf((await readLog(folder)) ?? '', entry.document);
    const line = stableJsonLine({ ...entry, prev: last === null ? null : lineHash(last) });
    const handle = await open(join(folder, HISTORY_FILE_NAME), 'a');
    try {
      const before = (await handle.stat()).size;
      try {
        await handle.appendFile(`${line}\n`);
        await handle.sync();
      } catch (error) {
        await handle.truncate(before).catch(() => undefined);
        throw error;
      }
    } finally {
      await handle.close();
    }
    return () => oneAtATime(folder, () => removeLine(folder, line));
  });
}

/** Takes one line this program appended back out of the log (its last occurrence). */
async function removeLine(folder: string, line: string): Promise<void> {
  const text = await readLog(folder);
  if (text === null) return;
  const lines = text.split('\n');
  const at = lines.findLastIndex((written) => written.replace(/\r$/, '') === line);
  if (at < 0) return;
  lines.splice(at, 1);
  await writeFileAtomic(join(folder, HISTORY_FILE_NAME), lines.join('\n'));
}

export interface HistoryLine {
  /** 1-based line number in history.jsonl. */
  line: number;
  text: string;
  entry: HistoryEntry;
}

export interface HistoryRead {
  /** False when there is no history.jsonl at all. */
  exists: boolean;
  entries: HistoryEntry[];
  /** The readable lines with their text, in file order, for checking the chains. */
  lines: HistoryLine[];
  /** Lines that could not be read, by line number: reported by `qms check`, never rewritten. */
  problems: { line: number; reason: string }[];
}

export async function readHistory(folder: string): Promise<HistoryRead> {
  const text = await readLog(folder);
  if (text === null) return { exists: false, entries: [], lines: [], problems: [] };
  const lines: HistoryLine[] = [];
  const problems: HistoryRead['problems'] = [];
  logLines(text).forEach((raw, index) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ line: index + 1, reason: 'not valid JSON (an interrupted write, or an edit by hand)' });
      return;
    }
    const parsed = historyEntrySchema.safeParse(json);
    if (parsed.success) lines.push({ line: index + 1, text: raw, entry: parsed.data });
    else problems.push({ line: index + 1, reason: formatIssues(parsed.error.issues) });
  });
  return { exists: true, entries: lines.map((line) => line.entry), lines, problems };
}

/** A break in a document's chain: a line that does not follow the one before it. */
export interface ChainBreak {
  line: number;
  document: string;
  reason: string;
}

/** Checks every document's chain in the log; lines from before chains (no `prev`) are listed apart. */
export function chainBreaks(lines: readonly HistoryLine[]): { breaks: ChainBreak[]; unchained: number } {
  const last = new Map<string, HistoryLine>();
  const breaks: ChainBreak[] = [];
  let unchained = 0;
  for (const current of lines) {
    const { document, prev } = current.entry;
    const before = last.get(document);
    last.set(document, current);
    if (prev === undefined) {
      unchained += 1;
      continue;
    }
    const expected = before ? lineHash(before.text) : null;
    if (prev === expected) continue;
    breaks.push({
      line: current.line,
      document,
      reason:
        before === undefined
          ? `line ${current.line} names a line before it in ${document}'s history that is not there: a line was deleted or the log was cut`
          : `line ${current.line} does not follow line ${before.line} in ${document}'s history: a line was edited, deleted, inserted or moved`,
    });
  }
  return { breaks, unchained };
}

/**
 * Chains a log written before chains existed, once, when the project is opened for writing:
 * each line gets the `prev` of its place, and nothing else changes. A log with an unreadable
 * line, or with any chained line already, is left as it is (qms check reports it).
 */
export async function chainHistory(folder: string): Promise<boolean> {
  const read = await readHistory(folder);
  // Only a log with no chain at all: rechaining a partly chained one would hide the edits the chains show.
  if (!read.exists || read.problems.length > 0 || read.lines.some((line) => line.entry.prev !== undefined)) return false;
  const last = new Map<string, string>();
  const out: string[] = [];
  for (const { entry } of read.lines) {
    const previous = last.get(entry.document);
    const line = stableJsonLine({ ...entry, prev: previous === undefined ? null : lineHash(previous) });
    last.set(entry.document, line);
    out.push(line);
  }
  await writeFileAtomic(join(folder, HISTORY_FILE_NAME), `${out.join('\n')}\n`);
  return true;
}

/**
 * The line of .gitattributes that makes git keep both sides' history lines when it merges,
 * and keeps the file's line ends as written (the chain hashes the bytes of each line).
 */
export const HISTORY_MERGE_RULE = `${HISTORY_FILE_NAME} merge=union eol=lf`;

/** Adds the merge rule to the project's .gitattributes when it is not there yet (older projects). */
export async function ensureHistoryMergeRule(folder: string): Promise<void> {
  const path = join(folder, '.gitattributes');
  const text = await readFile(path, 'utf8').catch(() => '');
  if (text.split(/\r?\n/).some((line) => line.trim() === HISTORY_MERGE_RULE)) return;
  await writeFileAtomic(path, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${HISTORY_MERGE_RULE}\n`);
}

/**
 * Each document's history lines, in order, as the integrity checks read them: null for every
 * document when the project keeps no history file at all, [] for one without lines.
 */
export function historyByDocument(read: Pick<HistoryRead, 'exists' | 'entries'>): (id: string) => HistoryEntry[] | null {
  const byDocument = new Map<string, HistoryEntry[]>();
  for (const entry of read.entries) byDocument.set(entry.document, [...(byDocument.get(entry.document) ?? []), entry]);
  return (id) => (read.exists ? (byDocument.get(id) ?? []) : null);
}

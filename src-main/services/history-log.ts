import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssues } from '../../src-shared/api/format-issues';
import { type HistoryEntry, historyEntrySchema } from '../../src-shared/control/history';
import { stableJsonLine } from '../../src-shared/json/stable-stringify';
import { HISTORY_FILE_NAME } from '../../src-shared/project/schema';

/**
 * history.jsonl: one JSON object per line, only ever appended to. Lines are sorted-key
 * JSON so the file diffs and merges cleanly in git.
 */
export async function appendHistory(folder: string, entry: HistoryEntry): Promise<void> {
  const line = `${stableJsonLine(entry)}\n`;
  const handle = await open(join(folder, HISTORY_FILE_NAME), 'a');
  try {
    await handle.appendFile(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface HistoryRead {
  entries: HistoryEntry[];
  /** Lines that could not be read, by line number: shown by `qms check`, never rewritten. */
  problems: { line: number; reason: string }[];
}

export async function readHistory(folder: string): Promise<HistoryRead> {
  let text: string;
  try {
    text = await readFile(join(folder, HISTORY_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [] };
    throw error;
  }
  const entries: HistoryEntry[] = [];
  const problems: HistoryRead['problems'] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push({ line: index + 1, reason: 'not valid JSON (an interrupted write?)' });
      return;
    }
    const parsed = historyEntrySchema.safeParse(json);
    if (parsed.success) entries.push(parsed.data);
    else problems.push({ line: index + 1, reason: formatIssues(parsed.error.issues) });
  });
  return { entries, problems };
}

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssues } from '../../src-shared/api/format-issues';
import { DomainError } from '../../src-shared/api/result';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { TRAINING_DIR, type TrainingRecord, trainingRecordSchema } from '../../src-shared/project/training-record';
import { writeNewFileAtomic } from './atomic-write';

/** A new record id for a quiz taken on `date` (YYYY-MM-DD). */
export function newTrainingRecordId(date: string): string {
  const tail = Array.from(randomBytes(6), (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');
  return `TR-${date.replaceAll('-', '')}-${tail}`;
}

/** Writes a training record once: training/<id>.json is never overwritten. */
export async function writeTrainingRecord(projectFolder: string, record: TrainingRecord): Promise<string> {
  const checked = trainingRecordSchema.parse(record);
  const relative = `${TRAINING_DIR}/${checked.id}.json`;
  await mkdir(join(projectFolder, TRAINING_DIR), { recursive: true });
  try {
    await writeNewFileAtomic(join(projectFolder, relative), stableStringify(checked));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new DomainError('conflict', `${relative} already exists; the record was not written again.`);
    throw error;
  }
  return relative;
}

export interface TrainingRecords {
  /** Newest first. */
  records: TrainingRecord[];
  /** Files in training/ that are not records this program can read, left as they are. */
  problems: Array<{ file: string; reason: string }>;
}

/** Every training record of the project; a damaged file is named, and the rest are read. */
export async function readTrainingRecords(projectFolder: string): Promise<TrainingRecords> {
  let names: string[];
  try {
    names = await readdir(join(projectFolder, TRAINING_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], problems: [] };
    throw error;
  }
  const records: TrainingRecord[] = [];
  const problems: TrainingRecords['problems'] = [];
  for (const name of names.filter((file) => file.endsWith('.json') && !file.startsWith('.')).sort()) {
    const file = `${TRAINING_DIR}/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(projectFolder, file), 'utf8'));
    } catch (error) {
      problems.push({ file, reason: `it is not readable JSON (${(error as Error).message})` });
      continue;
    }
    const parsed = trainingRecordSchema.safeParse(raw);
    if (!parsed.success) problems.push({ file, reason: formatIssues(parsed.error.issues) });
    else if (`${parsed.data.id}.json` !== name) problems.push({ file, reason: `it holds the record ${parsed.data.id}` });
    else records.push(parsed.data);
  }
  records.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  return { records, problems };
}

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatedManual } from './generated-manual';

/**
 * Puts a generated document of about 150 pages (15 procedures of the export benchmark's
 * manual run together: about 56,000 words, 135 tables) into a copied project, as the
 * content of the draft PRO-002, and a one-page text (the Quality Policy's) into PRO-001,
 * made a draft too, for comparison. Returns their titles as the document list shows them.
 */
export async function writeLongAndShortDocuments(projectDir: string): Promise<{ long: string; short: string; words: number }> {
  const manual = generatedManual(15, 9);
  const children = manual.documents.flatMap((document) => document.content.root.children);
  const longFile = join(projectDir, 'documents', 'PRO-002.json');
  const long = JSON.parse(await readFile(longFile, 'utf8'));
  long.content = { root: { ...long.content.root, children } };
  await writeFile(longFile, JSON.stringify(long, null, 2));

  const policy = JSON.parse(await readFile(join(projectDir, 'documents', 'POL-001.json'), 'utf8'));
  const shortFile = join(projectDir, 'documents', 'PRO-001.json');
  const short = JSON.parse(await readFile(shortFile, 'utf8'));
  short.content = policy.content;
  short.meta.status = 'draft';
  await writeFile(shortFile, JSON.stringify(short, null, 2));
  return { long: long.meta.title, short: short.meta.title, words: manual.words };
}

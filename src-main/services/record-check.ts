import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import {
  DOCUMENTS_DIR,
  type DocumentMeta,
  documentFilePath,
  HISTORY_FILE_NAME,
  snapshotFilePath,
} from '../../src-shared/project/schema';
import { integrityProblems } from './document-integrity';
import { chainBreaks, historyByDocument, readHistory } from './history-log';
import type { Finding } from './project-check';
import { listSnapshots, readSnapshot } from './revision-snapshots';

type Scheme = Parameters<typeof readSnapshot>[3];

/** The schema version a document file declares on disk, before any migration. */
async function declaredSchema(folder: string, id: string): Promise<number | null> {
  try {
    const raw = JSON.parse(await readFile(join(folder, DOCUMENTS_DIR, `${id}.json`), 'utf8')) as { schemaVersion?: unknown };
    return typeof raw.schemaVersion === 'number' ? raw.schemaVersion : null;
  } catch {
    return null;
  }
}

// The content hash is compared already: a snapshot that is not the approved revision (project-check).
const EFFECTIVE_FIELDS = ['revision', 'approvedBy', 'approvedOn', 'effectiveDate'] as const;

/**
 * The tamper evidence of `qms check`: the history log's chains, and each document's approval
 * record against its content, its approved copy and its last approval in the history.
 */
export async function checkRecords(
  folder: string,
  scheme: Scheme,
  documents: ReadonlyArray<{ meta: DocumentMeta; content: SerializedContent }>,
): Promise<{ errors: Finding[]; warnings: Finding[] }> {
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  const error = (finding: Omit<Finding, 'kind'> & { kind?: string }) => findings.push({ kind: 'integrity', ...finding });
  const history = await readHistory(folder);

  for (const problem of history.problems)
    error({ kind: 'history', file: HISTORY_FILE_NAME, message: `${HISTORY_FILE_NAME} line ${problem.line}: ${problem.reason}` });
  const { breaks, unchained } = chainBreaks(history.lines);
  for (const broken of breaks)
    error({
      kind: 'history',
      file: HISTORY_FILE_NAME,
      document: broken.document,
      message: `${HISTORY_FILE_NAME}: ${broken.reason}.`,
    });
  if (unchained > 0 && unchained === history.lines.length)
    warnings.push({
      kind: 'history',
      file: HISTORY_FILE_NAME,
      message: `${HISTORY_FILE_NAME} was written before its lines were chained; the program chains it the next time it opens the project for writing.`,
    });
  if (unchained > 0 && unchained < history.lines.length)
    error({
      kind: 'history',
      file: HISTORY_FILE_NAME,
      message: `${HISTORY_FILE_NAME}: ${unchained} lines carry no link to the line before them among lines that do: they were added by hand or by an old program.`,
    });
  if (!history.exists && documents.some(({ meta }) => meta.effective))
    error({
      kind: 'history',
      file: HISTORY_FILE_NAME,
      message: `${HISTORY_FILE_NAME} is missing: the record of who created, reviewed and approved the documents is gone.`,
    });

  const historyOf = historyByDocument(history);

  for (const { meta, content } of documents) {
    const own = historyOf(meta.id);
    for (const message of integrityProblems({ meta, content, history: own }))
      error({ document: meta.id, file: documentFilePath(meta.id), message: `${meta.id}: ${message}` });
    if (own !== null && own.length === 0 && history.lines.length > 0)
      error({
        kind: 'history',
        document: meta.id,
        message: `${meta.id} has no line in ${HISTORY_FILE_NAME}: its history was deleted.`,
      });

    const declared = await declaredSchema(folder, meta.id);
    const file = documentFilePath(meta.id);
    if (meta.effective && meta.effective.contentHash === null && declared !== null && declared >= 2)
      error({
        document: meta.id,
        file,
        message: `${meta.id} records approval of revision ${meta.effective.revision} without the hash of its content, which this format always writes.`,
      });
    const snapshots = await listSnapshots(folder, meta.id);
    if (declared !== null && declared < 2 && snapshots.length > 0)
      error({
        document: meta.id,
        file,
        message: `${meta.id} claims the old schema ${declared}, yet approved copies in the current format exist: the file was rewritten to an older format.`,
      });
    if (meta.effective && snapshots.includes(meta.effective.revision)) {
      const snapshot = await readSnapshot(folder, meta.id, meta.effective.revision, scheme);
      const recorded = snapshot.ok ? snapshot.value.meta.effective : null;
      if (recorded) {
        const differ = EFFECTIVE_FIELDS.filter((field) => recorded[field] !== meta.effective?.[field]);
        if (differ.length > 0)
          error({
            document: meta.id,
            file: snapshotFilePath(meta.id, meta.effective.revision),
            message: `${meta.id}: the approval of revision ${meta.effective.revision} reads differently in the document and in its approved copy (${differ
              .map((field) => `${field}: "${meta.effective?.[field]}" against "${recorded[field]}"`)
              .join('; ')}).`,
          });
      }
    }
  }
  return { errors: findings, warnings };
}

import type { HistoryEntry } from '../../src-shared/control/history';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import type { DocumentMeta } from '../../src-shared/project/schema';
import { contentHash } from './file-version';

/**
 * Whether a document's approval record holds together: the text of the approved revision
 * still matches the hash taken at approval, the approval is in the document's history, by the
 * person the file names (its dates are compared with the approved copy's: record-check), and the history ends where the file says the document is. Each
 * problem is one sentence naming what does not agree. This detects edits made outside the
 * program; it is not a signature (docs/project-format.md).
 */
export interface IntegrityFacts {
  meta: DocumentMeta;
  content: SerializedContent;
  /** The document's history lines, in order; null when the project keeps no history at all. */
  history: readonly HistoryEntry[] | null;
}

export function integrityProblems({ meta, content, history }: IntegrityFacts): string[] {
  const problems: string[] = [];
  const effective = meta.effective;
  if (
    effective?.contentHash &&
    effective.revision === meta.revision &&
    (meta.status === 'approved' || meta.status === 'obsolete')
  ) {
    if (contentHash(content) !== effective.contentHash)
      problems.push(
        `The text of approved revision ${effective.revision} was changed outside the program: it no longer matches the hash recorded when it was approved.`,
      );
  }
  if (history === null || history.length === 0) return problems;
  if (effective) {
    const approvals = history.filter(
      (entry) =>
        entry.event === 'status-changed' &&
        entry.to.status === 'approved' &&
        entry.to.revision === effective.revision &&
        entry.from?.status !== 'approved',
    );
    const approval = approvals[approvals.length - 1];
    if (!approval)
      problems.push(`Its history records no approval of revision ${effective.revision}, which the file says is in force.`);
    else if (approval.by !== effective.approvedBy)
      problems.push(
        `The file says ${effective.approvedBy} approved revision ${effective.revision}; its history says ${approval.by} did.`,
      );
  }
  const last = history[history.length - 1];
  if (last && (last.to.status !== meta.status || last.to.revision !== meta.revision))
    problems.push(
      `Its history ends at ${last.to.status} revision ${last.to.revision}, but the file says ${meta.status} revision ${meta.revision}: a history line is missing or the file was edited.`,
    );
  return problems;
}

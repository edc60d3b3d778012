import type { DocumentVersionView } from '../../../src-shared/api/contract';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../../src-shared/project/document-status';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { dateTimeText } from '../components/date-time';

/**
 * How the window names versions: by when and by whom, never by their id. The phrases fit
 * into "Changes from … to …" and after "Compare with current: …".
 */

/** "the version of 12 Mar 2026 14:05 by Q. Approver" */
export function versionPhrase(version: Pick<DocumentVersionView, 'date' | 'author'>): string {
  return `the version of ${dateTimeText(version.date)} by ${version.author}`;
}

/** "Revision 3, approved": what the document was in a version, or null when that cannot be told. */
export function versionState(version: Pick<DocumentVersionView, 'revision' | 'status'>): string | null {
  if (version.revision === null || version.status === null) return null;
  return `Revision ${version.revision}, ${statusWord(version.status)}`;
}

/** "the current draft", or "the current revision 3 (approved)". */
export function currentPhrase(meta: Pick<DocumentMeta, 'revision' | 'status'>): string {
  return meta.status === 'draft' ? 'the current draft' : `the current revision ${meta.revision} (${statusWord(meta.status)})`;
}

function statusWord(status: DocumentStatus): string {
  return DOCUMENT_STATUS_LABELS[status].toLowerCase();
}

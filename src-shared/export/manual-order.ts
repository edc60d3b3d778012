import { hasRevisionInForce } from '../control/status-rules';
import { DOCUMENT_TYPES } from '../project/document-types';
import type { DocumentMeta } from '../project/schema';

/**
 * The documents of the manual when the user chooses none: every document with an
 * approved revision in force, manual first, then policies,
 * procedures and so on, by number within each kind.
 */
export function defaultManualDocuments(documents: readonly DocumentMeta[]): string[] {
  return documents
    .filter(hasRevisionInForce)
    .sort(
      (a, b) =>
        DOCUMENT_TYPES.indexOf(a.type) - DOCUMENT_TYPES.indexOf(b.type) || a.id.localeCompare(b.id, 'en', { numeric: true }),
    )
    .map((meta) => meta.id);
}

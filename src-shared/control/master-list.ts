import type { DocumentStatus } from '../project/document-status';
import type { DocumentType } from '../project/document-types';
import type { DocumentMeta } from '../project/schema';
import { hasRevisionInForce, isReviewOverdue } from './status-rules';

/** One row of the master document list, the register of controlled documents an auditor asks for. */
export interface MasterListRow {
  id: string;
  title: string;
  type: DocumentType;
  status: DocumentStatus;
  /** The working revision. */
  revision: string;
  /** The revision in force, if any. */
  effectiveRevision: string | null;
  /** An approved revision is in force, also while a new revision is drafted; not for an obsolete document. */
  inForce: boolean;
  owner: string;
  effectiveDate: string | null;
  approvedBy: string | null;
  nextReviewDate: string | null;
  reviewOverdue: boolean;
  clauses: string[];
}

/** Computed from the documents every time; never stored, so it cannot drift from them. */
export function masterList(documents: readonly DocumentMeta[], today: string): MasterListRow[] {
  return [...documents]
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map((meta) => ({
      id: meta.id,
      title: meta.title,
      type: meta.type,
      status: meta.status,
      revision: meta.revision,
      effectiveRevision: meta.effective?.revision ?? null,
      inForce: hasRevisionInForce(meta),
      owner: meta.owner,
      effectiveDate: meta.effective?.effectiveDate ?? null,
      approvedBy: meta.effective?.approvedBy ?? null,
      nextReviewDate: meta.nextReviewDate,
      reviewOverdue: isReviewOverdue(meta, today),
      clauses: [...meta.clauses],
    }));
}

import type { DocumentMeta } from '../project/schema';
import type { HistoryEntry } from './history';

/**
 * The revision in force that a working draft can be set beside, compared with, or
 * discarded back to: the document is a draft of a later revision than the approved one,
 * and that approved revision's text is kept as a snapshot. Null when there is none
 * (a first draft never approved, an approved or obsolete document, or a revision
 * approved before snapshots were kept).
 */
export function revisionInForceBeside(meta: Pick<DocumentMeta, 'status' | 'revision' | 'effective'>): string | null {
  const { effective } = meta;
  if (meta.status !== 'draft' || !effective || effective.contentHash === null) return null;
  return effective.revision !== meta.revision ? effective.revision : null;
}

/** Why a document has no draft revision to discard; null when it has one. */
export function discardRefusal(meta: Pick<DocumentMeta, 'id' | 'status' | 'revision' | 'effective'>): string | null {
  if (revisionInForceBeside(meta) !== null) return null;
  const why =
    meta.status === 'in-review'
      ? 'it is in review; return it to draft first'
      : meta.status !== 'draft'
        ? `it is ${meta.status}, not a draft revision`
        : meta.effective === null
          ? 'it has never been approved, so there is no revision to go back to'
          : meta.effective.contentHash === null
            ? `the text of its revision in force ${meta.effective.revision} was approved before approved copies were kept`
            : 'its working revision is the one in force';
  return `The draft revision of ${meta.id} cannot be discarded: ${why}.`;
}

/** What a snapshot holds of the approved revision: its metadata as approved and the hash of its content. */
export interface ApprovedCopy {
  meta: DocumentMeta;
  contentHash: string;
}

export type PlannedDiscard = { ok: true; meta: DocumentMeta; history: Omit<HistoryEntry, 'at'> } | { ok: false; reason: string };

/**
 * Discarding a draft revision: the document goes back to the approved revision in
 * force, as its snapshot holds it. What was approved (title, clauses, change summary,
 * author, revision) comes from the snapshot; owner and reviewer are register data that
 * may have changed since and stay as they are now. Pure, like every control rule.
 */
export function planDiscardRevision(meta: DocumentMeta, approved: ApprovedCopy, by: string): PlannedDiscard {
  const actor = by.trim();
  if (!actor) return { ok: false, reason: `A name is needed to discard the draft revision of ${meta.id}.` };
  const inForce = revisionInForceBeside(meta);
  if (inForce === null || !meta.effective) {
    return { ok: false, reason: discardRefusal(meta) ?? `${meta.id} has no draft revision to discard.` };
  }
  if (approved.meta.id !== meta.id || approved.meta.revision !== inForce || approved.contentHash !== meta.effective.contentHash) {
    return {
      ok: false,
      reason: `The approved copy of ${meta.id} revision ${inForce} is not the revision that was approved, so nothing was changed.`,
    };
  }
  const next: DocumentMeta = {
    ...meta,
    status: 'approved',
    revision: inForce,
    title: approved.meta.title,
    clauses: [...approved.meta.clauses],
    changeSummary: approved.meta.changeSummary,
    author: approved.meta.author,
    effective: meta.effective,
  };
  return {
    ok: true,
    meta: next,
    history: {
      by: actor,
      document: meta.id,
      event: 'revision-discarded',
      from: { status: meta.status, revision: meta.revision },
      to: { status: 'approved', revision: inForce },
    },
  };
}

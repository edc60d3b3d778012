import type { DocumentStatus } from '../project/document-status';
import { DOCUMENT_STATUS_LABELS } from '../project/document-status';
import { actorNameProblem } from '../project/person-name';
import type { DocumentMeta } from '../project/schema';
import { addMonths } from './dates';
import type { HistoryEntry } from './history';
import { advanceRevision, type RevisionScheme } from './revision';

/**
 * Which status may follow which. Draft -> In review -> Approved -> Obsolete, back from
 * In review to Draft, and from Approved to Draft, which starts a new revision while
 * the approved one stays in force.
 */
export const STATUS_TRANSITIONS: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['draft', 'approved'],
  approved: ['draft', 'obsolete'],
  obsolete: [],
};

export function allowedTransitions(status: DocumentStatus): readonly DocumentStatus[] {
  return STATUS_TRANSITIONS[status];
}

/**
 * Which statuses accept an edit of the content: a draft, and a document in review (which
 * the edit sends back to draft). An approved revision is in force and stays as approved
 * until someone starts a new revision on purpose; an obsolete document is final.
 */
export function acceptsContentEdits(status: DocumentStatus): boolean {
  return status === 'draft' || status === 'in-review';
}

/** Why the content of a document cannot be edited, for the window and for a refused save; null when it can. */
export function contentEditRefusal(meta: Pick<DocumentMeta, 'id' | 'status' | 'revision'>): string | null {
  if (acceptsContentEdits(meta.status)) return null;
  if (meta.status === 'approved') {
    return `Revision ${meta.revision} of ${meta.id} is approved and in force. To change it, start a new revision.`;
  }
  return `${meta.id} is obsolete and can no longer be edited.`;
}

export interface StatusChangeRequest {
  to: DocumentStatus;
  /** Who makes the change; for an approval, the approver. */
  by: string;
  note?: string | undefined;
  /** For an approval: an explicit next review date instead of approval date + review period. */
  nextReviewDate?: string | undefined;
}

export interface StatusChangeContext {
  today: string;
  scheme: RevisionScheme;
  reviewPeriodMonths: number;
  /** Hash of the working content, recorded with an approval. */
  contentHash: string;
}

export type PlannedStatusChange =
  | {
      ok: true;
      meta: DocumentMeta;
      history: Omit<HistoryEntry, 'at'>;
      /** An approval freezes the working content as an immutable snapshot. */
      snapshot: boolean;
    }
  | { ok: false; reason: string };

/**
 * The one place that decides a status change: whether it is allowed, the metadata
 * after it, the history entry to append, and whether to write a snapshot. Pure, so
 * the UI, the main process and the command line cannot disagree.
 */
export function planStatusChange(
  meta: DocumentMeta,
  request: StatusChangeRequest,
  context: StatusChangeContext,
): PlannedStatusChange {
  const by = request.by.trim();
  const from = { status: meta.status, revision: meta.revision };
  const label = (status: DocumentStatus) => DOCUMENT_STATUS_LABELS[status];
  if (meta.status === request.to) return { ok: false, reason: `${meta.id} is already ${label(meta.status).toLowerCase()}.` };
  if (!STATUS_TRANSITIONS[meta.status].includes(request.to)) {
    const allowed = STATUS_TRANSITIONS[meta.status].map((s) => label(s).toLowerCase());
    return {
      ok: false,
      reason: `${meta.id} is ${label(meta.status).toLowerCase()} and cannot move to ${label(request.to).toLowerCase()}${
        allowed.length ? `; it can move to ${allowed.join(' or ')}` : '; obsolete documents are final'
      }.`,
    };
  }
  if (!by) return { ok: false, reason: `A name is needed to ${request.to === 'approved' ? 'approve' : 'change'} ${meta.id}.` };
  const badName = actorNameProblem(by);
  if (badName) return { ok: false, reason: badName };
  if (request.nextReviewDate !== undefined && request.to !== 'approved') {
    return { ok: false, reason: 'A next review date can only be set when approving.' };
  }
  if (request.nextReviewDate !== undefined && request.nextReviewDate <= context.today) {
    return { ok: false, reason: `The next review date ${request.nextReviewDate} must be after today (${context.today}).` };
  }
  const note = request.note?.trim() || undefined;

  if (request.to === 'approved') {
    const revision = advance(context.scheme, meta.revision, 'approve');
    if (revision === null)
      return {
        ok: false,
        reason: `${meta.id} has revision "${meta.revision}", which is not a ${context.scheme} revision label.`,
      };
    const selfApproved = meta.author.trim() !== '' && meta.author.trim().toLowerCase() === by.toLowerCase();
    const next: DocumentMeta = {
      ...meta,
      status: 'approved',
      revision,
      nextReviewDate: request.nextReviewDate ?? addMonths(context.today, context.reviewPeriodMonths),
      effective: {
        revision,
        approvedBy: by,
        approvedOn: context.today,
        effectiveDate: context.today,
        selfApproved,
        changeSummary: meta.changeSummary,
        contentHash: context.contentHash,
      },
    };
    return {
      ok: true,
      meta: next,
      snapshot: true,
      history: { by, document: meta.id, event: 'status-changed', from, to: { status: 'approved', revision }, note, selfApproved },
    };
  }

  if (meta.status === 'approved' && request.to === 'draft') return planNewRevision(meta, by, context.scheme, note);

  const next: DocumentMeta = { ...meta, status: request.to };
  return {
    ok: true,
    meta: next,
    snapshot: false,
    history: { by, document: meta.id, event: 'status-changed', from, to: { status: request.to, revision: meta.revision }, note },
  };
}

/** Editing an approved document: a new draft revision; the approved one stays in force. */
export function planNewRevision(meta: DocumentMeta, by: string, scheme: RevisionScheme, note?: string): PlannedStatusChange {
  if (meta.status !== 'approved') return { ok: false, reason: `${meta.id} is not approved; it is already being revised.` };
  const revision = advance(scheme, meta.revision, 'new-draft');
  if (revision === null)
    return { ok: false, reason: `${meta.id} has revision "${meta.revision}", which is not a ${scheme} revision label.` };
  return {
    ok: true,
    // Whoever starts the revision is its author: that is whom a self-approval is checked against.
    meta: { ...meta, status: 'draft', revision, changeSummary: '', author: by },
    snapshot: false,
    history: {
      by,
      document: meta.id,
      event: 'revision-started',
      from: { status: 'approved', revision: meta.revision },
      to: { status: 'draft', revision },
      note,
    },
  };
}

/** A label in another scheme (a project switched schemes) is a reported problem, not a crash. */
function advance(scheme: RevisionScheme, label: string, step: 'new-draft' | 'approve'): string | null {
  try {
    return advanceRevision(scheme, label, step);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Whether an approved revision of the document is in force: it is approved, or a new
 * revision is being drafted or reviewed while the approved one stays in force. An
 * obsolete document has none, whatever approval it last recorded.
 */
export function hasRevisionInForce(meta: Pick<DocumentMeta, 'status' | 'effective'>): boolean {
  return meta.status !== 'obsolete' && meta.effective !== null;
}

/** A document is overdue for review when its effective revision's review date has passed. */
export function isReviewOverdue(meta: Pick<DocumentMeta, 'status' | 'effective' | 'nextReviewDate'>, today: string): boolean {
  return hasRevisionInForce(meta) && meta.nextReviewDate !== null && meta.nextReviewDate < today;
}

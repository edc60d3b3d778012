import { nameProblem } from '../project/person-name';
import type { DocumentMeta } from '../project/schema';
import type { HistoryEntry } from './history';
import type { RevisionScheme } from './revision';
import { planNewRevision } from './status-rules';

/** The details a user may change after a document is created; its type and number are fixed. */
export interface DetailsChange {
  title: string;
  owner: string;
  reviewer: string;
  clauses: string[];
  changeSummary: string;
}

export type PlannedDetailsChange =
  | { ok: true; meta: DocumentMeta; history: Array<Omit<HistoryEntry, 'at'>>; changed: boolean }
  | { ok: false; reason: string };

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The one place that decides a change of a document's details. The title and the
 * clauses are part of what was approved: changing them on an approved document starts
 * a new draft revision (as an edit of its text does), and on a document in review sends
 * it back to draft. Owner and reviewer are register data and change in any live status.
 * The change summary belongs to the working revision, so it is frozen once approved.
 * Every change is recorded in the history with what it was before.
 */
export function planDetailsChange(
  meta: DocumentMeta,
  change: DetailsChange,
  by: string,
  scheme: RevisionScheme,
): PlannedDetailsChange {
  const actor = by.trim();
  if (!actor) return { ok: false, reason: `A name is needed to change the details of ${meta.id}.` };
  if (meta.status === 'obsolete') return { ok: false, reason: `${meta.id} is obsolete; its details can no longer change.` };
  const title = change.title.trim();
  if (!title) return { ok: false, reason: 'A document needs a title.' };
  const next = { ...change, title, owner: change.owner.trim(), reviewer: change.reviewer.trim() };
  const badName = nameProblem(next.owner, 'The owner') ?? nameProblem(next.reviewer, 'The reviewer');
  if (badName) return { ok: false, reason: `${badName}.` };
  const clauses = [...new Set(next.clauses)];
  const notes: string[] = [];
  if (title !== meta.title) notes.push(`title "${meta.title}" → "${title}"`);
  if (!same(clauses, meta.clauses)) notes.push(`clauses ${meta.clauses.join(', ') || 'none'} → ${clauses.join(', ') || 'none'}`);
  const approvedContent = notes.length > 0;
  if (next.owner !== meta.owner) notes.push(`owner ${meta.owner || 'none'} → ${next.owner || 'none'}`);
  if (next.reviewer !== meta.reviewer) notes.push(`reviewer ${meta.reviewer || 'none'} → ${next.reviewer || 'none'}`);
  const summaryChanged = next.changeSummary.trim() !== meta.changeSummary.trim();
  if (summaryChanged && meta.status === 'approved' && !approvedContent) {
    return {
      ok: false,
      reason: `The change summary of approved revision ${meta.revision} is part of its record; start a new revision to describe new changes.`,
    };
  }
  if (summaryChanged) notes.push('change summary');
  if (notes.length === 0) return { ok: true, meta, history: [], changed: false };

  const history: Array<Omit<HistoryEntry, 'at'>> = [];
  let base = meta;
  if (approvedContent && meta.status === 'approved') {
    const revision = planNewRevision(meta, actor, scheme, 'Details changed');
    if (!revision.ok) return revision;
    base = revision.meta;
    history.push(revision.history);
  } else if (approvedContent && meta.status === 'in-review') {
    // What the reviewer approves must be what was submitted.
    base = { ...meta, status: 'draft' };
    history.push({
      by: actor,
      document: meta.id,
      event: 'status-changed',
      from: { status: 'in-review', revision: meta.revision },
      to: { status: 'draft', revision: meta.revision },
      note: 'Details changed while in review',
    });
  }
  const updated: DocumentMeta = {
    ...base,
    title,
    owner: next.owner,
    reviewer: next.reviewer,
    clauses,
    changeSummary: meta.status === 'approved' && !approvedContent ? base.changeSummary : next.changeSummary.trim(),
  };
  history.push({
    by: actor,
    document: meta.id,
    event: 'details-changed',
    from: { status: meta.status, revision: meta.revision },
    to: { status: updated.status, revision: updated.revision },
    note: notes.join('; '),
  });
  return { ok: true, meta: updated, history, changed: true };
}

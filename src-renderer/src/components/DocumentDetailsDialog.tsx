import { type JSX, useState } from 'react';
import type { ClauseEntry } from '../../../src-shared/guidance/catalog-schema';
import { compareClauseIds } from '../../../src-shared/guidance/clause-tree';
import { DOCUMENT_TYPE_LABELS } from '../../../src-shared/project/document-types';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { Dialog } from './Dialog';

export interface DetailsEdit {
  title: string;
  owner: string;
  reviewer: string;
  clauses: string[];
  changeSummary: string;
}

interface DocumentDetailsDialogProps {
  meta: DocumentMeta;
  clauses: readonly ClauseEntry[] | null;
  error: string | null;
  busy: boolean;
  onSave: (edit: DetailsEdit) => void;
  onCancel: () => void;
}

/**
 * A document's details. The number and type are fixed once it is created; the title and
 * clauses are part of what is approved, so changing them on an approved document starts
 * a new revision (src-shared/control/details-rules).
 */
export function DocumentDetailsDialog({ meta, clauses, error, busy, onSave, onCancel }: DocumentDetailsDialogProps): JSX.Element {
  const [title, setTitle] = useState(meta.title);
  const [owner, setOwner] = useState(meta.owner);
  const [reviewer, setReviewer] = useState(meta.reviewer);
  const [clauseText, setClauseText] = useState(meta.clauses.join(', '));
  const [changeSummary, setChangeSummary] = useState(meta.changeSummary);
  const [localError, setLocalError] = useState<string | null>(null);
  const approved = meta.status === 'approved';
  const known = new Set((clauses ?? []).map((entry) => entry.id));
  return (
    <Dialog
      title={`Details of ${meta.id}`}
      submitLabel="Save details"
      busy={busy}
      error={localError ?? error}
      onCancel={onCancel}
      onSubmit={() => {
        const list = [...new Set(clauseText.split(/[\s,;]+/).filter(Boolean))].sort(compareClauseIds);
        const unknown = list.filter((id) => clauses !== null && !known.has(id));
        if (!title.trim()) return setLocalError('A document needs a title.');
        if (unknown.length > 0) return setLocalError(`Not clauses of ISO 9001:2015: ${unknown.join(', ')}.`);
        setLocalError(null);
        onSave({
          title: title.trim(),
          owner: owner.trim(),
          reviewer: reviewer.trim(),
          clauses: list,
          changeSummary: changeSummary.trim(),
        });
      }}
    >
      <p className="dialog-lead">
        {DOCUMENT_TYPE_LABELS[meta.type]} {meta.id}, revision {meta.revision}. The number and type are fixed.
      </p>
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <div className="dialog-row">
        <label>
          Owner
          <input value={owner} onChange={(event) => setOwner(event.target.value)} />
        </label>
        <label>
          Reviewer
          <input value={reviewer} onChange={(event) => setReviewer(event.target.value)} />
        </label>
      </div>
      <label>
        Clauses it addresses
        <input value={clauseText} placeholder="e.g. 7.5, 7.5.3" onChange={(event) => setClauseText(event.target.value)} />
      </label>
      <label>
        What changes in this revision
        <textarea rows={3} value={changeSummary} disabled={approved} onChange={(event) => setChangeSummary(event.target.value)} />
      </label>
      {approved ? (
        <p className="dialog-hint">
          Revision {meta.revision} is approved: changing its title or clauses starts a new draft revision, as an edit of its text
          would. Its change summary is part of the approval record.
        </p>
      ) : null}
    </Dialog>
  );
}

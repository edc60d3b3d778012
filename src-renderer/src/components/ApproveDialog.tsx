import { type JSX, useState } from 'react';
import { addDays, addMonths } from '../../../src-shared/control/dates';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { Dialog } from './Dialog';

export interface Approval {
  by: string;
  note: string;
  nextReviewDate: string | undefined;
}

interface ApproveDialogProps {
  meta: DocumentMeta;
  defaultApprover: string;
  today: string;
  reviewPeriodMonths: number;
  error: string | null;
  busy: boolean;
  /** What is still untailored (src-shared/tailoring): approval then asks for confirmation. */
  tailoringWarnings: readonly string[];
  onApprove: (approval: Approval) => void;
  onCancel: () => void;
}

/** Approval needs a name; the review date defaults to today plus the project's review period. */
export function ApproveDialog(props: ApproveDialogProps): JSX.Element {
  const { meta, today } = props;
  const defaultReview = addMonths(today, props.reviewPeriodMonths);
  const [by, setBy] = useState(props.defaultApprover);
  const [note, setNote] = useState('');
  const [nextReview, setNextReview] = useState(defaultReview);
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const untailored = props.tailoringWarnings.length > 0;
  const selfApproval = by.trim() !== '' && by.trim().toLowerCase() === meta.author.trim().toLowerCase();
  return (
    <Dialog
      title={`Approve ${meta.id} revision ${meta.revision}`}
      submitLabel="Approve"
      busy={props.busy}
      submitDisabled={untailored && !confirmed}
      error={localError ?? props.error}
      onCancel={props.onCancel}
      onSubmit={() => {
        if (!by.trim()) return setLocalError('Enter the approver’s name.');
        if (!nextReview || nextReview <= today) return setLocalError(`Choose a next review date after ${today}.`);
        if (untailored && !confirmed)
          return setLocalError('Confirm that the document describes your organization, or tailor it first.');
        setLocalError(null);
        props.onApprove({ by: by.trim(), note, nextReviewDate: nextReview === defaultReview ? undefined : nextReview });
      }}
    >
      <p className="dialog-lead">
        {meta.title}. Approval freezes this revision as the one in force from {today}; to change it later, start a new revision.
      </p>
      {untailored ? (
        <div className="dialog-warning" role="alert">
          <strong>This document still reads like the template.</strong>
          <ul>
            {props.tailoringWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          Auditors often find template documents that describe a generic company. Approve only if it describes yours.
          <label className="dialog-check">
            <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />I have read it:
            it describes our organization as it is. Approve anyway.
          </label>
        </div>
      ) : null}
      <label>
        Approved by
        <input value={by} onChange={(event) => setBy(event.target.value)} autoComplete="name" />
      </label>
      {selfApproval ? (
        <p className="dialog-hint">The approver is also the author. That is allowed, and recorded as such.</p>
      ) : null}
      <label>
        Next review
        <input type="date" value={nextReview} min={addDays(today, 1)} onChange={(event) => setNextReview(event.target.value)} />
      </label>
      <label>
        Note for the history (optional)
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
    </Dialog>
  );
}

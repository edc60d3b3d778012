import type { JSX } from 'react';
import { allowedTransitions } from '../../../src-shared/control/status-rules';
import type { DocumentStatus } from '../../../src-shared/project/document-status';

/** The words on the button that moves a document from one status to another. */
const ACTION_LABELS: Record<string, string> = {
  'draft>in-review': 'Submit for review',
  'in-review>draft': 'Return to draft',
  'in-review>approved': 'Approve…',
  'approved>obsolete': 'Make obsolete…',
};

interface StatusActionsProps {
  status: DocumentStatus;
  disabled: boolean;
  onChange: (to: DocumentStatus) => void;
  onShowHistory: () => void;
  historyOpen: boolean;
  /** The document's details (title, owner, clauses…); absent when they cannot change. */
  onDetails?: (() => void) | undefined;
  /** Save the document as a template of this project. */
  onSaveAsTemplate?: (() => void) | undefined;
  /** Export to Word: allowed even when the project is read-only, as it changes nothing. */
  onExport?: (() => void) | undefined;
}

/** One button per status the rules allow next; the rules themselves live in src-shared. */
export function StatusActions({
  status,
  disabled,
  onChange,
  onShowHistory,
  historyOpen,
  onDetails,
  onSaveAsTemplate,
  onExport,
}: StatusActionsProps): JSX.Element {
  // An approved document's new revision is started from its banner (revisions/RevisionBanner).
  const moves = allowedTransitions(status).filter((to) => !(status === 'approved' && to === 'draft'));
  return (
    <fieldset className="status-actions" aria-label="Document control">
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'approved' ? 'primary' : undefined}
          disabled={disabled}
          onClick={() => onChange(to)}
        >
          {ACTION_LABELS[`${status}>${to}`] ?? to}
        </button>
      ))}
      <button type="button" aria-expanded={historyOpen} onClick={onShowHistory}>
        History
      </button>
      {onDetails ? (
        <button type="button" disabled={disabled} onClick={onDetails}>
          Details…
        </button>
      ) : null}
      {onExport ? (
        <button type="button" onClick={onExport}>
          Export to Word…
        </button>
      ) : null}
      {onSaveAsTemplate ? (
        <button type="button" disabled={disabled} onClick={onSaveAsTemplate}>
          Save as template…
        </button>
      ) : null}
    </fieldset>
  );
}

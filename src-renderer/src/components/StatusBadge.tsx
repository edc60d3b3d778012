import type { JSX } from 'react';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../../src-shared/project/document-status';

/**
 * A document's status; "Integrity problem" instead when its approval record was edited
 * outside the program, so an altered document is never shown as "Approved".
 */
export function StatusBadge({
  status,
  problems,
}: {
  status: DocumentStatus;
  problems?: readonly string[] | undefined;
}): JSX.Element {
  if (problems && problems.length > 0)
    return (
      <span className="status-badge status-integrity" title={problems.join(' ')}>
        Integrity problem
      </span>
    );
  return <span className={`status-badge status-${status}`}>{DOCUMENT_STATUS_LABELS[status]}</span>;
}

import type { JSX } from 'react';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../../src-shared/project/document-status';

export function StatusBadge({ status }: { status: DocumentStatus }): JSX.Element {
  return <span className={`status-badge status-${status}`}>{DOCUMENT_STATUS_LABELS[status]}</span>;
}

import type { JSX, ReactNode } from 'react';
import { isReviewOverdue } from '../../../src-shared/control/status-rules';
import { DOCUMENT_TYPE_LABELS } from '../../../src-shared/project/document-types';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { StatusBadge } from './StatusBadge';

function Field({ label, children }: { label: string; children: ReactNode }): JSX.Element {
  return (
    <div className="meta-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface DocumentHeaderProps {
  meta: DocumentMeta;
  today: string;
  /** The save status, at the right of the title. */
  status?: ReactNode;
  /** The document-control buttons, under the facts. */
  actions?: ReactNode;
  /** What is still the template's (TailoringStrip). */
  tailoring?: ReactNode;
  /** Why the approval record does not hold together, when it was edited outside the program. */
  integrity?: readonly string[] | undefined;
}

/** The document-control facts an auditor reads first: number, revision, status, owner, approval, review. */
export function DocumentHeader({ meta, today, status, actions, tailoring, integrity }: DocumentHeaderProps): JSX.Element {
  const { effective } = meta;
  const overdue = isReviewOverdue(meta, today);
  return (
    <header className="document-header">
      <div className="document-heading">
        <span className="doc-id">{meta.id}</span>
        <h1>{meta.title}</h1>
        <StatusBadge status={meta.status} problems={integrity} />
        <span className="document-header-aside">{status}</span>
      </div>
      {integrity && integrity.length > 0 ? (
        <div className="banner banner-danger" role="alert">
          <strong>This document’s record does not hold together; do not rely on it until it is explained.</strong>
          <ul>
            {integrity.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="meta-fields">
        <Field label="Type">{DOCUMENT_TYPE_LABELS[meta.type]}</Field>
        <Field label="Revision">
          {meta.revision}
          {effective && effective.revision !== meta.revision ? (
            <span className="muted"> ({effective.revision} in force)</span>
          ) : null}
        </Field>
        <Field label="Owner">{meta.owner || '—'}</Field>
        <Field label="Approved">
          {effective ? `${effective.approvedBy}, ${effective.approvedOn}${effective.selfApproved ? ' (author)' : ''}` : 'Not yet'}
        </Field>
        <Field label="Effective">{effective?.effectiveDate ?? '—'}</Field>
        <Field label="Next review">
          {meta.nextReviewDate ?? '—'}
          {overdue ? <span className="overdue-badge">Overdue</span> : null}
        </Field>
      </dl>
      {tailoring}
      {actions}
    </header>
  );
}

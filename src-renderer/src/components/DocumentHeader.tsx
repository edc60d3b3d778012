import type { JSX, ReactNode } from 'react';
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

/** The document-control facts an auditor reads first: number, revision, status, owner, dates. */
export function DocumentHeader({ meta, children }: { meta: DocumentMeta; children?: ReactNode }): JSX.Element {
  return (
    <header className="document-header">
      <div className="document-heading">
        <span className="doc-id">{meta.id}</span>
        <h1>{meta.title}</h1>
        <StatusBadge status={meta.status} />
        <span className="document-header-aside">{children}</span>
      </div>
      <dl className="meta-fields">
        <Field label="Type">{DOCUMENT_TYPE_LABELS[meta.type]}</Field>
        <Field label="Revision">{meta.revision}</Field>
        <Field label="Owner">{meta.owner || '—'}</Field>
        <Field label="Effective">{meta.effectiveDate ?? 'Not yet approved'}</Field>
        <Field label="Next review">{meta.nextReviewDate ?? '—'}</Field>
      </dl>
    </header>
  );
}

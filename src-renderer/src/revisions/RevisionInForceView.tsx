import { type JSX, useId } from 'react';
import type { ApprovedRevisionView } from '../../../src-shared/api/contract';
import { ContentPreview } from '../editor/ui/ContentPreview';
import './revisions.css';

interface RevisionInForceViewProps {
  revision: string;
  approved: ApprovedRevisionView | null;
  error: string | null;
  onClose: () => void;
}

/** The approved revision in force, read-only, beside the draft: exactly as it was approved (its snapshot). */
export function RevisionInForceView({ revision, approved, error, onClose }: RevisionInForceViewProps): JSX.Element {
  const effective = approved?.meta.effective;
  const titleId = useId();
  return (
    <section className="revision-side" aria-labelledby={titleId}>
      <header className="revision-side-header">
        <h2 id={titleId}>Revision {revision}, in force</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error ? (
        <p className="revision-side-error" role="alert">
          {error}
        </p>
      ) : !approved ? (
        <p className="muted">Reading the approved revision…</p>
      ) : (
        <>
          <p className="revision-side-lead">
            {approved.meta.title}.{effective ? ` Approved by ${effective.approvedBy} on ${effective.approvedOn}.` : ''} Read-only.
          </p>
          <div className="revision-side-page">
            <ContentPreview
              key={`${approved.meta.id}:${revision}`}
              content={approved.content}
              label={`Revision ${revision} in force: document text`}
            />
          </div>
        </>
      )}
    </section>
  );
}

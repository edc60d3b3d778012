import type { JSX } from 'react';
import type { DamagedFile } from '../../../src-shared/api/contract';
import { isReviewOverdue } from '../../../src-shared/control/status-rules';
import { DOCUMENT_TYPE_LABELS } from '../../../src-shared/project/document-types';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { StatusBadge } from './StatusBadge';

interface DocumentListProps {
  documents: DocumentMeta[];
  today: string;
  damaged: DamagedFile[];
  /** Documents whose approval record was edited outside the program, with why. */
  integrity: Readonly<Record<string, string[]>>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The project's controlled documents, by number, with status and revision. */
export function DocumentList({ documents, today, damaged, integrity, selectedId, onSelect }: DocumentListProps): JSX.Element {
  return (
    <nav className="document-list" aria-label="Documents">
      <h2 className="pane-title">
        Documents <span className="count">{documents.length}</span>
      </h2>
      {documents.length === 0 ? <p className="muted">This project has no documents yet.</p> : null}
      <ul>
        {documents.map((meta) => (
          <li key={meta.id}>
            <button
              type="button"
              className={`document-row${meta.id === selectedId ? ' selected' : ''}`}
              aria-current={meta.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(meta.id)}
            >
              <span className="document-row-top">
                <span className="doc-id">{meta.id}</span>
                <StatusBadge status={meta.status} problems={integrity[meta.id]} />
              </span>
              <span className="doc-title">{meta.title}</span>
              <span className="doc-sub">
                {DOCUMENT_TYPE_LABELS[meta.type]} · Rev. {meta.revision}
                {meta.owner ? ` · ${meta.owner}` : ''}
              </span>
              {isReviewOverdue(meta, today) ? (
                <span className="overdue-badge">
                  Review overdue since <span className="date">{meta.nextReviewDate}</span>
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      {damaged.length > 0 ? (
        <section className="damaged" aria-label="Damaged files">
          <h3>Cannot be opened</h3>
          <ul>
            {damaged.map((file) => (
              <li key={file.file}>
                <strong>{file.file}</strong>
                <span>{file.reason}</span>
              </li>
            ))}
          </ul>
          <p className="muted">These files were left exactly as they are. Repair or restore them, then reopen the project.</p>
        </section>
      ) : null}
    </nav>
  );
}

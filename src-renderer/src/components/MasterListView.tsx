import type { JSX } from 'react';
import { masterList } from '../../../src-shared/control/master-list';
import { DOCUMENT_TYPE_LABELS } from '../../../src-shared/project/document-types';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { StatusBadge } from './StatusBadge';

interface MasterListViewProps {
  documents: DocumentMeta[];
  today: string;
  onOpen: (id: string) => void;
}

/** The master document list: every controlled document with its control facts, computed on the spot. */
export function MasterListView({ documents, today, onOpen }: MasterListViewProps): JSX.Element {
  const rows = masterList(documents, today);
  const overdue = rows.filter((row) => row.reviewOverdue).length;
  return (
    <section className="master-list" aria-label="Master document list">
      <header className="master-list-header">
        <h1>Master document list</h1>
        <p className="muted">
          {rows.length} controlled document{rows.length === 1 ? '' : 's'} ·{' '}
          {rows.filter((row) => row.status === 'approved').length} approved ·{' '}
          {overdue === 0 ? 'no reviews overdue' : `${overdue} review${overdue === 1 ? '' : 's'} overdue`} · as of {today}
        </p>
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Title</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Revision</th>
            <th scope="col">In force</th>
            <th scope="col">Owner</th>
            <th scope="col">Effective</th>
            <th scope="col">Next review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.reviewOverdue ? 'overdue' : undefined}>
              <td>
                <button type="button" className="link-button doc-id" onClick={() => onOpen(row.id)}>
                  {row.id}
                </button>
              </td>
              <td>{row.title}</td>
              <td>{DOCUMENT_TYPE_LABELS[row.type]}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>{row.revision}</td>
              <td>{row.effectiveRevision ?? '—'}</td>
              <td>{row.owner || '—'}</td>
              <td>{row.effectiveDate ?? '—'}</td>
              <td>
                {row.nextReviewDate ?? '—'}
                {row.reviewOverdue ? <span className="overdue-badge">Overdue</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

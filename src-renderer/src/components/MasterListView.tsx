import type { JSX } from 'react';
import { masterList } from '../../../src-shared/control/master-list';
import { DOCUMENT_TYPE_LABELS } from '../../../src-shared/project/document-types';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { type TailoringFigures, tailoringSummary, tailoringWarnings } from '../../../src-shared/tailoring/tailoring';
import { StatusBadge } from './StatusBadge';

interface MasterListViewProps {
  documents: DocumentMeta[];
  today: string;
  /** Tailoring figures by document id. */
  tailoring: Readonly<Record<string, TailoringFigures>>;
  onOpen: (id: string) => void;
  onExport: (kind: 'manual' | 'register') => void;
}

/** The master document list: every controlled document with its control facts, computed on the spot. */
export function MasterListView({ documents, today, tailoring, onOpen, onExport }: MasterListViewProps): JSX.Element {
  const rows = masterList(documents, today);
  const overdue = rows.filter((row) => row.reviewOverdue).length;
  const untailored = rows.filter((row) => {
    const figures = tailoring[row.id];
    return row.status !== 'obsolete' && figures !== undefined && tailoringWarnings(figures).length > 0;
  }).length;
  return (
    <section className="master-list" aria-label="Master document list">
      <header className="master-list-header">
        <h1>Master document list</h1>
        <p className="muted">
          {rows.length} controlled document{rows.length === 1 ? '' : 's'} · {rows.filter((row) => row.inForce).length} in force ·{' '}
          {overdue === 0 ? 'no reviews overdue' : `${overdue} review${overdue === 1 ? '' : 's'} overdue`} ·{' '}
          {untailored === 0 ? 'all tailored' : `${untailored} still to tailor`} · as of {today}
        </p>
        <div className="master-list-actions">
          <button type="button" onClick={() => onExport('manual')}>
            Export manual to Word…
          </button>
          <button type="button" onClick={() => onExport('register')}>
            Export this list…
          </button>
        </div>
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
            <th scope="col">Still to tailor</th>
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
                <span className="date">{row.nextReviewDate ?? '—'}</span>
                {row.reviewOverdue ? <span className="overdue-badge">Overdue</span> : null}
              </td>
              <td className="tailoring-cell">
                <TailoringCell figures={tailoring[row.id]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TailoringCell({ figures }: { figures: TailoringFigures | undefined }): JSX.Element {
  if (!figures) return <span className="muted">—</span>;
  const warnings = tailoringWarnings(figures);
  const summary = tailoringSummary(figures);
  // A document not made from a template, with nothing left to fill in: nothing to say.
  if (warnings.length === 0 && figures.templateSentences === null) return <span className="muted">—</span>;
  if (warnings.length === 0) return <span className="tailoring-ok">Tailored ({summary})</span>;
  return (
    <span className="tailoring-warn-text" title={warnings.join(' ')}>
      {summary}
    </span>
  );
}

import { type JSX, useState } from 'react';
import { clauseDepth } from '../../../src-shared/guidance/catalog-checks';
import type { ClauseCoverage } from '../../../src-shared/guidance/coverage';

interface CoverageViewProps {
  coverage: readonly ClauseCoverage[];
  readOnly: boolean;
  onOpenDocument: (id: string) => void;
  onOpenClause: (id: string) => void;
  /** Start a document for a gap: the gallery, showing the templates that address the clause. */
  onCreateForClause: (clause: string) => void;
}

/** Clauses against documents: which documents address each clause, and where what the standard requires is missing. */
export function CoverageView({ coverage, readOnly, ...actions }: CoverageViewProps): JSX.Element {
  const [onlyGaps, setOnlyGaps] = useState(false);
  const gaps = coverage.filter((item) => item.gap).length;
  const rows = onlyGaps ? coverage.filter((item) => item.gap) : coverage;
  return (
    <section className="coverage" aria-label="Coverage">
      <header className="master-list-header">
        <h1>Coverage of ISO 9001</h1>
        <p className="muted">
          {gaps === 0
            ? 'Every clause that requires documented information is addressed.'
            : `${gaps} ${gaps === 1 ? 'clause requires' : 'clauses require'} documented information no document addresses.`}{' '}
          <label className="inline-check">
            <input type="checkbox" checked={onlyGaps} onChange={(event) => setOnlyGaps(event.target.checked)} /> Show gaps only
          </label>
        </p>
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Clause</th>
            <th scope="col">Required documented information</th>
            <th scope="col">Documents</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => {
            return (
              <tr key={item.clause.id} className={item.gap ? 'gap' : item.notApplicable ? 'not-applicable' : undefined}>
                <td className={`depth-${clauseDepth(item.clause.id)}`}>
                  <button type="button" className="link-button" onClick={() => actions.onOpenClause(item.clause.id)}>
                    <span className="clause-number">{item.clause.id}</span>
                  </button>{' '}
                  {item.clause.title}
                </td>
                <td>
                  {item.clause.documentedInformation.map((info) => (
                    <span key={info.description} className={`di-kind di-${info.kind}`} title={info.description}>
                      {info.kind === 'maintain' ? 'Maintain' : 'Retain'}
                    </span>
                  ))}
                </td>
                <td>
                  {item.notApplicable ? (
                    <span className={item.notApplicable.verdict.acceptable ? 'na-ok' : 'na-bad'}>
                      Not applicable: {item.notApplicable.justification}
                      {item.notApplicable.verdict.acceptable ? (
                        <em> {item.notApplicable.verdict.caution}</em>
                      ) : (
                        <strong> {item.notApplicable.verdict.reason}</strong>
                      )}
                    </span>
                  ) : null}
                  {item.documents.map((id) => (
                    <button key={id} type="button" className="link-button doc-id" onClick={() => actions.onOpenDocument(id)}>
                      {id}
                    </button>
                  ))}
                  {item.gap ? (
                    <span className="gap-action">
                      <span className="gap-badge">Gap</span>
                      <button
                        type="button"
                        disabled={readOnly}
                        aria-label={`Create a document for clause ${item.clause.id}`}
                        onClick={() => actions.onCreateForClause(item.clause.id)}
                      >
                        Create a document…
                      </button>
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

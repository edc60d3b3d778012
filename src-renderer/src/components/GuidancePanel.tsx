import type { JSX } from 'react';
import type { DocumentMeta } from '../../../src-shared/project/schema';

/**
 * The right-hand area belongs to clause guidance. Until the clause catalog is in the
 * program it shows which ISO 9001 clauses the open document addresses.
 */
export function GuidancePanel({ meta }: { meta: DocumentMeta | null }): JSX.Element {
  return (
    <aside className="guidance-panel" aria-label="Clause guidance">
      <h2 className="pane-title">Clause guidance</h2>
      {meta === null ? (
        <p className="muted">Open a document to see the ISO 9001 clauses it addresses.</p>
      ) : (
        <>
          <p className="guidance-lead">
            <strong>{meta.id}</strong> addresses these clauses of ISO 9001:2015:
          </p>
          {meta.clauses.length === 0 ? (
            <p className="muted">No clause references yet.</p>
          ) : (
            <ul className="clause-chips">
              {meta.clauses.map((clause) => (
                <li key={clause} className="clause-chip">
                  {clause}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">
            What each clause asks of you, what an auditor looks for and the records to keep will be explained here.
          </p>
        </>
      )}
    </aside>
  );
}

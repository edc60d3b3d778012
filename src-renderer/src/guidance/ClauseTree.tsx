import { type JSX, useState } from 'react';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import { ancestorClauses, parentClause } from '../../../src-shared/guidance/clause-tree';

interface ClauseTreeProps {
  catalog: ClauseCatalog;
  selected: string | null;
  onOpen: (id: string) => void;
}

/** The standard's clauses as a tree, then the foundations and the path to certification. */
export function ClauseTree({ catalog, selected, onOpen }: ClauseTreeProps): JSX.Element {
  // Everything above the selected clause starts open, so the selection is visible.
  const [open, setOpen] = useState<Set<string>>(() => new Set(selected ? ancestorClauses(selected) : []));
  const children = (id: string | null) => catalog.clauses.filter((entry) => entry.parent === id);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const branch = (parent: string | null): JSX.Element => (
    <ul aria-label={parent === null ? 'Clauses of ISO 9001' : undefined}>
      {children(parent).map((entry) => {
        const hasChildren = catalog.clauses.some((other) => parentClause(other.id) === entry.id);
        const expanded = open.has(entry.id);
        return (
          <li key={entry.id}>
            <span className="tree-row">
              {hasChildren ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={expanded}
                  aria-label={`${expanded ? 'Collapse' : 'Expand'} ${entry.id}`}
                  onClick={() => toggle(entry.id)}
                >
                  {expanded ? '▾' : '▸'}
                </button>
              ) : (
                <span className="tree-toggle" />
              )}
              <button
                type="button"
                className={`tree-link${entry.id === selected ? ' selected' : ''}`}
                aria-current={entry.id === selected ? 'true' : undefined}
                onClick={() => onOpen(entry.id)}
              >
                <span className="clause-number">{entry.id}</span> {entry.title}
              </button>
            </span>
            {hasChildren && expanded ? branch(entry.id) : null}
          </li>
        );
      })}
    </ul>
  );
  return (
    <nav className="clause-tree" aria-label="Browse guidance">
      {branch(null)}
      <h4>Foundations</h4>
      <ul>
        {catalog.foundations
          .filter((entry) => entry.parent === null)
          .map((entry) => (
            <li key={entry.id}>
              <button type="button" className="tree-link" onClick={() => onOpen(entry.id)}>
                {entry.title}
              </button>
            </li>
          ))}
      </ul>
      <h4>The path to certification</h4>
      <ol>
        {catalog.certification.map((step) => (
          <li key={step.id}>
            <button type="button" className="tree-link" onClick={() => onOpen(step.id)}>
              {step.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { type JSX, useState } from 'react';
import { entryNumber, KIND_LABELS } from '../../../src-shared/guidance/catalog-entries';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import { ancestorClauses, parentClause } from '../../../src-shared/guidance/clause-tree';

interface ClauseTreeProps {
  catalog: ClauseCatalog;
  selected: string | null;
  onOpen: (id: string) => void;
}

/** Everything the guidance holds: the front matter, the clauses as a tree, then foundations, explainers, questions, the glossary and the path to certification. */
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
  const list = (
    label: string,
    links: Array<{ id: string; title: string; number?: string; child?: boolean }>,
    ordered = false,
  ) => {
    if (links.length === 0) return null;
    const items = links.map((link) => (
      <li key={link.id} className={link.child ? 'tree-child' : undefined}>
        <button
          type="button"
          className={`tree-link${link.id === selected ? ' selected' : ''}`}
          aria-current={link.id === selected ? 'true' : undefined}
          onClick={() => onOpen(link.id)}
        >
          {link.number ? (
            <>
              <span className="clause-number">{link.number}</span>{' '}
            </>
          ) : null}
          {link.title}
        </button>
      </li>
    ));
    return (
      <>
        <h4>{label}</h4>
        {ordered ? <ol aria-label={label}>{items}</ol> : <ul aria-label={label}>{items}</ul>}
      </>
    );
  };
  const top = (id: string) => catalog.foundations.filter((entry) => entry.parent === id);
  return (
    <nav className="clause-tree" aria-label="Browse guidance">
      {list(
        KIND_LABELS['front-matter'],
        catalog.frontMatter.map((entry) => ({
          id: entry.id,
          title: entry.title,
          number: entryNumber('front-matter', entry.id) ?? entry.id,
        })),
      )}
      <h4>{KIND_LABELS.clause}</h4>
      {branch(null)}
      {list(
        KIND_LABELS.foundation,
        catalog.foundations
          .filter((entry) => entry.parent === null)
          .flatMap((entry) => [entry, ...top(entry.id)])
          .map((entry) => ({ id: entry.id, title: entry.title, child: entry.parent !== null })),
      )}
      {list(KIND_LABELS.explainer, catalog.explainers)}
      {list(
        KIND_LABELS.faq,
        catalog.faq.map((entry) => ({ id: entry.id, title: entry.question })),
      )}
      {list(
        KIND_LABELS.term,
        [...catalog.terms].sort((a, b) => a.term.localeCompare(b.term)).map((entry) => ({ id: entry.id, title: entry.term })),
      )}
      {list(KIND_LABELS.certification, catalog.certification, true)}
    </nav>
  );
}

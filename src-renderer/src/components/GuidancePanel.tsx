import { type JSX, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clausesRestingOn, entryNumber, findCatalogEntry, KIND_LABELS } from '../../../src-shared/guidance/catalog-entries';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import type { WorkbenchDatabase } from '../db/database';
import { CertificationStepView, ClauseEntryView, FoundationView } from '../guidance/ClauseEntryView';
import { ClauseTree } from '../guidance/ClauseTree';
import { ExplainerView, FaqView, FrontMatterView, TermView } from '../guidance/CourseEntryViews';
import { type SearchHit, searchGuidance } from '../guidance/guidance-search';
import { TermLinksProvider } from '../guidance/term-links';

interface GuidancePanelProps {
  /** Hidden, not removed, while another view is shown: it keeps its place and pin. */
  hidden?: boolean;
  catalog: ClauseCatalog | null;
  db: WorkbenchDatabase;
  /** The search index is built: a search typed before that runs again. */
  searchReady?: boolean;
  meta: DocumentMeta | null;
  /** The clause of the section at the cursor. */
  sectionClause: string | null;
  /** A clause to show now (chosen in another view), stamped so the same one can be asked again. */
  focus: { id: string; at: number } | null;
  /** The focus request has been shown; it must not be shown again after a remount. */
  onFocusShown: () => void;
  /** Why the catalog is missing, when loading it failed. */
  catalogError: string | null;
  pinned: string | null;
  onPin: (id: string | null) => void;
  availableTemplates: ReadonlyMap<string, string>;
  onCreateFromTemplate: (templateId: string) => void;
  /** Starts an awareness quiz on these clauses (the training view). */
  onStartQuiz: (clauses: string[]) => void;
}

/**
 * Guidance beside the editor. It follows the cursor (the clause of the section being
 * written, else the document's first clause) unless the user browses or pins a clause.
 */
export function GuidancePanel(props: GuidancePanelProps): JSX.Element {
  const { catalog, meta, sectionClause, pinned } = props;
  const [browsed, setBrowsed] = useState<string | null>(null);
  const [mode, setMode] = useState<'guidance' | 'browse'>('guidance');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  // Moving the cursor to another section (or opening another document) follows it again. The
  // first document to open, shown while the project loads, is no move of the user's: what they
  // opened in the guidance meanwhile stays.
  const shownDocument = useRef<string | null>(meta?.id ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs because these changed, not to read them.
  useEffect(() => {
    const before = shownDocument.current;
    shownDocument.current = meta?.id ?? null;
    if (before === null && meta && sectionClause === null) return;
    setBrowsed(null);
  }, [sectionClause, meta?.id]);

  const { searchReady } = props;

  useEffect(() => {
    if (props.focus) {
      setBrowsed(props.focus.id);
      setMode('guidance');
      props.onFocusShown();
    }
  }, [props.focus, props.onFocusShown]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: searchReady runs the search again once the index is built.
  useEffect(() => {
    if (!query.trim()) {
      setHits(null);
      return;
    }
    let current = true;
    void searchGuidance(props.db, query).then((found) => {
      if (current) setHits(found);
    });
    return () => {
      current = false;
    };
  }, [query, props.db, searchReady]);

  const open = useCallback((id: string) => {
    setBrowsed(id);
    setMode('guidance');
    setQuery('');
  }, []);
  // What the user opened wins; a pin holds against the cursor, not against a click.
  const shown = browsed ?? pinned ?? sectionClause ?? meta?.clauses[0] ?? null;
  const item = catalog && shown ? findCatalogEntry(catalog, shown) : undefined;
  const foundationTitles = useMemo(
    () => new Map((catalog?.foundations ?? []).map((entry) => [entry.id, entry.title])),
    [catalog],
  );

  return (
    <aside className="guidance-panel" aria-label="Clause guidance" hidden={props.hidden}>
      <div className="guidance-top">
        <h2 className="pane-title">Clause guidance</h2>
        <div className="guidance-tabs">
          <button type="button" aria-pressed={mode === 'guidance'} onClick={() => setMode('guidance')}>
            Guidance
          </button>
          <button type="button" aria-pressed={mode === 'browse'} onClick={() => setMode('browse')}>
            Browse
          </button>
        </div>
      </div>
      <input
        type="search"
        className="guidance-search"
        placeholder="Search the guidance"
        aria-label="Search the guidance"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {hits !== null ? (
        <section aria-label="Search results" className="search-results">
          {hits.length === 0 ? <p className="muted">Nothing in the guidance matches “{query}”.</p> : null}
          <ul>
            {hits.map((hit) => (
              <li key={hit.id}>
                <button type="button" className="tree-link" onClick={() => open(hit.id)}>
                  {entryNumber(hit.kind, hit.id) ? (
                    <>
                      <span className="clause-number">{entryNumber(hit.kind, hit.id)}</span>{' '}
                    </>
                  ) : null}
                  {hit.title}
                </button>{' '}
                <span className="muted hit-kind">{KIND_LABELS[hit.kind]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {catalog === null ? <p className="muted">{props.catalogError ?? 'Loading the clause catalog…'}</p> : null}
      {catalog && hits === null && mode === 'browse' ? <ClauseTree catalog={catalog} selected={shown} onOpen={open} /> : null}
      {catalog && hits === null && mode === 'guidance' ? (
        <>
          {meta ? (
            <div className="guidance-context">
              <span className="muted">{meta.id} addresses</span>
              {meta.clauses.map((id) => (
                <button key={id} type="button" className="clause-chip" aria-pressed={id === shown} onClick={() => open(id)}>
                  {id}
                </button>
              ))}
              {sectionClause ? (
                <span className="section-clause">
                  Section: <strong>{sectionClause}</strong>
                </span>
              ) : null}
            </div>
          ) : null}
          {shown ? (
            <div className="pin-row">
              <button type="button" aria-pressed={pinned !== null} onClick={() => props.onPin(pinned ? null : shown)}>
                {pinned ? `Unpin ${pinned}` : 'Pin this clause'}
              </button>
            </div>
          ) : null}
          {catalog && item ? (
            <TermLinksProvider terms={catalog.terms} onOpen={open}>
              {item.kind === 'clause' ? (
                <ClauseEntryView
                  entry={item.entry}
                  clauses={catalog.clauses}
                  foundationTitles={foundationTitles}
                  availableTemplates={props.availableTemplates}
                  onCreateFromTemplate={props.onCreateFromTemplate}
                  onStartQuiz={(clause) => props.onStartQuiz([clause])}
                  onOpen={open}
                />
              ) : null}
              {item.kind === 'foundation' ? (
                <FoundationView
                  entry={item.entry}
                  parts={catalog.foundations.filter((entry) => entry.parent === item.id)}
                  restingOn={clausesRestingOn(catalog, item.id)}
                  onOpen={open}
                />
              ) : null}
              {item.kind === 'certification' ? <CertificationStepView step={item.entry} onOpen={open} /> : null}
              {item.kind === 'front-matter' ? <FrontMatterView entry={item.entry} catalog={catalog} onOpen={open} /> : null}
              {item.kind === 'term' ? <TermView entry={item.entry} terms={catalog.terms} onOpen={open} /> : null}
              {item.kind === 'faq' ? <FaqView entry={item.entry} onOpen={open} /> : null}
              {item.kind === 'explainer' ? <ExplainerView entry={item.entry} catalog={catalog} onOpen={open} /> : null}
            </TermLinksProvider>
          ) : null}
          {!shown ? (
            <p className="muted">Open a document, or put the cursor in a tagged section, to see what its clause asks of you.</p>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}

import { type JSX, useEffect, useId, useMemo, useState } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';
import type { ProjectView, ResponseOf, TemplateCardView } from '../../../../src-shared/api/contract';
import type { ClauseEntry } from '../../../../src-shared/guidance/catalog-schema';
import { documentTypeForClause } from '../../../../src-shared/guidance/coverage';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '../../../../src-shared/project/document-types';
import { clausesOfTemplates, filterTemplates } from '../../../../src-shared/templates/template-match';
import { Dialog } from '../Dialog';
import { BlankDocumentPane } from './BlankDocumentPane';
import { TemplatePreviewPane } from './TemplatePreviewPane';

export interface GalleryStart {
  /** Show only the templates that address this clause (Coverage's "create a document for this clause"). */
  clause?: string | null;
  /** Select this template at once (the guidance panel's template links). */
  templateId?: string | null;
}

interface TemplateGalleryProps {
  api: QmsApi;
  project: ProjectView;
  /** The catalog's clauses, for the clause filter's titles; null while it loads. */
  clauses: readonly ClauseEntry[] | null;
  userName: string | null;
  start?: GalleryStart;
  onCreated: (id: string) => void;
  onCancel: () => void;
}

const BLANK = '__blank__';

/**
 * "New document": the template library to search, filter by clause and by type, a
 * preview of the chosen template as the document will start, and the number it will
 * get. The type, and so the number prefix, follows the template, never the title.
 */
export function TemplateGallery({
  api,
  project,
  clauses,
  userName,
  start,
  onCreated,
  onCancel,
}: TemplateGalleryProps): JSX.Element {
  const [listing, setListing] = useState<ResponseOf<'list-templates'> | null>(null);
  const [query, setQuery] = useState('');
  const [clause, setClause] = useState<string>(start?.clause ?? '');
  const [type, setType] = useState<DocumentType | ''>('');
  const [selected, setSelected] = useState<string | null>(start?.templateId ?? null);
  const [title, setTitle] = useState('');
  const [blankType, setBlankType] = useState<DocumentType>('procedure');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const optionId = (id: string) => `${listId}-${id}`;

  useEffect(() => {
    void api.listTemplates({}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      setListing(result.value);
    });
  }, [api]);

  const clauseEntry = clauses?.find((entry) => entry.id === clause) ?? null;
  useEffect(() => {
    if (clauseEntry) setBlankType(documentTypeForClause(clauseEntry));
  }, [clauseEntry]);

  const templates = listing?.templates ?? [];
  const shown = useMemo(
    () => filterTemplates(templates, { query, clause: clause || null, type: type || null }),
    [templates, query, clause, type],
  );
  const clauseChoices = useMemo(() => {
    const ids = clausesOfTemplates(templates);
    if (clause && !ids.includes(clause)) ids.unshift(clause);
    return ids;
  }, [templates, clause]);
  // Keep a selection that the filters still show; otherwise the first match.
  const current = selected === BLANK ? BLANK : (shown.find((t) => t.id === selected)?.id ?? shown[0]?.id ?? BLANK);
  const chosen: TemplateCardView | null = current === BLANK ? null : (shown.find((t) => t.id === current) ?? null);
  const titleOf = (id: string) => clauses?.find((entry) => entry.id === id)?.title ?? '';

  const create = async () => {
    if (project.readOnlyReason) return setError(`This project is open read-only. ${project.readOnlyReason}`);
    if (!chosen && !clause && !title.trim()) return setError('Give the blank document a title.');
    setBusy(true);
    const result = await api.createDocument(
      chosen
        ? { templateId: chosen.id, ...(title.trim() ? { title: title.trim() } : {}) }
        : { blank: { type: blankType, ...(clause ? { clause } : {}) }, ...(title.trim() ? { title: title.trim() } : {}) },
    );
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onCreated(result.value.meta.id);
  };

  const move = (step: number) => {
    const ids = [...shown.map((t) => t.id), BLANK];
    const at = ids.indexOf(current);
    setSelected(ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? BLANK);
  };

  return (
    <Dialog
      title="New document"
      submitLabel="Create"
      size="wide"
      busy={busy}
      submitDisabled={!listing}
      error={error}
      onCancel={onCancel}
      onSubmit={() => void create()}
    >
      <div className="gallery">
        <div className="gallery-browse">
          <input
            type="search"
            aria-label="Search templates"
            placeholder="Search templates: audit, supplier, 8.4…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <div className="gallery-filters">
            <select aria-label="Filter by clause" value={clause} onChange={(event) => setClause(event.target.value)}>
              <option value="">Any clause</option>
              {clauseChoices.map((id) => (
                <option key={id} value={id}>
                  {id} {titleOf(id)}
                </option>
              ))}
            </select>
            <select
              aria-label="Filter by type"
              value={type}
              onChange={(event) => setType(event.target.value as DocumentType | '')}
            >
              <option value="">Any type</option>
              {DOCUMENT_TYPES.map((value) => (
                <option key={value} value={value}>
                  {DOCUMENT_TYPE_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
          <p className="gallery-count muted" aria-live="polite">
            {listing ? `${shown.length} of ${templates.length} templates` : 'Loading templates…'}
            {clause ? ` for clause ${clause}` : ''}
          </p>
          <div
            className="gallery-list"
            role="listbox"
            aria-label="Templates"
            aria-activedescendant={optionId(current)}
            tabIndex={0}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                move(event.key === 'ArrowDown' ? 1 : -1);
              }
            }}
          >
            {shown.map((template) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the list itself takes the arrow keys.
              <div
                key={template.id}
                id={optionId(template.id)}
                role="option"
                tabIndex={-1}
                aria-selected={template.id === current}
                className="gallery-card"
                onClick={() => setSelected(template.id)}
              >
                <span className="gallery-card-title">{template.title}</span>
                <span className="gallery-card-meta">
                  {DOCUMENT_TYPE_LABELS[template.documentType]} · {template.clauses.join(', ') || 'no clause'}
                  {template.source === 'built-in' ? '' : ` · ${template.source === 'project' ? 'this project' : 'yours'}`}
                </span>
              </div>
            ))}
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: the list itself takes the arrow keys. */}
            <div
              id={optionId(BLANK)}
              role="option"
              tabIndex={-1}
              aria-selected={current === BLANK}
              className="gallery-card gallery-blank"
              onClick={() => setSelected(BLANK)}
            >
              <span className="gallery-card-title">Blank document</span>
              <span className="gallery-card-meta">{clause ? `Headed with clause ${clause}` : 'An empty page of any type'}</span>
            </div>
          </div>
          {listing && listing.problems.length > 0 ? (
            <details className="gallery-problems">
              <summary>
                {listing.problems.length} template file{listing.problems.length === 1 ? ' was' : 's were'} skipped
              </summary>
              <ul>
                {listing.problems.map((problem) => (
                  <li key={problem.file}>
                    <code>{problem.file}</code>: {problem.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
        <div className="gallery-detail">
          <label>
            Title
            <input
              value={title}
              placeholder={chosen?.title ?? (clauseEntry ? clauseEntry.title : 'Title of the new document')}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          {chosen ? (
            <TemplatePreviewPane
              key={chosen.id}
              api={api}
              project={project}
              template={chosen}
              title={title.trim() || chosen.title}
              userName={userName}
            />
          ) : (
            <BlankDocumentPane clause={clauseEntry} type={blankType} prefixes={project.prefixes} onType={setBlankType} />
          )}
        </div>
      </div>
    </Dialog>
  );
}

import { DomainError } from '../../src-shared/api/result';
import { CLAUSE_STATE_KEY } from '../../src-shared/editor/clause-tags';
import { heading, paragraphsContent, textNode } from '../../src-shared/editor/nodes';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import type { DocumentType } from '../../src-shared/project/document-types';
import { actorNameProblem } from '../../src-shared/project/person-name';
import type { DocumentMeta } from '../../src-shared/project/schema';

// Where a new document's first content comes from, and who is recorded as making it.

export type BlankDocument = { type: DocumentType; clause?: { id: string; title: string } | undefined };

/** The user's text of a document, kept as a document of its own ("keep both" after a conflict). */
export type DocumentCopy = { of: string; content: SerializedContent };

export type NewDocumentRequest = { title?: string | undefined; by: string } & (
  | { templateId: string; blank?: undefined; copy?: undefined }
  | { templateId?: undefined; blank: BlankDocument; copy?: undefined }
  | { templateId?: undefined; blank?: undefined; copy: DocumentCopy }
);

/** The title a kept copy gets unless the user gives one. */
export function copyTitle(title: string): string {
  return `${title} (my copy)`;
}

/** A copy starts as a draft of the original's type and clauses, with the user's text. */
export function copySource(original: DocumentMeta, content: SerializedContent): DocumentSource {
  return {
    frontMatter: { id: 'copy', title: copyTitle(original.title), documentType: original.type, clauses: [...original.clauses] },
    content,
  };
}

export interface DocumentSource {
  frontMatter: { id: string; title: string; documentType: DocumentType; clauses: string[] };
  content: SerializedContent;
}

/** A blank document: for a clause, its title as a heading tagged with the clause; else an empty page. */
export function blankDocument(blank: BlankDocument, title: string | undefined): DocumentSource {
  const { root } = paragraphsContent('');
  if (!blank.clause) {
    if (!title?.trim()) throw new DomainError('invalid-request', 'A blank document needs a title.');
    return { frontMatter: { id: 'blank', title, documentType: blank.type, clauses: [] }, content: { root } };
  }
  const head = { ...heading('h1', [textNode(blank.clause.title, 0)]), $: { [CLAUSE_STATE_KEY]: blank.clause.id } };
  return {
    frontMatter: { id: 'blank', title: blank.clause.title, documentType: blank.type, clauses: [blank.clause.id] },
    content: { root: { ...root, children: [head, ...root.children] } },
  };
}

/** Who acts must be known whenever something is recorded: the history never says "unknown user". */
export function requireActor(by: string, what: string): string {
  const actor = by.trim();
  if (!actor) throw new DomainError('needs-name', `Set your name first: ${what} is recorded with who did it.`);
  const problem = actorNameProblem(actor);
  if (problem) throw new DomainError('invalid-request', problem);
  return actor;
}

import { compareClauseIds, isWithinClause } from '../guidance/clause-tree';
import type { DocumentType } from '../project/document-types';

/** What the gallery and the coverage view know of a template. */
export interface TemplateCard {
  id: string;
  title: string;
  documentType: DocumentType;
  clauses: readonly string[];
  summary: string;
}

export interface TemplateFilter {
  /** Words to find in the title, summary, id or clause numbers; all must match. */
  query?: string;
  /** Only templates that address this clause, above or below it. */
  clause?: string | null;
  type?: DocumentType | null;
}

/**
 * Whether a template addresses a clause: it lists the clause, a clause beneath it, or
 * a sub-clause above it (a template for 8.4 helps with 8.4.1). A whole clause group
 * ("8") listed by a template is too broad to count for its sub-clauses.
 */
export function addressesClause(templateClauses: readonly string[], clause: string): boolean {
  return templateClauses.some(
    (listed) => isWithinClause(listed, clause) || (listed.includes('.') && isWithinClause(clause, listed)),
  );
}

/**
 * The templates that match: those naming the clause itself first, then those whose
 * title holds every word searched for, then the rest, each group in title order.
 */
export function filterTemplates<T extends TemplateCard>(templates: readonly T[], filter: TemplateFilter): T[] {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const clause = filter.clause ?? null;
  const matches = templates.filter((template) => {
    if (filter.type && template.documentType !== filter.type) return false;
    if (clause && !addressesClause(template.clauses, clause)) return false;
    const haystack = `${template.title} ${template.summary} ${template.id} ${template.clauses.join(' ')}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const inTitle = (template: T) => words.length > 0 && words.every((word) => template.title.toLowerCase().includes(word));
  const rank = (template: T) => (clause && template.clauses.includes(clause) ? 0 : 2) + (inTitle(template) ? 0 : 1);
  return matches.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/** The clauses the given templates address, in the standard's order: the choices of the clause filter. */
export function clausesOfTemplates(templates: readonly TemplateCard[]): string[] {
  return [...new Set(templates.flatMap((template) => template.clauses))].sort(compareClauseIds);
}

import type { DocumentMeta, Organization } from '../project/schema';
import type { ClauseEntry } from './catalog-schema';
import { ancestorClauses, isWithinClause } from './clause-tree';
import { type ExclusionVerdict, exclusionVerdict } from './exclusions';

export interface ClauseCoverage {
  clause: ClauseEntry;
  /** Documents (not obsolete) that address the clause, above it or below it. */
  documents: string[];
  /** The standard requires documented information here. */
  requiresDocuments: boolean;
  /** Requires documented information and no document addresses it. */
  gap: boolean;
  notApplicable: { justification: string; verdict: ExclusionVerdict } | null;
}

export interface CoverageInput {
  clauses: readonly ClauseEntry[];
  documents: readonly DocumentMeta[];
  /** Clauses the sections of each document are tagged with, by document id. */
  sectionClauses: Readonly<Record<string, readonly string[]>>;
  notApplicable: Organization['notApplicable'];
}

/**
 * Which documents address which clause, and where the required documented information
 * is missing. A document tagged 7.5 addresses 7.5.3 beneath it; one tagged 7.5.3
 * addresses 7.5 above it too. Tags on the top level of a group ("8") are too broad to
 * cover anything beneath them. Computed, never stored.
 */
export function computeCoverage(input: CoverageInput): ClauseCoverage[] {
  const live = input.documents.filter((meta) => meta.status !== 'obsolete');
  const tagsOf = (meta: DocumentMeta) => new Set([...meta.clauses, ...(input.sectionClauses[meta.id] ?? [])]);
  const tags = new Map(live.map((meta) => [meta.id, tagsOf(meta)]));
  const excluded = new Map(input.notApplicable.map((entry) => [entry.clause, entry.justification]));

  return input.clauses.map((clause) => {
    const above = ancestorClauses(clause.id).filter((id) => id.includes('.'));
    const documents = live
      .filter((meta) => {
        for (const tag of tags.get(meta.id) ?? []) {
          if (isWithinClause(tag, clause.id) || above.includes(tag)) return true;
        }
        return false;
      })
      .map((meta) => meta.id);
    const exclusion = [clause.id, ...ancestorClauses(clause.id)].find((id) => excluded.has(id));
    const notApplicable = exclusion
      ? { justification: excluded.get(exclusion) as string, verdict: exclusionVerdict(exclusion) }
      : null;
    const requiresDocuments = clause.documentedInformation.length > 0;
    // Only an exclusion the standard allows takes a clause off the list of what is missing.
    const excludedForGood = notApplicable?.verdict.acceptable === true;
    return {
      clause,
      documents,
      requiresDocuments,
      gap: requiresDocuments && documents.length === 0 && !excludedForGood,
      notApplicable,
    };
  });
}

/** The kind of document a blank one for this clause should be: records for what is retained, procedures otherwise. */
export function documentTypeForClause(clause: ClauseEntry): 'record' | 'procedure' {
  const kinds = clause.documentedInformation.map((item) => item.kind);
  return kinds.length > 0 && kinds.every((kind) => kind === 'retain') ? 'record' : 'procedure';
}

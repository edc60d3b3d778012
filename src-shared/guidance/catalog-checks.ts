import type { ClauseCatalog, ClauseEntry } from './catalog-schema';

/** Words of a text, lower-cased, without punctuation: the unit of the copy check. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9.]+/)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/** All the prose of a clause entry, section by section. */
export function clauseTexts(entry: ClauseEntry): string[] {
  return [
    entry.intent,
    ...entry.obligations,
    entry.accountability,
    ...entry.documentedInformation.map((item) => item.description),
    entry.documentationAdvice,
    ...entry.auditEvidence,
    ...entry.pitfalls,
    entry.smallOrganizations,
    ...entry.selfCheck.flatMap((check) => [check.statement, check.explanation]),
  ];
}

export interface SharedRun {
  run: string;
  entries: [string, string];
}

/**
 * Runs of `length` identical words that stand in two different entries: the sign of
 * copied or padded text. Each entry's texts are checked separately, so a run never
 * spans two sections.
 */
export function sharedWordRuns(entries: ReadonlyArray<{ id: string; texts: string[] }>, length = 12): SharedRun[] {
  const seen = new Map<string, string>();
  const found: SharedRun[] = [];
  for (const entry of entries) {
    const own = new Set<string>();
    for (const text of entry.texts) {
      const list = words(text);
      for (let i = 0; i + length <= list.length; i += 1) own.add(list.slice(i, i + length).join(' '));
    }
    for (const run of own) {
      const other = seen.get(run);
      if (other !== undefined && other !== entry.id) found.push({ run, entries: [other, entry.id] });
      else seen.set(run, entry.id);
    }
  }
  return found;
}

/** Depth of a clause id: "7" is 1, "7.1" is 2, "7.1.5.1" is 4. */
export function clauseDepth(id: string): number {
  return id.split('.').length;
}

/** Problems in a catalog's structure, each one sentence; empty when it is sound. */
export function catalogProblems(catalog: ClauseCatalog): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of catalog.clauses) {
    if (ids.has(entry.id)) problems.push(`clause ${entry.id} appears twice`);
    ids.add(entry.id);
  }
  for (const entry of catalog.clauses) {
    const expectedParent = clauseDepth(entry.id) === 1 ? null : entry.id.split('.').slice(0, -1).join('.');
    if (entry.parent !== expectedParent)
      problems.push(`clause ${entry.id} has parent ${entry.parent}, expected ${expectedParent}`);
    if (entry.parent !== null && !ids.has(entry.parent))
      problems.push(`clause ${entry.id} has a parent ${entry.parent} that is not in the catalog`);
    for (const related of entry.relatedClauses) {
      if (!ids.has(related)) problems.push(`clause ${entry.id} refers to clause ${related}, which is not in the catalog`);
      if (related === entry.id) problems.push(`clause ${entry.id} lists itself as related`);
    }
    if (clauseDepth(entry.id) === 2 && (entry.selfCheck.length < 2 || entry.selfCheck.length > 4)) {
      problems.push(`clause ${entry.id} needs two to four self-check statements (has ${entry.selfCheck.length})`);
    }
  }
  const foundationIds = new Set(catalog.foundations.map((entry) => entry.id));
  for (const entry of catalog.foundations) {
    if (entry.parent !== null && !foundationIds.has(entry.parent))
      problems.push(`foundation ${entry.id} has an unknown parent ${entry.parent}`);
    for (const related of entry.relatedClauses)
      if (!ids.has(related)) problems.push(`foundation ${entry.id} refers to unknown clause ${related}`);
  }
  for (const step of catalog.certification) {
    for (const related of step.relatedClauses)
      if (!ids.has(related)) problems.push(`certification step ${step.id} refers to unknown clause ${related}`);
  }
  return problems;
}

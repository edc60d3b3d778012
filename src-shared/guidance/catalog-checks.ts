import type { ClauseCatalog, ClauseEntry, SelfCheckItem } from './catalog-schema';

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
    ...entry.questions.flatMap((question) => [question.scenario, ...question.options, question.explanation]),
  ];
}

/** Every entry of every kind with its prose, for the copy check across the whole catalog. */
export function catalogTexts(catalog: ClauseCatalog): Array<{ id: string; texts: string[] }> {
  return [
    ...catalog.clauses.map((entry) => ({ id: entry.id, texts: clauseTexts(entry) })),
    ...catalog.foundations.map((entry) => ({ id: entry.id, texts: [entry.summary, ...entry.explanation, ...entry.inPractice] })),
    ...catalog.certification.map((step) => ({
      id: step.id,
      texts: [step.summary, ...step.whatToDo, ...step.readyWhen, ...step.pitfalls],
    })),
    ...catalog.frontMatter.map((entry) => ({ id: entry.id, texts: [entry.summary, ...entry.meaning, ...entry.inPractice] })),
    ...catalog.terms.map((entry) => ({ id: entry.id, texts: [entry.meaning, ...entry.explanation] })),
    ...catalog.faq.map((entry) => ({ id: entry.id, texts: [entry.question, entry.answer, ...entry.details] })),
    ...catalog.explainers.map((entry) => ({
      id: entry.id,
      texts: [entry.summary, ...entry.sections.flatMap((section) => section.points)],
    })),
  ];
}

/** Words that make a true/false statement guessable without knowing the clause. */
export const GIVE_AWAY_WORDS = ['only', 'every', 'never', 'must', 'always', 'all', 'none'] as const;

/**
 * The give-away word a statement uses, unless its explanation quotes that word to say why it
 * belongs there (‘only’ or "only"). Null when the statement is fair.
 */
export function giveAwayWord(item: SelfCheckItem): string | null {
  const used = words(item.statement);
  for (const word of GIVE_AWAY_WORDS) {
    if (!used.includes(word)) continue;
    const quoted = new RegExp(`[‘“'"]${word}[’”'"]`, 'i');
    if (!quoted.test(item.explanation)) return word;
  }
  return null;
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
  }
  const foundationIds = new Set(catalog.foundations.map((entry) => entry.id));
  problems.push(...selfCheckProblems(catalog.clauses), ...linkProblems(catalog, ids, foundationIds));
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

/** Self-checks and questions: enough of them, balanced, fair and well formed. */
function selfCheckProblems(clauses: ClauseEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of clauses) {
    const depth = clauseDepth(entry.id);
    // x.y entries at least three items, deeper ones at least two; the group headings none required.
    const least = depth === 1 ? 0 : depth === 2 ? 3 : 2;
    if (entry.selfCheck.length < least)
      problems.push(`clause ${entry.id} needs at least ${least} self-check statements (has ${entry.selfCheck.length})`);
    const answers = new Set(entry.selfCheck.map((item) => item.answer));
    if (entry.selfCheck.length >= 2 && answers.size < 2)
      problems.push(`clause ${entry.id} has self-checks that are all ${entry.selfCheck[0]?.answer}: mix true and false`);
    const statements = new Set<string>();
    for (const item of entry.selfCheck) {
      if (statements.has(item.statement)) problems.push(`clause ${entry.id} repeats the self-check "${item.statement}"`);
      statements.add(item.statement);
      const word = giveAwayWord(item);
      if (word) problems.push(`clause ${entry.id}: "${item.statement}" gives the answer away with "${word}"`);
    }
    if (depth === 2 && entry.questions.length === 0) problems.push(`clause ${entry.id} needs a scenario question`);
    for (const question of entry.questions) {
      if (question.answer >= question.options.length)
        problems.push(`clause ${entry.id}: the answer of "${question.scenario}" is not one of its options`);
      if (new Set(question.options).size !== question.options.length)
        problems.push(`clause ${entry.id}: "${question.scenario}" repeats an option`);
    }
  }
  return problems;
}

/** Ids unique across every kind, and every link between entries resolves. */
function linkProblems(catalog: ClauseCatalog, clauseIds: Set<string>, foundationIds: Set<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of catalogTexts(catalog)) {
    if (seen.has(id)) problems.push(`the id ${id} is used by two entries`);
    seen.add(id);
  }
  const termIds = new Set(catalog.terms.map((entry) => entry.id));
  const frontIds = new Set(catalog.frontMatter.map((entry) => entry.id));
  const check = (owner: string, clauses: string[], foundations: string[] = []) => {
    for (const clause of clauses) if (!clauseIds.has(clause)) problems.push(`${owner} refers to unknown clause ${clause}`);
    for (const foundation of foundations)
      if (!foundationIds.has(foundation)) problems.push(`${owner} refers to unknown foundation ${foundation}`);
  };
  for (const entry of catalog.clauses) {
    check(`clause ${entry.id}`, [], entry.foundations);
    if (clauseDepth(entry.id) >= 2 && entry.foundations.length === 0)
      problems.push(`clause ${entry.id} names no principle or foundation it rests on`);
  }
  for (const entry of catalog.frontMatter) {
    check(`front matter ${entry.id}`, entry.relatedClauses, entry.foundations);
    if (entry.parent !== null && !frontIds.has(entry.parent))
      problems.push(`front matter ${entry.id} has an unknown parent ${entry.parent}`);
  }
  for (const entry of catalog.terms) {
    check(`term ${entry.id}`, entry.relatedClauses);
    for (const related of entry.related)
      if (!termIds.has(related)) problems.push(`term ${entry.id} refers to unknown term ${related}`);
  }
  for (const entry of catalog.faq) check(`question ${entry.id}`, entry.relatedClauses);
  for (const entry of catalog.explainers) check(`explainer ${entry.id}`, entry.relatedClauses, entry.foundations);
  return problems;
}

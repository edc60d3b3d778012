import type {
  CatalogKind,
  CertificationStep,
  ClauseCatalog,
  ClauseEntry,
  ExplainerEntry,
  FaqEntry,
  FoundationEntry,
  FrontMatterEntry,
  TermEntry,
} from './catalog-schema';

/** One entry of any kind, with the name the panel and the command line show for it. */
export type CatalogEntry =
  | { kind: 'clause'; id: string; title: string; entry: ClauseEntry }
  | { kind: 'foundation'; id: string; title: string; entry: FoundationEntry }
  | { kind: 'certification'; id: string; title: string; entry: CertificationStep }
  | { kind: 'front-matter'; id: string; title: string; entry: FrontMatterEntry }
  | { kind: 'term'; id: string; title: string; entry: TermEntry }
  | { kind: 'faq'; id: string; title: string; entry: FaqEntry }
  | { kind: 'explainer'; id: string; title: string; entry: ExplainerEntry };

/** What each kind is called where people read it. */
export const KIND_LABELS: Record<CatalogKind, string> = {
  'front-matter': 'Introduction and Annex A',
  clause: 'Clauses',
  foundation: 'Foundations',
  term: 'Glossary',
  faq: 'Questions clients ask',
  explainer: 'Explainers',
  certification: 'The road to certification',
};

/** The number shown before an entry's title: a clause's, the front matter's ("Annex A"); none for the rest. */
export function entryNumber(kind: CatalogKind, id: string): string | null {
  if (kind === 'clause') return id;
  if (kind === 'front-matter') return id === 'A' ? 'Annex A' : id;
  return null;
}

/** Every entry, kind by kind, in the order a reader meets them: front matter first, certification last. */
export function catalogEntries(catalog: ClauseCatalog): CatalogEntry[] {
  return [
    ...catalog.frontMatter.map((entry) => ({ kind: 'front-matter' as const, id: entry.id, title: entry.title, entry })),
    ...catalog.clauses.map((entry) => ({ kind: 'clause' as const, id: entry.id, title: entry.title, entry })),
    ...catalog.foundations.map((entry) => ({ kind: 'foundation' as const, id: entry.id, title: entry.title, entry })),
    ...catalog.terms.map((entry) => ({ kind: 'term' as const, id: entry.id, title: entry.term, entry })),
    ...catalog.faq.map((entry) => ({ kind: 'faq' as const, id: entry.id, title: entry.question, entry })),
    ...catalog.explainers.map((entry) => ({ kind: 'explainer' as const, id: entry.id, title: entry.title, entry })),
    ...catalog.certification.map((entry) => ({ kind: 'certification' as const, id: entry.id, title: entry.title, entry })),
  ];
}

/** The entry with this id, of whatever kind; undefined when there is none. */
export function findCatalogEntry(catalog: ClauseCatalog, id: string): CatalogEntry | undefined {
  return catalogEntries(catalog).find((item) => item.id === id);
}

/** The kinds of documented information a clause requires, each once: "maintain, retain". */
export function requiredKinds(entry: ClauseEntry): string {
  return [...new Set(entry.documentedInformation.map((item) => item.kind))].join(', ');
}

/** The clause entries a foundation is named by: the reverse of `ClauseEntry.foundations`. */
export function clausesRestingOn(catalog: ClauseCatalog, foundationId: string): ClauseEntry[] {
  return catalog.clauses.filter((entry) => entry.foundations.includes(foundationId));
}

/** One row of the consolidated list of documented information the standard requires. */
export interface RequiredInformation {
  clause: string;
  title: string;
  kind: 'maintain' | 'retain';
  description: string;
}

/** Every item of documented information the standard requires, in clause order. */
export function requiredDocumentedInformation(catalog: ClauseCatalog): RequiredInformation[] {
  return catalog.clauses.flatMap((entry) =>
    entry.documentedInformation.map((item) => ({
      clause: entry.id,
      title: entry.title,
      kind: item.kind,
      description: item.description,
    })),
  );
}

import { z } from 'zod';
import { TEMPLATE_IDS } from '../templates/template-ids';

/**
 * The clause catalog of one standard: resources/standards/<standard>/. Clause numbers
 * and titles are facts taken from the standard; every other sentence is our own.
 * See docs/clause-catalog.md.
 */
const text = z.string().trim().min(1);
const points = z.array(text).min(1);

export const clauseIdPattern = /^\d{1,2}(\.\d{1,2}){0,3}$/;
/** Ids of foundations, terms, questions and explainers: kebab-case, prefixed by kind where it helps. */
const kebabId = z.string().regex(/^[a-z][a-z0-9-]*$/);
/** The standard's front matter and annex: 0.1-0.4, 1, 2, 3, A and A.1-A.8 (never a clause of 4-10). */
export const frontMatterIdPattern = /^(0\.[1-4]|[123]|A(\.[1-9])?)$/;

export const documentedInformationSchema = z.object({
  /** maintain: a document the organization keeps up to date; retain: a record kept as evidence. */
  kind: z.enum(['maintain', 'retain']),
  description: text,
});

export const selfCheckSchema = z.object({
  statement: text,
  answer: z.boolean(),
  explanation: text,
});

/** A scenario question: which answer fits what an auditor, a manager or an employee meets. */
export const questionSchema = z.strictObject({
  /** What happens, in a sentence or three; ends with the question. */
  scenario: text,
  options: z.array(text).min(3).max(5),
  /** Index into options of the one right answer. */
  answer: z.number().int().min(0),
  /** Why that answer, and why not the others. */
  explanation: text,
});

export const clauseEntrySchema = z.strictObject({
  id: z.string().regex(clauseIdPattern),
  title: text,
  /** The standard numbers some sub-clauses without a title; ours then describes it. */
  titleIsDescriptive: z.boolean().optional(),
  parent: z.string().regex(clauseIdPattern).nullable(),
  intent: text,
  obligations: points,
  accountability: text,
  /** Only what the standard itself requires; may be empty. */
  documentedInformation: z.array(documentedInformationSchema),
  /** What is sensible to keep, required or not: always says something. */
  documentationAdvice: text,
  auditEvidence: points,
  pitfalls: points,
  smallOrganizations: text,
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
  relatedTemplates: z.array(z.enum(TEMPLATE_IDS)),
  /** The principles and foundation entries this clause rests on (foundations.yaml ids). */
  foundations: z.array(kebabId),
  selfCheck: z.array(selfCheckSchema).max(6),
  /** Scenario questions with one right answer, for the main clauses. */
  questions: z.array(questionSchema).max(4),
});

export const foundationEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: text,
  parent: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .nullable(),
  summary: text,
  explanation: points,
  inPractice: points,
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
});

export const certificationStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: text,
  order: z.number().int().min(1),
  summary: text,
  whatToDo: points,
  readyWhen: points,
  pitfalls: points,
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
});

/** The introduction, scope, references, terms clause and Annex A: what they mean for the reader. */
export const frontMatterEntrySchema = z.strictObject({
  id: z.string().regex(frontMatterIdPattern),
  title: text,
  parent: z.string().regex(frontMatterIdPattern).nullable(),
  summary: text,
  /** What it means for the organization and the reader, in our words (never the text). */
  meaning: points,
  inPractice: points,
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
  foundations: z.array(kebabId),
});

/** A term of the vocabulary (ISO 9000), explained in our own words. */
export const termEntrySchema = z.strictObject({
  id: z.string().regex(/^term-[a-z0-9-]+$/),
  term: text,
  /** Other forms linked to this entry where they stand in the guidance ("nonconformities"). */
  forms: z.array(text),
  /** One or two sentences: what it means here. */
  meaning: text,
  /** Why it matters, how it is misread, an example. */
  explanation: points,
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
  related: z.array(z.string().regex(/^term-[a-z0-9-]+$/)),
});

/** A question clients ask, answered as a consultant would. */
export const faqEntrySchema = z.strictObject({
  id: z.string().regex(/^faq-[a-z0-9-]+$/),
  question: text,
  /** The short answer, first. */
  answer: text,
  /** The reasons, the conditions, what to do. */
  details: points,
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
});

/** A topic explained across clauses: outsourcing, choosing a certification body, related standards. */
export const explainerEntrySchema = z.strictObject({
  id: z.string().regex(/^explainer-[a-z0-9-]+$/),
  title: text,
  summary: text,
  sections: z.array(z.strictObject({ heading: text, points })).min(1),
  relatedClauses: z.array(z.string().regex(clauseIdPattern)),
  foundations: z.array(kebabId),
});

export const standardManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  /** Amendments in force, e.g. ISO 9001:2015/Amd 1:2024. */
  amendments: z.array(text),
  groups: z.array(z.object({ id: z.string().regex(/^\d{1,2}$/), title: text })).min(1),
  clauseFiles: z.array(z.string().regex(/^[a-z0-9-]+\.yaml$/)).min(1),
  foundationFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
  certificationFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
  frontMatterFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
  termFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
  faqFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
  explainerFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
});

export type ClauseEntry = z.infer<typeof clauseEntrySchema>;
export type FoundationEntry = z.infer<typeof foundationEntrySchema>;
export type CertificationStep = z.infer<typeof certificationStepSchema>;
export type StandardManifest = z.infer<typeof standardManifestSchema>;
export type FrontMatterEntry = z.infer<typeof frontMatterEntrySchema>;
export type TermEntry = z.infer<typeof termEntrySchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type ExplainerEntry = z.infer<typeof explainerEntrySchema>;
export type ScenarioQuestion = z.infer<typeof questionSchema>;

export interface ClauseCatalog {
  standard: StandardManifest;
  clauses: ClauseEntry[];
  foundations: FoundationEntry[];
  certification: CertificationStep[];
  frontMatter: FrontMatterEntry[];
  terms: TermEntry[];
  faq: FaqEntry[];
  explainers: ExplainerEntry[];
}

export const clauseCatalogSchema = z.object({
  standard: standardManifestSchema,
  clauses: z.array(clauseEntrySchema),
  foundations: z.array(foundationEntrySchema),
  certification: z.array(certificationStepSchema),
  frontMatter: z.array(frontMatterEntrySchema),
  terms: z.array(termEntrySchema),
  faq: z.array(faqEntrySchema),
  explainers: z.array(explainerEntrySchema),
});

/** Every kind of entry, as `qms clauses --kind` and the panel name them. */
export const CATALOG_KINDS = ['clause', 'foundation', 'certification', 'front-matter', 'term', 'faq', 'explainer'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];
export type SelfCheckItem = z.infer<typeof selfCheckSchema>;

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
  selfCheck: z.array(selfCheckSchema).max(4),
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

export const standardManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  /** Amendments in force, e.g. ISO 9001:2015/Amd 1:2024. */
  amendments: z.array(text),
  groups: z.array(z.object({ id: z.string().regex(/^\d{1,2}$/), title: text })).min(1),
  clauseFiles: z.array(z.string().regex(/^[a-z0-9-]+\.yaml$/)).min(1),
  foundationFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
  certificationFile: z.string().regex(/^[a-z0-9-]+\.yaml$/),
});

export type ClauseEntry = z.infer<typeof clauseEntrySchema>;
export type FoundationEntry = z.infer<typeof foundationEntrySchema>;
export type CertificationStep = z.infer<typeof certificationStepSchema>;
export type StandardManifest = z.infer<typeof standardManifestSchema>;

export interface ClauseCatalog {
  standard: StandardManifest;
  clauses: ClauseEntry[];
  foundations: FoundationEntry[];
  certification: CertificationStep[];
}

export const clauseCatalogSchema = z.object({
  standard: standardManifestSchema,
  clauses: z.array(clauseEntrySchema),
  foundations: z.array(foundationEntrySchema),
  certification: z.array(certificationStepSchema),
});
export type SelfCheckItem = z.infer<typeof selfCheckSchema>;

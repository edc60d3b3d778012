import { z } from 'zod';
import { serializedContentSchema } from '../editor/serialized-content';
import { DOCUMENT_STATUSES } from './document-status';
import { DOCUMENT_TYPES } from './document-types';
import { isIsoDate } from './iso-date';

/** The schema version this program reads and writes. See docs/project-format.md. */
export const CURRENT_SCHEMA_VERSION = 1;

export const PROJECT_FILE_NAME = 'qms-project.json';
export const DOCUMENTS_DIR = 'documents';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });

/** Document numbers such as POL-001 or WI-014: prefix, hyphen, at least three digits. */
export const documentIdSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{0,9}-\d{3,6}$/, { message: 'expected a document number such as PRO-001' });

/** Clause references such as 4.3 or 7.1.5.1. */
export const clauseIdSchema = z.string().regex(/^\d{1,2}(\.\d{1,2}){0,3}$/, {
  message: 'expected a clause number such as 7.5.3',
});

const personSchema = z.object({ name: z.string().min(1), role: z.string().min(1) });

export const organizationSchema = z.object({
  name: z.string().min(1),
  legalName: z.string(),
  address: z.string(),
  sites: z.array(z.object({ name: z.string().min(1), address: z.string() })),
  scopeStatement: z.string(),
  notApplicable: z.array(z.object({ clause: clauseIdSchema, justification: z.string().min(1) })),
  topManagement: z.array(personSchema),
  qualityManager: z.string(),
  logo: z.string().nullable(),
});

export const projectFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  organization: organizationSchema,
  numbering: z.object({
    prefixes: z.record(z.enum(DOCUMENT_TYPES), z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/)),
  }),
  revisionScheme: z.enum(['numeric', 'decimal', 'letters']),
  reviewPeriodMonths: z.number().int().min(1).max(120),
});

export const documentMetaSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).max(300),
  type: z.enum(DOCUMENT_TYPES),
  status: z.enum(DOCUMENT_STATUSES),
  revision: z.string().min(1).max(20),
  owner: z.string(),
  author: z.string(),
  reviewer: z.string(),
  clauses: z.array(clauseIdSchema),
  effectiveDate: isoDateSchema.nullable(),
  nextReviewDate: isoDateSchema.nullable(),
  approvedBy: z.string().nullable(),
  approvedOn: isoDateSchema.nullable(),
  changeSummary: z.string(),
  template: z.string().nullable(),
});

export const documentFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: documentMetaSchema,
  content: serializedContentSchema,
});

export type Organization = z.infer<typeof organizationSchema>;
export type ProjectFile = z.infer<typeof projectFileSchema>;
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;

/** Where a document lives inside the project folder. The id is validated before use. */
export function documentFileName(id: string): string {
  return `${id}.json`;
}

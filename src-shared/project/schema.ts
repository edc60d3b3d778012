import { z } from 'zod';
import { REVISION_SCHEMES } from '../control/revision';
import { MAX_CONTENT_JSON_DEPTH, serializedContentSchema } from '../editor/serialized-content';
import { PAGE_SIZES } from '../export/page-setup';
import { DOCUMENT_STATUSES } from './document-status';
import { DOCUMENT_TYPES } from './document-types';
import { isIsoDate } from './iso-date';
import { storedNameSchema } from './person-name';

/** The schema version this program writes. Older files are migrated on read (migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 2;

export const PROJECT_FILE_NAME = 'qms-project.json';
export const DOCUMENTS_DIR = 'documents';
export const REVISIONS_DIR = 'revisions';
export const HISTORY_FILE_NAME = 'history.jsonl';
export const ASSETS_DIR = 'assets';
export const LOCK_FILE_NAME = '.qms-lock';
/** Templates saved from this project's documents (docs/templates.md). */
export const PROJECT_TEMPLATES_DIR = 'templates';

/**
 * How deeply any file of a project may nest, checked before it is read any further: a
 * document's content sits two levels down (the file, then content, then its root).
 */
export const MAX_FILE_JSON_DEPTH = MAX_CONTENT_JSON_DEPTH + 2;

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });

/** Document numbers such as POL-001 or WI-014: prefix, hyphen, at least three digits. */
export const documentIdSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{0,9}-\d{3,6}$/, { message: 'expected a document number such as PRO-001' });

/** A SHA-256 digest as 64 lowercase hex characters: file versions and content hashes. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'expected a SHA-256 hex digest' });

/** Revision labels: 3, 1.0, B. Also safe as a file name for the revision snapshot. */
export const revisionLabelSchema = z
  .string()
  .regex(/^(?:[1-9]\d{0,5}|(?:0|[1-9]\d{0,5})\.(?:0|[1-9]\d{0,5})|[A-Z]{1,6})$/, {
    message: 'expected a revision label such as 3, 1.0 or B',
  })
  .refine((label) => label !== '0.0', { message: '0.0 is not a revision label' });

/** Clause references such as 4.3 or 7.1.5.1. */
export const clauseIdSchema = z.string().regex(/^\d{1,2}(\.\d{1,2}){0,3}$/, {
  message: 'expected a clause number such as 7.5.3',
});

/** A file inside the project folder, by a relative path that cannot climb out of it. */
export function projectPathSchema(example: string) {
  return z
    .string()
    .max(300)
    .refine((path) => /^[A-Za-z0-9._ -]+(\/[A-Za-z0-9._ -]+)*$/.test(path) && !path.split('/').includes('..'), {
      message: `expected a path inside the project, such as ${example}`,
    });
}

const personSchema = z.object({ name: storedNameSchema.min(1), role: z.string().min(1) });

/** Names here are shown in every header and on the register: no control or bidi characters (person-name.ts). */
export const organizationSchema = z.object({
  name: storedNameSchema.min(1),
  legalName: storedNameSchema,
  address: z.string(),
  sites: z.array(z.object({ name: z.string().min(1), address: z.string() })),
  /** What the organization supplies, in a sentence or two (fills templates). Added in 0.2; absent in older files. */
  productsAndServices: z.string().default(''),
  scopeStatement: z.string(),
  /** Where the business is heading, in a sentence or two: the quality policy must fit it (5.2.1 a). */
  strategicDirection: z.string().default(''),
  notApplicable: z.array(z.object({ clause: clauseIdSchema, justification: z.string().min(1) })),
  topManagement: z.array(personSchema),
  qualityManager: storedNameSchema,
  /** A path inside the project folder, e.g. assets/logo.png. */
  logo: projectPathSchema('assets/logo.png').nullable(),
});

/** A profile with only the name filled in: what a new project starts from. */
export function newOrganization(name: string): Organization {
  return {
    name,
    legalName: name,
    address: '',
    sites: [],
    productsAndServices: '',
    scopeStatement: '',
    strategicDirection: '',
    notApplicable: [],
    topManagement: [],
    qualityManager: '',
    logo: null,
  };
}

export const projectFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  organization: organizationSchema,
  numbering: z.object({
    prefixes: z.record(z.enum(DOCUMENT_TYPES), z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/)),
  }),
  revisionScheme: z.enum(REVISION_SCHEMES),
  reviewPeriodMonths: z.number().int().min(1).max(120),
  /** How Word exports look: paper size and the house style (a reference .docx or .dotx in assets/). Absent: A4, our styles. */
  export: z
    .object({
      pageSize: z.enum(PAGE_SIZES),
      houseStyle: projectPathSchema('assets/house-style.docx')
        .refine((path) => /\.(docx|dotx)$/i.test(path), { message: 'a house style is a .docx or .dotx file' })
        .nullable(),
    })
    .optional(),
  /** Steps on the path to certification the user has recorded as done, by step id. */
  certification: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]*$/),
      z.object({ done: z.boolean(), date: isoDateSchema.optional(), note: z.string().max(500).optional() }),
    )
    .optional(),
});

/**
 * The approved revision that is in force. It stays in force while a new revision is
 * drafted and reviewed, until that one is approved.
 */
export const effectiveRevisionSchema = z.object({
  revision: revisionLabelSchema,
  approvedBy: storedNameSchema.min(1),
  approvedOn: isoDateSchema,
  effectiveDate: isoDateSchema,
  /** The approver also wrote this revision: allowed for small teams, recorded as such. */
  selfApproved: z.boolean(),
  changeSummary: z.string(),
  /** Hash of the approved content (its snapshot in revisions/); null only for revisions approved before snapshots were kept. */
  contentHash: sha256Schema.nullable(),
});

export const documentMetaSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).max(300),
  type: z.enum(DOCUMENT_TYPES),
  /** Status of the working revision (the one in the editor). */
  status: z.enum(DOCUMENT_STATUSES),
  /** Label of the working revision. */
  revision: revisionLabelSchema,
  owner: storedNameSchema,
  author: storedNameSchema,
  reviewer: storedNameSchema,
  clauses: z.array(clauseIdSchema),
  /** What changes in the working revision. */
  changeSummary: z.string(),
  /** When the effective revision is next due for review. */
  nextReviewDate: isoDateSchema.nullable(),
  effective: effectiveRevisionSchema.nullable(),
  template: z.string().nullable(),
});

export const documentFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: documentMetaSchema,
  content: serializedContentSchema,
});

export type Organization = z.infer<typeof organizationSchema>;
export type ProjectFile = z.infer<typeof projectFileSchema>;
export type ExportSettings = NonNullable<ProjectFile['export']>;

/** A project's export settings, with the defaults for a file that has none. */
export function exportSettingsOf(project: Pick<ProjectFile, 'export'>): ExportSettings {
  return project.export ?? { pageSize: 'A4', houseStyle: null };
}
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
export type EffectiveRevision = z.infer<typeof effectiveRevisionSchema>;

/** An immutable copy of an approved revision: revisions/<ID>/<revision>.json. */
export const revisionSnapshotSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: documentMetaSchema,
  content: serializedContentSchema,
  contentHash: sha256Schema,
});

export type RevisionSnapshot = z.infer<typeof revisionSnapshotSchema>;

/** Where a document lives inside the project folder. The id is validated before use. */
export function documentFileName(id: string): string {
  return `${id}.json`;
}

/** Where a document's file is in the project, relative, with forward slashes (as git and `qms check` name it). */
export function documentFilePath(id: string): string {
  return `${DOCUMENTS_DIR}/${documentFileName(id)}`;
}

/** Where the approved snapshot of one revision of a document is in the project, relative. */
export function snapshotFilePath(id: string, revision: string): string {
  return `${REVISIONS_DIR}/${id}/${revision}.json`;
}

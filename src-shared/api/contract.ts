import { z } from 'zod';
import { historyEntrySchema } from '../control/history';
import { serializedContentSchema } from '../editor/serialized-content';
import { clauseCatalogSchema } from '../guidance/catalog-schema';
import { DOCUMENT_STATUSES } from '../project/document-status';
import { DOCUMENT_TYPES } from '../project/document-types';
import {
  clauseIdSchema,
  documentIdSchema,
  documentMetaSchema,
  isoDateSchema,
  organizationSchema,
  projectFileSchema,
  sha256Schema,
} from '../project/schema';
import { templateFrontMatterSchema } from '../templates/template-schema';
import type { Channel } from './channels';

/**
 * Every call the renderer can make of the main process: its request and response
 * schemas. Both transports (Electron IPC and browser mode over HTTP) carry exactly
 * these, validated on the main side in both directions.
 */
const damagedFileSchema = z.object({ file: z.string(), reason: z.string() });

/** A write of a document answers with its new file version and metadata. */
const savedDocumentSchema = z.object({ version: sha256Schema, savedAt: z.iso.datetime(), meta: documentMetaSchema });

const nameSchema = z.string().trim().min(1).max(120);

export const contract = {
  'get-project': {
    request: z.object({}).strict(),
    response: z.object({
      folder: z.string(),
      organization: organizationSchema,
      revisionScheme: projectFileSchema.shape.revisionScheme,
      reviewPeriodMonths: z.number().int(),
      /** Why the project cannot be written (another program holds it), or null. */
      readOnlyReason: z.string().nullable(),
      /** The date the main process considers today, for review-overdue checks. */
      today: isoDateSchema,
      documents: z.array(documentMetaSchema),
      /** Clauses the sections of each document are tagged with, read from its content. */
      sectionClauses: z.record(z.string(), z.array(clauseIdSchema)),
      certification: projectFileSchema.shape.certification.unwrap(),
      damaged: z.array(damagedFileSchema),
    }),
  },
  'read-document': {
    request: z.object({ id: documentIdSchema }).strict(),
    response: z.object({ meta: documentMetaSchema, content: serializedContentSchema, version: sha256Schema }),
  },
  'save-document': {
    request: z.object({ id: documentIdSchema, content: serializedContentSchema, baseVersion: sha256Schema }).strict(),
    response: savedDocumentSchema,
  },
  'change-status': {
    request: z
      .object({
        id: documentIdSchema,
        to: z.enum(DOCUMENT_STATUSES),
        /** Who makes the change; for an approval the approver. Defaults to the user's name. */
        by: nameSchema.optional(),
        note: z.string().max(2000).optional(),
        nextReviewDate: isoDateSchema.optional(),
      })
      .strict(),
    response: savedDocumentSchema,
  },
  'create-document': {
    request: z
      .object({
        /** A template to start from; or, without one, a blank document for a clause. */
        templateId: z.string().min(1).max(80).optional(),
        blank: z
          .object({ type: z.enum(DOCUMENT_TYPES), clause: clauseIdSchema })
          .strict()
          .optional(),
        title: z.string().trim().min(1).max(300).optional(),
      })
      .strict()
      .refine((request) => (request.templateId === undefined) !== (request.blank === undefined), {
        message: 'give either templateId or blank',
      }),
    response: savedDocumentSchema,
  },
  'list-templates': {
    request: z.object({}).strict(),
    response: z.object({ templates: z.array(templateFrontMatterSchema) }),
  },
  'get-history': {
    request: z.object({ id: documentIdSchema.optional() }).strict(),
    response: z.object({ entries: z.array(historyEntrySchema) }),
  },
  'get-settings': {
    request: z.object({}).strict(),
    response: z.object({ userName: z.string().nullable() }),
  },
  'set-user-name': {
    request: z.object({ userName: nameSchema }).strict(),
    response: z.object({ userName: z.string() }),
  },
  'poll-changes': {
    /** Long poll: answers when something changed on disk after `after`, or after a while with no changes. */
    request: z.object({ after: z.number().int().min(0) }).strict(),
    response: z.object({
      cursor: z.number().int().min(0),
      changes: z.array(z.object({ file: z.string(), document: documentIdSchema.nullable() })),
    }),
  },
  'get-catalog': {
    request: z
      .object({
        standard: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .optional(),
      })
      .strict(),
    response: clauseCatalogSchema,
  },
  'record-certification-step': {
    request: z
      .object({
        step: z.string().regex(/^[a-z][a-z0-9-]*$/),
        done: z.boolean(),
        note: z.string().trim().max(500).optional(),
      })
      .strict(),
    response: z.object({ certification: projectFileSchema.shape.certification.unwrap() }),
  },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type DamagedFile = z.infer<typeof damagedFileSchema>;
export type ProjectView = ResponseOf<'get-project'>;
export type OpenedDocument = ResponseOf<'read-document'>;
export type SavedDocumentView = ResponseOf<'save-document'>;
export type ExternalChange = ResponseOf<'poll-changes'>['changes'][number];

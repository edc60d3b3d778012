import { z } from 'zod';
import { historyEntrySchema } from '../control/history';
import { serializedContentSchema } from '../editor/serialized-content';
import { clauseCatalogSchema } from '../guidance/catalog-schema';
import { quizChoiceSchema } from '../guidance/quiz';
import { ASSET_LIMITS, type AssetKind, base64Length } from '../project/asset-limits';
import { DOCUMENT_STATUSES } from '../project/document-status';
import { DOCUMENT_TYPES } from '../project/document-types';
import { personNameSchema, withNameRule } from '../project/person-name';
import { profileEditSchema } from '../project/profile-rules';
import {
  clauseIdSchema,
  documentIdSchema,
  documentMetaSchema,
  isoDateSchema,
  organizationSchema,
  projectFileSchema,
  revisionLabelSchema,
  sha256Schema,
} from '../project/schema';
import { SYNC_PHASES } from '../project/sync-remote';
import { trainingRecordSchema } from '../project/training-record';
import { templateFrontMatterSchema } from '../templates/template-schema';
import type { Channel } from './channels';

/**
 * Every call the renderer can make of the main process: its request and response
 * schemas. Both transports (Electron IPC and browser mode over HTTP) carry exactly
 * these, validated on the main side in both directions.
 */
const damagedFileSchema = z.object({ file: z.string(), reason: z.string() });

/** How far a document has been made the organization's own (src-shared/tailoring). */
const tailoringSchema = z.object({
  sentences: z.number().int().min(0),
  templateSentences: z.number().int().min(0).nullable(),
  missingFields: z.number().int().min(0),
  guidanceBlocks: z.number().int().min(0),
  bracketedInstructions: z.number().int().min(0),
});

/** A write of a document answers with its new file version, metadata and tailoring figures. */
const savedDocumentSchema = z.object({
  version: sha256Schema,
  savedAt: z.iso.datetime(),
  meta: documentMetaSchema,
  tailoring: tailoringSchema,
});

/** A folder on this computer, as typed or chosen: absolute, one line. */
const folderSchema = z
  .string()
  .trim()
  .min(1, { message: 'give a folder' })
  .max(1000)
  .refine((path) => !/[\0\r\n]/.test(path), { message: 'a folder path is one line' });

const templateSourceSchema = z.enum(['built-in', 'project', 'user']);
const templateCardSchema = templateFrontMatterSchema.extend({ source: templateSourceSchema });

/** What "New project" asks for: the organization's essentials. */
const newProjectSchema = z
  .object({
    folder: folderSchema,
    organization: z
      .object({
        name: withNameRule(z.string().trim().min(1, { message: 'the organization needs a name' }).max(200)),
        legalName: withNameRule(z.string().trim().max(200)).optional(),
        address: z.string().trim().max(500).optional(),
        productsAndServices: z.string().trim().max(2000).optional(),
        scopeStatement: z.string().trim().max(2000).optional(),
        qualityManager: withNameRule(z.string().trim().max(120)).optional(),
        topManager: z.object({ name: personNameSchema, role: z.string().trim().min(1).max(120) }).optional(),
      })
      .strict(),
    revisionScheme: projectFileSchema.shape.revisionScheme,
    reviewPeriodMonths: z.number().int().min(1).max(120),
    /** Create the documents every ISO 9001 system needs, from their templates. */
    essentials: z.boolean(),
  })
  .strict();

/** A version in the project's version history: the id of its git commit. */
const versionIdSchema = z.string().regex(/^[0-9a-f]{40}$/, { message: 'expected a version id (40 hexadecimal digits)' });

/** A client's name for one export, so it can ask how far it has got. */
/** The id the window gives a long call (an export, a sync), to ask how far it has got. */
const jobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { message: 'a job id (8 to 64 letters, digits, hyphens)' });

/** What to export: one document, the manual, or the master document list. */
const exportRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('document'),
      job: jobIdSchema,
      id: documentIdSchema,
      /** The approved revision in force (from its snapshot) instead of the working revision. */
      approved: z.boolean(),
      /** A review copy with the guidance for the author, marked. */
      includeGuidance: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('manual'),
      job: jobIdSchema,
      /** The documents, in order; all with a revision in force when left out. */
      ids: z.array(documentIdSchema).min(1).max(1000).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('register'), job: jobIdSchema, format: z.enum(['docx', 'csv']) }).strict(),
]);

/** A file a user puts in the project's assets, base64, no larger than its kind allows. */
const uploadSchema = (kind: AssetKind) =>
  z
    .string()
    .max(base64Length(ASSET_LIMITS[kind].bytes))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'expected base64' });

/** A sign-in the user typed for a shared project. */
const signInSchema = z
  .object({ username: z.string().max(300), password: z.string().min(1).max(4000), remember: z.boolean() })
  .strict();

const documentChangeSchema = z.object({ id: documentIdSchema, title: z.string() });

const syncAnswerSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('needs-choices'),
    remote: z.string(),
    clashes: z.array(
      z.object({
        id: documentIdSchema,
        title: z.string(),
        mine: z.object({ by: z.string(), status: z.string(), revision: z.string() }),
        theirs: z.object({
          by: z.string(),
          status: z.string(),
          revision: z.string(),
          title: z.string(),
          /** The shared project's version holding their text (read-document-version shows it). */
          version: versionIdSchema,
        }),
      }),
    ),
  }),
  z.object({
    outcome: z.literal('synced'),
    remote: z.string(),
    received: z.array(documentChangeSchema),
    sent: z.array(documentChangeSchema),
    draftsKept: z.number().int().min(0),
    upToDate: z.boolean(),
    commit: z.string(),
    renumbered: z.array(z.object({ from: documentIdSchema, to: documentIdSchema, title: z.string() })),
    reconciled: z.array(
      z.object({ id: documentIdSchema, choice: z.enum(['mine', 'theirs', 'both']), copy: documentIdSchema.nullable() }),
    ),
    approvalsKept: z.array(
      z.object({ id: documentIdSchema, approvedRevision: z.string(), draftRevision: z.string().nullable() }),
    ),
    profileClashes: z.array(z.string()),
    keptTwice: z.array(z.object({ path: z.string(), copy: z.string() })),
  }),
]);

export const contract = {
  'get-project': {
    request: z.object({}).strict(),
    response: z.object({
      folder: z.string(),
      /** The version of qms-project.json, for saving the profile without overwriting someone else's change. */
      projectVersion: z.string(),
      organization: organizationSchema,
      revisionScheme: projectFileSchema.shape.revisionScheme,
      reviewPeriodMonths: z.number().int(),
      prefixes: projectFileSchema.shape.numbering.shape.prefixes,
      /** Why the project cannot be written (another program holds it), or null. */
      readOnlyReason: z.string().nullable(),
      /** Whether the project keeps its version history with git (docs/project-format.md). */
      versionHistory: z.boolean(),
      /** The shared project it syncs with (an https address), or null. */
      syncRemote: z.string().nullable(),
      /** The date the main process considers today, for review-overdue checks. */
      today: isoDateSchema,
      documents: z.array(documentMetaSchema),
      /** Clauses the sections of each document are tagged with, read from its content. */
      sectionClauses: z.record(z.string(), z.array(clauseIdSchema)),
      /** Tailoring figures of each document, by id. */
      tailoring: z.record(z.string(), tailoringSchema),
      /** Documents whose approval record does not hold together (edited outside the program), with why. */
      integrity: z.record(z.string(), z.array(z.string())),
      certification: projectFileSchema.shape.certification.unwrap(),
      /** Paper size and house style of Word exports (the defaults when the project sets none). */
      export: projectFileSchema.shape.export.unwrap(),
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
  /**
   * Keep both after a conflict: the user's text becomes a new draft document of the same
   * type (titled as their copy, with the next number), the original stays as it is on disk.
   */
  'save-as-copy': {
    request: z
      .object({
        id: documentIdSchema,
        content: serializedContentSchema,
        /** The copy's title; by default the original's followed by "(my copy)". */
        title: z.string().trim().min(1).max(300).optional(),
      })
      .strict(),
    response: savedDocumentSchema,
  },
  'change-status': {
    request: z
      .object({
        id: documentIdSchema,
        to: z.enum(DOCUMENT_STATUSES),
        /** Who makes the change; for an approval the approver. Defaults to the user's name. */
        by: personNameSchema.optional(),
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
        /** A blank document of a type: for a clause (titled after it), or with the title given. */
        blank: z
          .object({ type: z.enum(DOCUMENT_TYPES), clause: clauseIdSchema.optional() })
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
    response: z.object({
      templates: z.array(templateCardSchema),
      /** Template files that were skipped, by file and why. */
      problems: z.array(z.object({ file: z.string(), reason: z.string() })),
    }),
  },
  'preview-template': {
    request: z.object({ id: z.string().min(1).max(80) }).strict(),
    response: z.object({
      template: templateCardSchema,
      content: serializedContentSchema,
      /** The number a document made from it now would get. */
      nextNumber: documentIdSchema.nullable(),
    }),
  },
  'save-as-template': {
    request: z
      .object({
        id: documentIdSchema,
        templateId: z.string().min(1).max(80),
        title: z.string().trim().min(1).max(200),
        summary: z.string().trim().min(1).max(300),
      })
      .strict(),
    response: z.object({ file: z.string() }),
  },
  'update-profile': {
    request: z.object({ profile: profileEditSchema, baseVersion: z.string().min(1) }).strict(),
    response: z.object({ projectVersion: z.string() }),
  },
  'import-logo': {
    request: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        /** The image, base64: at most 2 MB of bytes. */
        dataBase64: uploadSchema('logo'),
      })
      .strict(),
    response: z.object({ path: z.string() }),
  },
  'read-logo': {
    request: z.object({ path: organizationSchema.shape.logo.optional() }).strict(),
    response: z.object({ logo: z.object({ mediaType: z.enum(['image/png', 'image/jpeg']), base64: z.string() }).nullable() }),
  },
  'update-document-details': {
    request: z
      .object({
        id: documentIdSchema,
        baseVersion: sha256Schema,
        title: z.string().trim().min(1).max(300),
        owner: withNameRule(z.string().trim().max(120)),
        reviewer: withNameRule(z.string().trim().max(120)),
        clauses: z.array(clauseIdSchema).max(60),
        changeSummary: z.string().trim().max(2000),
      })
      .strict(),
    response: savedDocumentSchema,
  },
  'get-history': {
    request: z.object({ id: documentIdSchema.optional() }).strict(),
    response: z.object({ entries: z.array(historyEntrySchema) }),
  },
  'get-settings': {
    request: z.object({}).strict(),
    response: z.object({
      userName: z.string().nullable(),
      /** The user's own templates folder, or null. */
      userTemplatesDir: z.string().nullable(),
      /** Where a new project goes unless the user says otherwise. */
      projectsDir: z.string(),
      /** Whether the program can show the system's folder picker (the desktop window can). */
      canChooseFolder: z.boolean(),
    }),
  },
  'set-templates-folder': {
    request: z.object({ folder: folderSchema.nullable() }).strict(),
    response: z.object({ userTemplatesDir: z.string().nullable() }),
  },
  'choose-folder': {
    request: z.object({ purpose: z.enum(['open-project', 'new-project', 'templates']) }).strict(),
    response: z.object({ folder: z.string().nullable() }),
  },
  'open-project': {
    request: z.object({ folder: folderSchema }).strict(),
    response: z.object({ folder: z.string(), name: z.string() }),
  },
  /** The first copy of a shared project on this machine, in a new or empty folder, then opened. */
  'open-shared-project': {
    request: z
      .object({ remote: z.string().trim().min(1).max(2000), folder: folderSchema, credentials: signInSchema.optional() })
      .strict(),
    response: z.object({ folder: z.string(), name: z.string() }),
  },
  'create-project': {
    request: newProjectSchema,
    response: z.object({ folder: z.string(), name: z.string(), documents: z.array(documentIdSchema) }),
  },
  'set-user-name': {
    request: z.object({ userName: personNameSchema }).strict(),
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
  /** An awareness quiz taken: the main process rebuilds it from the catalog and records the answers given. */
  'record-training': {
    request: z
      .object({
        person: withNameRule(z.string().trim().min(1).max(200)),
        role: z.string().trim().max(200).optional(),
        quiz: quizChoiceSchema,
        answers: z
          .array(z.object({ item: z.string().max(40), given: z.union([z.boolean(), z.number().int().min(0).max(10)]) }).strict())
          .max(400),
      })
      .strict(),
    response: z.object({ record: trainingRecordSchema, file: z.string() }),
  },
  'list-training': {
    request: z.object({}).strict(),
    response: z.object({
      records: z.array(trainingRecordSchema),
      problems: z.array(z.object({ file: z.string(), reason: z.string() })),
    }),
  },
  'export-file': {
    request: exportRequestSchema,
    response: z.object({
      /** The name the file is offered under. */
      fileName: z.string(),
      /** Where the desktop program saved it, or null (browser mode, or the user cancelled the save dialog). */
      savedTo: z.string().nullable(),
      /** The file itself in browser mode, to download; null when it was saved. */
      dataBase64: z.string().nullable(),
      /** The user closed the save dialog: nothing was built or written. */
      cancelled: z.boolean(),
      /** Unresolved fields, untailored text, documents left out: one line each. */
      warnings: z.array(z.string()),
      documents: z.number().int().min(0),
    }),
  },
  'export-progress': {
    request: z.object({ job: jobIdSchema }).strict(),
    response: z.object({
      /** "waiting" before the export starts (or once it is over), then reading, building, writing. */
      phase: z.enum(['waiting', 'reading', 'building', 'writing']),
      done: z.number().int().min(0),
      total: z.number().int().min(0),
    }),
  },
  'import-house-style': {
    request: z.object({ fileName: z.string().trim().min(1).max(255), dataBase64: uploadSchema('houseStyle') }).strict(),
    response: z.object({ path: z.string() }),
  },
  /** An approved revision as it was approved, from its snapshot (checked against its hash): to show beside a draft or compare. */
  'read-revision': {
    request: z.object({ id: documentIdSchema, revision: revisionLabelSchema }).strict(),
    response: z.object({ meta: documentMetaSchema, content: serializedContentSchema, contentHash: sha256Schema }),
  },
  /** Throws away a draft revision: the document goes back to the approved revision in force. */
  'discard-revision': {
    request: z.object({ id: documentIdSchema, baseVersion: sha256Schema }).strict(),
    response: savedDocumentSchema,
  },
  /** "Keep version history with git": the project folder becomes a repository with a first commit, by the user. */
  'enable-version-history': {
    request: z.object({}).strict(),
    response: z.object({ versionHistory: z.literal(true) }),
  },
  /**
   * Sync with the shared project: this copy's drafts and approvals go out, the others' come
   * in, merged by the project's rules. When the same document was changed on both sides the
   * answer lists them and nothing changes; the window asks, and syncs again with the choices.
   */
  sync: {
    request: z
      .object({
        job: jobIdSchema,
        /** The shared project's address, to set or change it; remembered once a sync succeeds. */
        remote: z.string().trim().min(1).max(2000).optional(),
        choices: z.record(documentIdSchema, z.enum(['mine', 'theirs', 'both'])).optional(),
        /** A sign-in the user typed; kept only in the operating system's store, and only when `remember`. */
        credentials: signInSchema.optional(),
      })
      .strict(),
    response: syncAnswerSchema,
  },
  'sync-progress': {
    request: z.object({ job: jobIdSchema }).strict(),
    response: z.object({ phase: z.enum(['waiting', ...SYNC_PHASES]), done: z.number().min(0), total: z.number().min(0) }),
  },
  /** "Save a version of my drafts": what changed since the last version, kept in the version history now. */
  'keep-drafts': {
    request: z.object({}).strict(),
    response: z.object({ files: z.number().int().min(0), documents: z.array(documentIdSchema) }),
  },
  /**
   * The versions of a document when the project keeps version history, newest first: each
   * with who made it, when, why, and the revision and status the document had then. None
   * (no error) when the project keeps no version history.
   */
  'document-versions': {
    request: z.object({ id: documentIdSchema }).strict(),
    response: z.object({
      versions: z.array(
        z.object({
          id: versionIdSchema,
          author: z.string(),
          date: z.iso.datetime(),
          message: z.string(),
          /** What the document file said in this version; null when it cannot be read there. */
          revision: revisionLabelSchema.nullable(),
          status: z.enum(DOCUMENT_STATUSES).nullable(),
        }),
      ),
    }),
  },
  /** A document as one of its versions holds it: to compare with another version or the current text. */
  'read-document-version': {
    request: z.object({ id: documentIdSchema, version: versionIdSchema }).strict(),
    response: z.object({ meta: documentMetaSchema, content: serializedContentSchema }),
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
export type TemplateCardView = ResponseOf<'list-templates'>['templates'][number];
export type NewProjectRequest = RequestOf<'create-project'>;
export type ExportRequest = RequestOf<'export-file'>;
export type ExportResponse = ResponseOf<'export-file'>;
export type SyncAnswer = ResponseOf<'sync'>;
export type SyncClash = Extract<SyncAnswer, { outcome: 'needs-choices' }>['clashes'][number];
export type ApprovedRevisionView = ResponseOf<'read-revision'>;
export type DocumentVersionView = ResponseOf<'document-versions'>['versions'][number];
export type DocumentAtVersionView = ResponseOf<'read-document-version'>;

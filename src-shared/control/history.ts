import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../project/document-status';
import { storedNameSchema } from '../project/person-name';
import { documentIdSchema, revisionLabelSchema } from '../project/schema';

/** One line of history.jsonl: who did what to which document, from which revision to which. */
const stateSchema = z.object({ status: z.enum(DOCUMENT_STATUSES), revision: revisionLabelSchema });

export const HISTORY_EVENTS = [
  'created',
  'status-changed',
  'revision-started',
  'details-changed',
  'revision-discarded',
  /** Sync gave a document made offline a new number: another copy had already used its number. */
  'renumbered',
  /** Sync brought together a document changed on two copies at once, as the user chose. */
  'reconciled',
] as const;

export const historyEntrySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: storedNameSchema.min(1),
  document: documentIdSchema,
  event: z.enum(HISTORY_EVENTS),
  from: stateSchema.nullable(),
  to: stateSchema,
  note: z.string().optional(),
  /** Set on approvals where the approver also wrote the revision. */
  selfApproved: z.boolean().optional(),
  /**
   * The SHA-256 of the line before it in the same document's history, exactly as written
   * (null on a document's first line): one chain per document, so an edited, deleted,
   * reordered or inserted line shows (docs/project-format.md). Absent only on lines written
   * before chains, until the project is next opened for writing.
   */
  prev: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

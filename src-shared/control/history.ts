import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../project/document-status';
import { storedNameSchema } from '../project/person-name';
import { documentIdSchema, revisionLabelSchema } from '../project/schema';

/** One line of history.jsonl: who did what to which document, from which revision to which. */
const stateSchema = z.object({ status: z.enum(DOCUMENT_STATUSES), revision: revisionLabelSchema });

export const HISTORY_EVENTS = ['created', 'status-changed', 'revision-started', 'details-changed', 'revision-discarded'] as const;

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
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

import { z } from 'zod';
import { serializedContentSchema } from '../editor/serialized-content';
import { documentIdSchema, documentMetaSchema, organizationSchema } from '../project/schema';
import type { Channel } from './channels';

/**
 * Every call the renderer can make of the main process: its request and response
 * schemas. Both transports (Electron IPC and browser mode over HTTP) carry exactly
 * these, validated on the main side in both directions.
 */
const versionSchema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'expected a file version (sha-256 hex)' });

const damagedFileSchema = z.object({
  file: z.string(),
  reason: z.string(),
});

export const contract = {
  'get-project': {
    request: z.object({}).strict(),
    response: z.object({
      folder: z.string(),
      organization: organizationSchema,
      documents: z.array(documentMetaSchema),
      damaged: z.array(damagedFileSchema),
    }),
  },
  'read-document': {
    request: z.object({ id: documentIdSchema }).strict(),
    response: z.object({
      meta: documentMetaSchema,
      content: serializedContentSchema,
      version: versionSchema,
    }),
  },
  'save-document': {
    request: z
      .object({
        id: documentIdSchema,
        content: serializedContentSchema,
        baseVersion: versionSchema,
      })
      .strict(),
    response: z.object({ version: versionSchema, savedAt: z.iso.datetime() }),
  },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type DamagedFile = z.infer<typeof damagedFileSchema>;
export type ProjectView = ResponseOf<'get-project'>;
export type OpenedDocument = ResponseOf<'read-document'>;

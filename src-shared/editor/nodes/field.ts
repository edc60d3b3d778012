import { z } from 'zod';
import { nodeModule } from './element';

/**
 * A linked fact ({{organization.name}} in a template): the document stores the path,
 * never the value, so it always shows what the profile or the document's control data
 * say now. `format` carries bold or italic from the surrounding text.
 */
export type FieldJson = { type: 'field'; version: 1; path: string; format: number };

export const FIELD_PATH_PATTERN = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;

export const fieldNodeModule = nodeModule({
  type: 'field',
  role: 'inline',
  children: null,
  // Any well-formed path: a field this program does not know (from a newer one) shows as missing, it is not damage.
  fields: z.looseObject({
    path: z.string().max(100).regex(FIELD_PATH_PATTERN, { message: 'a field path such as organization.name' }),
    format: z.number().int().min(0).max(0x7ff).optional(),
  }),
});

export const field = (path: string, format = 0): FieldJson => ({ type: 'field', version: 1, path, format });

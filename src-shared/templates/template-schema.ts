import { z } from 'zod';
import { isFieldPath } from '../fields/field-catalog';
import { DOCUMENT_TYPES } from '../project/document-types';
import { clauseIdSchema } from '../project/schema';

/** Template ids are kebab-case (`quality-policy`); they are also the file name, so nothing else may pass. */
export const TEMPLATE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A placeholder path such as `organization.name`: letters and digits, joined by dots. */
export const FIELD_PATH_PATTERN = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;

export const templateIdSchema = z
  .string()
  .regex(TEMPLATE_ID_PATTERN, { message: 'expected a kebab-case template id such as quality-policy' });

export const fieldPathSchema = z
  .string()
  .regex(FIELD_PATH_PATTERN, { message: 'expected a field path such as organization.name' })
  .refine(isFieldPath, { message: 'is not a field the program knows (docs/templates.md lists them)' });

const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'may not be empty' })
    .max(max, { message: `may be at most ${max} characters` })
    .refine((text) => !/[\r\n]/.test(text), { message: 'must be a single line' });

const noDuplicates = (list: string[]) => new Set(list).size === list.length;

/**
 * The front matter of a template (the YAML between the `---` lines). Strict: an
 * unknown key is far more likely a typo (`clause:`) than something to ignore.
 */
export const templateFrontMatterSchema = z.strictObject({
  id: templateIdSchema,
  title: singleLine(200),
  documentType: z.enum(DOCUMENT_TYPES),
  clauses: z.array(clauseIdSchema).refine(noDuplicates, { message: 'lists a clause twice' }),
  /** Every `{{path}}` placeholder the body uses, and nothing else. */
  fields: z.array(fieldPathSchema).refine(noDuplicates, { message: 'lists a field twice' }),
  /** One sentence for the template gallery. */
  summary: singleLine(300),
});

export type TemplateFrontMatter = z.infer<typeof templateFrontMatterSchema>;

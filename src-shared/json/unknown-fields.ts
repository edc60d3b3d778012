import { z } from 'zod';
import { stableJsonLine } from './stable-stringify';

/**
 * Fields a file has that this version of the program does not know (a user's, another
 * tool's, a newer program's) are written back when the program rewrites the file, at
 * every level its schema describes. The program reads files through schemas that drop
 * such fields, so they are taken from the file as it was read (`raw`, after migration)
 * and put back into what the program is about to write (`next`). Nothing here passes
 * through the contract: the window never sees these fields and cannot add any.
 *
 * The file and the objects directly in it (a document's `meta`, the project's
 * `organization`) last as long as the file, so their unknown fields always stay. A record
 * further down keeps its unknown fields while the program leaves its known fields as they
 * were; a record the program replaced (a new approval in `meta.effective`) starts without
 * them, since they described the one it replaced: a signature of the old approval must not
 * stand on the new one.
 */
export function withUnknownFields(schema: z.ZodType, raw: unknown, next: unknown): unknown {
  return merge(schema, raw, next, 0);
}

/** Levels whose objects live as long as the file: the file itself (0) and what is directly in it (1). */
const LASTING_LEVELS = 2;

function merge(schema: z.ZodType, raw: unknown, next: unknown, level: number): unknown {
  const type = unwrap(schema);
  if (type instanceof z.ZodArray) {
    // Items are matched by position; an item the program changed is a replaced record.
    if (!Array.isArray(raw) || !Array.isArray(next)) return next;
    return next.map((item, index) => merge(type.element as z.ZodType, raw[index], item, level));
  }
  if (!isPlainObject(raw) || !isPlainObject(next)) return next;
  if (type instanceof z.ZodRecord) {
    const values = type.valueType as z.ZodType;
    return Object.fromEntries(
      Object.entries(next).map(([key, value]) => [
        key,
        Object.hasOwn(raw, key) ? merge(values, raw[key], value, level + 1) : value,
      ]),
    );
  }
  if (!(type instanceof z.ZodObject)) return next;
  if (level >= LASTING_LEVELS && !sameKnownFields(type, raw, next)) return next;
  const shape = type.shape as Record<string, z.ZodType>;
  const known = (key: string) => Object.hasOwn(shape, key);
  // fromEntries defines own properties, so even a key named "__proto__" stays a plain field.
  return Object.fromEntries([
    ...Object.entries(raw).filter(([key]) => !known(key)),
    ...Object.entries(next).map(([key, value]) => [
      key,
      known(key) && Object.hasOwn(raw, key) ? merge(shape[key] as z.ZodType, raw[key], value, level + 1) : value,
    ]),
  ]);
}

/** Optional, nullable and defaulted fields: the schema of the value inside. */
function unwrap(schema: z.ZodType): z.ZodType {
  let type = schema;
  while (type instanceof z.ZodOptional || type instanceof z.ZodNullable || type instanceof z.ZodDefault) {
    type = type.unwrap() as z.ZodType;
  }
  return type;
}

/** Whether the program left a record as the file had it, judged by the fields it knows. */
function sameKnownFields(schema: z.ZodType, raw: unknown, next: unknown): boolean {
  const read = schema.safeParse(raw);
  return read.success && stableJsonLine(read.data) === stableJsonLine(next);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

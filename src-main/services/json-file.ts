import { formatIssues } from '../../src-shared/api/format-issues';
import { nestedTooDeepReason } from '../../src-shared/editor/serialized-content';
import { nestedDeeperThan } from '../../src-shared/json/nesting-depth';
import type { Migration } from '../../src-shared/project/migrations';
import { MAX_FILE_JSON_DEPTH } from '../../src-shared/project/schema';

export type Parsed<T> = { ok: true; value: T; migratedFrom: number; raw: unknown } | { ok: false; reason: string };

interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

/**
 * Parse file bytes, migrate them to the current schema and validate. Never throws:
 * one bad file must not stop a project from opening. A file nested deeper than any
 * project file is refused before the migration and the schema, which read recursively.
 */
export function parseJsonFile<T>(bytes: string, migrate: (json: unknown) => Migration, schema: Schema<T>): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(bytes);
  } catch (error) {
    // V8 parses iteratively today; a parser that recurses runs out of stack instead.
    if (error instanceof RangeError) return { ok: false, reason: nestedTooDeepReason(MAX_FILE_JSON_DEPTH) };
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (nestedDeeperThan(json, MAX_FILE_JSON_DEPTH)) return { ok: false, reason: nestedTooDeepReason(MAX_FILE_JSON_DEPTH) };
  const migrated = migrate(json);
  if (!migrated.ok) return migrated;
  const parsed = schema.safeParse(migrated.value);
  return parsed.success
    ? { ok: true, value: parsed.data, migratedFrom: migrated.from, raw: migrated.value }
    : { ok: false, reason: formatIssues(parsed.error.issues) };
}

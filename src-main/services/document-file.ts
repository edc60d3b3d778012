import type { RevisionScheme } from '../../src-shared/control/revision';
import { migrateDocumentFile, migrateProjectFile } from '../../src-shared/project/migrations';
import { type DocumentFile, documentFileSchema, type ProjectFile, projectFileSchema } from '../../src-shared/project/schema';
import { type Parsed, parseJsonFile } from './json-file';

export function parseProjectFile(bytes: string): Parsed<ProjectFile> {
  return parseJsonFile(bytes, migrateProjectFile, projectFileSchema);
}

/** A document file, migrated and validated, whose meta.id must match its file name. */
export function parseDocumentFile(id: string, bytes: string, scheme: RevisionScheme): Parsed<DocumentFile> {
  const parsed = parseJsonFile(bytes, (json) => migrateDocumentFile(json, { revisionScheme: scheme }), documentFileSchema);
  if (parsed.ok && parsed.value.meta.id !== id) {
    return { ok: false, reason: `it holds document ${parsed.value.meta.id}; the file name and the id must match` };
  }
  return parsed;
}

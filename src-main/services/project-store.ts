import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DamagedFile, OpenedDocument, ProjectView } from '../../src-shared/api/contract';
import { formatIssues } from '../../src-shared/api/format-issues';
import { DomainError } from '../../src-shared/api/result';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import {
  CURRENT_SCHEMA_VERSION,
  DOCUMENTS_DIR,
  type DocumentFile,
  type DocumentMeta,
  documentFileName,
  documentFileSchema,
  PROJECT_FILE_NAME,
  type ProjectFile,
  projectFileSchema,
} from '../../src-shared/project/schema';
import { isTemporaryFileName, writeFileAtomic } from './atomic-write';
import { fileVersion } from './file-version';
import { KeyedQueue } from './keyed-queue';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Parse and validate file bytes; never throws, so one bad file cannot stop a project opening. */
function parseWith<T>(
  bytes: string,
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
  },
): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(bytes);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `written by a newer version of QMS Workbench (schema ${version}; this program knows up to ${CURRENT_SCHEMA_VERSION}). Update the program to open it.`,
    };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: formatIssues(parsed.error.issues) };
}

function checkDocument(id: string, bytes: string): Parsed<DocumentFile> {
  const parsed = parseWith(bytes, documentFileSchema);
  if (parsed.ok && parsed.value.meta.id !== id) {
    return { ok: false, reason: `it holds document ${parsed.value.meta.id}; the file name and the id must match` };
  }
  return parsed;
}

/**
 * A project folder on disk: the project file, one JSON file per document. It owns
 * every read and write of the folder; callers get validated data or a DomainError.
 */
export class ProjectStore {
  private readonly writes = new KeyedQueue();

  private constructor(
    readonly folder: string,
    private readonly project: ProjectFile,
  ) {}

  static async open(folder: string): Promise<ProjectStore> {
    const root = resolve(folder);
    const projectPath = join(root, PROJECT_FILE_NAME);
    let bytes: string;
    try {
      bytes = await readFile(projectPath, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new DomainError('not-found', `${root} is not a QMS Workbench project: it has no ${PROJECT_FILE_NAME}.`);
      }
      throw new DomainError('unavailable', `Cannot read ${projectPath}: ${(error as Error).message}`);
    }
    const parsed = parseWith(bytes, projectFileSchema);
    if (!parsed.ok) throw new DomainError('damaged', `${projectPath} cannot be opened: ${parsed.reason}`);
    return new ProjectStore(root, parsed.value);
  }

  get organization() {
    return this.project.organization;
  }

  async getProject(): Promise<ProjectView> {
    const documents: DocumentMeta[] = [];
    const damaged: DamagedFile[] = [];
    for (const name of await this.documentFileNames()) {
      const loaded = await this.loadDocumentFile(name);
      if (loaded.ok) documents.push(loaded.value.meta);
      else damaged.push({ file: `${DOCUMENTS_DIR}/${name}`, reason: loaded.reason });
    }
    documents.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    return { folder: this.folder, organization: this.project.organization, documents, damaged };
  }

  async readDocument(id: string): Promise<OpenedDocument> {
    const bytes = await this.readDocumentBytes(id);
    const document = this.parseDocument(id, bytes);
    return { meta: document.meta, content: document.content, version: fileVersion(bytes) };
  }

  /**
   * Write new content for a document, only if the file is still the version the
   * editor started from. Anything else (another window, a sync client, git) is a
   * conflict, and the file on disk is left as it is.
   */
  saveDocument(id: string, content: SerializedContent, baseVersion: string): Promise<{ version: string; savedAt: string }> {
    return this.writes.run(id, async () => {
      const bytes = await this.readDocumentBytes(id);
      if (fileVersion(bytes) !== baseVersion) {
        throw new DomainError(
          'conflict',
          `${id} was changed on disk after you opened it (by another window or program), so it was not overwritten.`,
        );
      }
      const current = this.parseDocument(id, bytes);
      if (current.meta.status === 'obsolete') {
        throw new DomainError('read-only', `${id} is obsolete and can no longer be edited.`);
      }
      const next: DocumentFile = { schemaVersion: CURRENT_SCHEMA_VERSION, meta: current.meta, content };
      const text = stableStringify(next);
      await writeFileAtomic(this.documentPath(id), text);
      return { version: fileVersion(text), savedAt: new Date().toISOString() };
    });
  }

  private documentPath(id: string): string {
    // Ids reach here only after the contract validated them (letters, digits, one hyphen),
    // so the path cannot leave the documents folder.
    return join(this.folder, DOCUMENTS_DIR, documentFileName(id));
  }

  private async readDocumentBytes(id: string): Promise<string> {
    try {
      return await readFile(this.documentPath(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DomainError('not-found', `There is no document ${id} in this project.`);
      }
      throw new DomainError('unavailable', `Cannot read document ${id}: ${(error as Error).message}`);
    }
  }

  private parseDocument(id: string, bytes: string): DocumentFile {
    const checked = checkDocument(id, bytes);
    if (!checked.ok) {
      throw new DomainError(
        'damaged',
        `${DOCUMENTS_DIR}/${documentFileName(id)} is damaged and was left untouched: ${checked.reason}`,
      );
    }
    return checked.value;
  }

  private async loadDocumentFile(name: string): Promise<Parsed<DocumentFile>> {
    let bytes: string;
    try {
      bytes = await readFile(join(this.folder, DOCUMENTS_DIR, name), 'utf8');
    } catch (error) {
      return { ok: false, reason: `cannot be read (${(error as Error).message})` };
    }
    return checkDocument(name.replace(/\.json$/, ''), bytes);
  }

  private async documentFileNames(): Promise<string[]> {
    const folder = join(this.folder, DOCUMENTS_DIR);
    try {
      if (!(await stat(folder)).isDirectory()) return [];
      const names = await readdir(folder);
      return names.filter((name) => name.endsWith('.json') && !isTemporaryFileName(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}

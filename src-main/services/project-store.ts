import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DamagedFile, OpenedDocument, ProjectView } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/result';
import { todayIso } from '../../src-shared/control/dates';
import type { HistoryEntry } from '../../src-shared/control/history';
import { nextDocumentId } from '../../src-shared/control/numbering';
import { initialRevision } from '../../src-shared/control/revision';
import { isEditable, planNewRevision, planStatusChange, type StatusChangeRequest } from '../../src-shared/control/status-rules';
import { CLAUSE_STATE_KEY, clauseTagsInContent } from '../../src-shared/editor/clause-tags';
import { heading, paragraphsContent, textNode } from '../../src-shared/editor/lexical-json';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import type { DocumentType } from '../../src-shared/project/document-types';
import {
  CURRENT_SCHEMA_VERSION,
  DOCUMENTS_DIR,
  type DocumentFile,
  type DocumentMeta,
  documentFileName,
  documentFileSchema,
  documentMetaSchema,
  PROJECT_FILE_NAME,
  type ProjectFile,
  projectFileSchema,
} from '../../src-shared/project/schema';
import { compileTemplate } from '../../src-shared/templates/compile-template';
import { isTemporaryFileName, writeFileAtomic, writeNewFileAtomic } from './atomic-write';
import { parseDocumentFile, parseProjectFile } from './document-file';
import { contentHash, fileVersion } from './file-version';
import { appendHistory, readHistory } from './history-log';
import { unknownKeys } from './json-file';
import { KeyedQueue } from './keyed-queue';
import { acquireProjectLock, type ProjectLock } from './project-lock';
import { writeSnapshot } from './revision-snapshots';
import { loadTemplate } from './template-library';

export interface OpenOptions {
  /** Shown to another program that finds the project locked. */
  program: string;
  /** Where templates for new documents come from. */
  templatesDir: string;
  /** When another program holds the lock: open read-only (true) or refuse (false). */
  readOnlyIfLocked?: boolean;
  /** Open without taking the lock and refuse every write (`qms list`, `qms check`). */
  readOnly?: boolean;
  /** Today's date as YYYY-MM-DD; a parameter so tests can travel in time. */
  today?: () => string;
}

export type NewDocumentRequest = { title?: string | undefined; by: string } & (
  | { templateId: string; blank?: undefined }
  | { templateId?: undefined; blank: { type: DocumentType; clause: string; clauseTitle: string } }
);

interface DocumentSource {
  frontMatter: { id: string; title: string; documentType: DocumentType; clauses: string[] };
  content: SerializedContent;
}

/** A blank document for one clause: its title as a heading tagged with the clause. */
function blankDocument(blank: { type: DocumentType; clause: string; clauseTitle: string }): DocumentSource {
  const title = { ...heading('h1', [textNode(blank.clauseTitle, 0)]), $: { [CLAUSE_STATE_KEY]: blank.clause } };
  const { root } = paragraphsContent('');
  return {
    frontMatter: { id: 'blank', title: blank.clauseTitle, documentType: blank.type, clauses: [blank.clause] },
    content: { root: { ...root, children: [title, ...root.children] } },
  };
}

interface DocumentExtras {
  top: Record<string, unknown>;
  meta: Record<string, unknown>;
}

const NO_EXTRAS: DocumentExtras = { top: {}, meta: {} };
const DOCUMENT_KEYS = Object.keys(documentFileSchema.shape);
const META_KEYS = Object.keys(documentMetaSchema.shape);
const PROJECT_KEYS = Object.keys(projectFileSchema.shape);

export interface SavedDocument {
  version: string;
  savedAt: string;
  meta: DocumentMeta;
}

/**
 * A project folder on disk. It owns every read and write of the folder; callers get
 * validated data or a DomainError. Every rule about what may change lives in
 * src-shared/control; this class applies the rules and does the file work.
 */
export class ProjectStore {
  private readonly writes = new KeyedQueue();
  /** File versions this store read or wrote itself, so a watcher can tell its own writes from others'. */
  readonly ownVersions = new Map<string, string>();

  private constructor(
    readonly folder: string,
    private project: ProjectFile,
    private readonly options: OpenOptions,
    private readonly lock: ProjectLock | null,
    private readOnlyBecause: string | null,
  ) {
    if (lock) {
      // Another program took the project over (this one looked dead): stop writing at once.
      lock.onLost = () => {
        this.readOnlyBecause = `Another program took over ${folder} while it was open here; reopen it to continue writing.`;
      };
    }
  }

  get readOnlyReason(): string | null {
    return this.readOnlyBecause;
  }

  static async open(folder: string, options: OpenOptions): Promise<ProjectStore> {
    const root = resolve(folder);
    const project = await readProjectFile(root);
    if (options.readOnly) return new ProjectStore(root, project, options, null, 'Opened read-only.');
    const locked = await acquireProjectLock(root, { program: options.program });
    if (locked.acquired) return new ProjectStore(root, project, options, locked.lock, null);
    if (options.readOnlyIfLocked) return new ProjectStore(root, project, options, null, locked.message);
    throw new DomainError('read-only', locked.message);
  }

  get readOnly(): boolean {
    return this.readOnlyBecause !== null;
  }

  get organization() {
    return this.project.organization;
  }

  get settings(): Pick<ProjectFile, 'revisionScheme' | 'reviewPeriodMonths' | 'numbering'> {
    return {
      revisionScheme: this.project.revisionScheme,
      reviewPeriodMonths: this.project.reviewPeriodMonths,
      numbering: this.project.numbering,
    };
  }

  today(): string {
    return (this.options.today ?? todayIso)();
  }

  async close(): Promise<void> {
    await this.lock?.release();
  }

  async getProject(): Promise<ProjectView> {
    // The project file may have been changed by another program since it was opened.
    this.project = await readProjectFile(this.folder).catch(() => this.project);
    const { documents, damaged } = await this.loadAllDocuments();
    return {
      folder: this.folder,
      organization: this.project.organization,
      revisionScheme: this.project.revisionScheme,
      reviewPeriodMonths: this.project.reviewPeriodMonths,
      readOnlyReason: this.readOnlyReason,
      today: this.today(),
      documents: documents.map((d) => d.meta),
      sectionClauses: Object.fromEntries(documents.map((d) => [d.meta.id, clauseTagsInContent(d.content)])),
      certification: this.project.certification ?? {},
      damaged,
    };
  }

  /** Records a step on the path to certification as done (or not) in the project file. */
  recordCertificationStep(step: string, done: boolean, note?: string): Promise<NonNullable<ProjectFile['certification']>> {
    return this.writes.run(PROJECT_FILE_NAME, async () => {
      this.assertWritable();
      const current = await readProjectFile(this.folder);
      const raw = JSON.parse(await readFile(join(this.folder, PROJECT_FILE_NAME), 'utf8')) as unknown;
      const certification = { ...(current.certification ?? {}) };
      if (done) certification[step] = { done: true, date: this.today(), ...(note ? { note } : {}) };
      else delete certification[step];
      const next: ProjectFile = { ...current, schemaVersion: CURRENT_SCHEMA_VERSION, certification };
      // Fields this version does not know are written back untouched.
      await writeFileAtomic(
        join(this.folder, PROJECT_FILE_NAME),
        stableStringify({ ...unknownKeys(raw, PROJECT_KEYS), ...next }),
      );
      this.project = next;
      return certification;
    });
  }

  async loadAllDocuments(): Promise<{ documents: DocumentFile[]; damaged: DamagedFile[] }> {
    const documents: DocumentFile[] = [];
    const damaged: DamagedFile[] = [];
    for (const name of await this.documentFileNames()) {
      const id = name.replace(/\.json$/, '');
      let bytes: string;
      try {
        bytes = await readFile(join(this.folder, DOCUMENTS_DIR, name), 'utf8');
      } catch (error) {
        damaged.push({ file: `${DOCUMENTS_DIR}/${name}`, reason: `cannot be read (${(error as Error).message})` });
        continue;
      }
      const parsed = parseDocumentFile(id, bytes, this.project.revisionScheme);
      if (parsed.ok) documents.push(parsed.value);
      else damaged.push({ file: `${DOCUMENTS_DIR}/${name}`, reason: parsed.reason });
    }
    documents.sort((a, b) => a.meta.id.localeCompare(b.meta.id, 'en', { numeric: true }));
    return { documents, damaged };
  }

  async readDocument(id: string): Promise<OpenedDocument> {
    const { file, version } = await this.readDocumentFile(id);
    return { meta: file.meta, content: file.content, version };
  }

  /**
   * Write new content, only if the file is still the version the editor started from.
   * Anything else (another window, a sync client, git) is a conflict and the file is
   * left as it is. Editing an approved document starts a new draft revision.
   */
  saveDocument(id: string, content: SerializedContent, baseVersion: string, by: string): Promise<SavedDocument> {
    return this.writes.run(id, async () => {
      this.assertWritable();
      const { file, version, extras } = await this.readDocumentFile(id);
      if (version !== baseVersion) {
        throw new DomainError(
          'conflict',
          `${id} was changed on disk after you opened it (by another window or program), so it was not overwritten.`,
        );
      }
      if (!isEditable(file.meta.status)) throw new DomainError('read-only', `${id} is obsolete and can no longer be edited.`);
      let meta = file.meta;
      let history: Omit<HistoryEntry, 'at'> | null = null;
      const changed = contentHash(content) !== contentHash(file.content);
      const actor = by || 'unknown user';
      if (changed && meta.status === 'approved') {
        const plan = planNewRevision(meta, actor, this.project.revisionScheme);
        if (!plan.ok) throw new DomainError('invalid-request', plan.reason);
        meta = plan.meta;
        history = plan.history;
      } else if (changed && meta.status === 'in-review') {
        // What the reviewer approves must be what was submitted: an edit sends it back to draft.
        const plan = planStatusChange(
          meta,
          { to: 'draft', by: actor, note: 'Edited while in review' },
          {
            today: this.today(),
            scheme: this.project.revisionScheme,
            reviewPeriodMonths: this.project.reviewPeriodMonths,
            contentHash: '',
          },
        );
        if (!plan.ok) throw new DomainError('invalid-request', plan.reason);
        meta = plan.meta;
        history = plan.history;
      }
      const saved = await this.writeDocument({ schemaVersion: CURRENT_SCHEMA_VERSION, meta, content }, extras);
      if (history) await appendHistory(this.folder, { at: saved.savedAt, ...history });
      return saved;
    });
  }

  /** Move a document to another status under the rules of src-shared/control/status-rules. */
  changeStatus(id: string, request: StatusChangeRequest): Promise<SavedDocument> {
    return this.writes.run(id, async () => {
      this.assertWritable();
      const { file, extras } = await this.readDocumentFile(id);
      const hash = contentHash(file.content);
      const plan = planStatusChange(file.meta, request, {
        today: this.today(),
        scheme: this.project.revisionScheme,
        reviewPeriodMonths: this.project.reviewPeriodMonths,
        contentHash: hash,
      });
      if (!plan.ok) throw new DomainError('invalid-request', plan.reason);
      if (plan.snapshot) {
        await writeSnapshot(this.folder, {
          schemaVersion: CURRENT_SCHEMA_VERSION,
          meta: plan.meta,
          content: file.content,
          contentHash: hash,
        });
      }
      const saved = await this.writeDocument({ ...file, schemaVersion: CURRENT_SCHEMA_VERSION, meta: plan.meta }, extras);
      await appendHistory(this.folder, { at: saved.savedAt, ...plan.history });
      return saved;
    });
  }

  /**
   * A new draft document, numbered PREFIX-NNN after the highest number in use: from a
   * template, or blank with one heading tagged with the clause it is for.
   */
  createDocument(request: NewDocumentRequest): Promise<SavedDocument> {
    return this.writes.run('create-document', async () => {
      this.assertWritable();
      const source =
        request.templateId !== undefined ? await this.fromTemplate(request.templateId) : blankDocument(request.blank);
      const { frontMatter } = source;
      const prefix = this.project.numbering.prefixes[frontMatter.documentType];
      if (!prefix) {
        throw new DomainError('invalid-request', `The project has no number prefix for ${frontMatter.documentType} documents.`);
      }
      const used = await this.usedDocumentIds();
      const by = request.by.trim() || 'unknown user';
      const base: Omit<DocumentMeta, 'id'> = {
        title: request.title?.trim() || frontMatter.title,
        type: frontMatter.documentType,
        status: 'draft',
        revision: initialRevision(this.project.revisionScheme),
        owner: this.project.organization.qualityManager || by,
        author: by,
        reviewer: '',
        clauses: [...frontMatter.clauses],
        changeSummary: 'First issue.',
        nextReviewDate: null,
        effective: null,
        template: request.templateId !== undefined ? frontMatter.id : null,
      };
      await mkdir(join(this.folder, DOCUMENTS_DIR), { recursive: true });
      // Create-only: should another program take the same number meanwhile, take the next one.
      let saved: SavedDocument | null = null;
      for (let attempt = 0; saved === null; attempt += 1) {
        const id = nextDocumentId(prefix, used);
        try {
          saved = await this.writeDocument(
            { schemaVersion: CURRENT_SCHEMA_VERSION, meta: { id, ...base }, content: source.content },
            NO_EXTRAS,
            true,
          );
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 20) throw error;
          used.push(id);
        }
      }
      const meta = saved.meta;
      await appendHistory(this.folder, {
        at: saved.savedAt,
        by,
        document: meta.id,
        event: 'created',
        from: null,
        to: { status: 'draft', revision: meta.revision },
        note:
          request.templateId !== undefined
            ? `From template ${frontMatter.id}`
            : `Blank document for clause ${frontMatter.clauses[0]}`,
      });
      return saved;
    });
  }

  private async fromTemplate(templateId: string): Promise<DocumentSource> {
    try {
      return compileTemplate(await loadTemplate(this.options.templatesDir, templateId), {
        organization: this.project.organization,
      });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('damaged', `The template "${templateId}" cannot be used: ${(error as Error).message}`);
    }
  }

  async history(id?: string): Promise<HistoryEntry[]> {
    const { entries } = await readHistory(this.folder);
    return id ? entries.filter((entry) => entry.document === id) : entries;
  }

  private assertWritable(): void {
    if (this.readOnlyReason) throw new DomainError('read-only', `This project is open read-only. ${this.readOnlyReason}`);
  }

  private async writeDocument(
    file: DocumentFile,
    extras: DocumentExtras = NO_EXTRAS,
    createOnly = false,
  ): Promise<SavedDocument> {
    const text = stableStringify({ ...extras.top, ...file, meta: { ...extras.meta, ...file.meta } });
    const relative = `${DOCUMENTS_DIR}/${documentFileName(file.meta.id)}`;
    const version = fileVersion(text);
    // Known before the file changes, so the watcher never mistakes this write for someone else's.
    this.ownVersions.set(relative, version);
    if (createOnly) await writeNewFileAtomic(join(this.folder, relative), text);
    else await writeFileAtomic(join(this.folder, relative), text);
    return { version, savedAt: new Date().toISOString(), meta: file.meta };
  }

  private async readDocumentFile(id: string): Promise<{ file: DocumentFile; version: string; extras: DocumentExtras }> {
    const relative = `${DOCUMENTS_DIR}/${documentFileName(id)}`;
    let bytes: string;
    try {
      // Ids reach here only after validation (letters, digits, one hyphen): the path stays in the folder.
      bytes = await readFile(join(this.folder, relative), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DomainError('not-found', `There is no document ${id} in this project.`);
      throw new DomainError('unavailable', `Cannot read document ${id}: ${(error as Error).message}`);
    }
    const parsed = parseDocumentFile(id, bytes, this.project.revisionScheme);
    if (!parsed.ok) throw new DomainError('damaged', `${relative} is damaged and was left untouched: ${parsed.reason}`);
    const version = fileVersion(bytes);
    this.ownVersions.set(relative, version);
    const meta = (parsed.raw as { meta?: unknown }).meta;
    const extras = { top: unknownKeys(parsed.raw, DOCUMENT_KEYS), meta: unknownKeys(meta, META_KEYS) };
    return { file: parsed.value, version, extras };
  }

  /** Every id ever used: valid documents, damaged files and approved snapshots. */
  private async usedDocumentIds(): Promise<string[]> {
    const names = (await this.documentFileNames()).map((name) => name.replace(/\.json$/, ''));
    const snapshots = await readdir(join(this.folder, 'revisions')).catch(() => [] as string[]);
    return [...names, ...snapshots];
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

async function readProjectFile(root: string): Promise<ProjectFile> {
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
  const parsed = parseProjectFile(bytes);
  if (!parsed.ok) throw new DomainError('damaged', `${projectPath} cannot be opened: ${parsed.reason}`);
  return parsed.value;
}

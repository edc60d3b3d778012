import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DamagedFile, OpenedDocument, ProjectView } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/result';
import { todayIso } from '../../src-shared/control/dates';
import { type DetailsChange, planDetailsChange } from '../../src-shared/control/details-rules';
import type { HistoryEntry } from '../../src-shared/control/history';
import { nextDocumentId } from '../../src-shared/control/numbering';
import { initialRevision } from '../../src-shared/control/revision';
import { discardRefusal, planDiscardRevision, revisionInForceBeside } from '../../src-shared/control/revision-discard';
import { contentEditRefusal, planStatusChange, type StatusChangeRequest } from '../../src-shared/control/status-rules';
import { clauseTagsInContent } from '../../src-shared/editor/clause-tags';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import type { FieldContext } from '../../src-shared/fields/field-catalog';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { withUnknownFields } from '../../src-shared/json/unknown-fields';
import type { DocumentType } from '../../src-shared/project/document-types';
import { applyProfileEdit, checkProfileChange, type ProfileEdit } from '../../src-shared/project/profile-rules';
import {
  ASSETS_DIR,
  CURRENT_SCHEMA_VERSION,
  DOCUMENTS_DIR,
  type DocumentFile,
  type DocumentMeta,
  documentFilePath,
  documentFileSchema,
  exportSettingsOf,
  HISTORY_FILE_NAME,
  PROJECT_FILE_NAME,
  PROJECT_TEMPLATES_DIR,
  type ProjectFile,
  type RevisionSnapshot,
  snapshotFilePath,
} from '../../src-shared/project/schema';
import type { TrainingRecord } from '../../src-shared/project/training-record';
import type { TailoringFigures } from '../../src-shared/tailoring/tailoring';
import type { TemplateDetails } from '../../src-shared/templates/document-to-template';
import { readApprovedCopy } from './approved-copy';
import { isTemporaryFileName, writeFileAtomic, writeNewFileAtomic } from './atomic-write';
import { parseDocumentFile } from './document-file';
import { integrityProblems } from './document-integrity';
import { blankDocument, copySource, type DocumentSource, type NewDocumentRequest, requireActor } from './document-sources';
import { importHouseStyle, readHouseStyle } from './export/house-style';
import { contentHash, fileVersion } from './file-version';
import { type DocumentAtVersion, type DocumentVersion, documentVersions, readDocumentVersion } from './git/document-versions';
import { isRepository } from './git/repository';
import { keepDrafts, remoteOf, type SyncOptions, type SyncResult, syncProject } from './git/sync';
import { enableVersionHistory, type RecordedEvent, versionHistoryOf } from './git/version-history';
import { appendHistory, chainHistory, ensureHistoryMergeRule, historyByDocument, readHistory } from './history-log';
import { KeyedQueue } from './keyed-queue';
import { importLogo, readLogo, readLogoBytes } from './logo-asset';
import { readProjectFile, writeProjectFile } from './project-file';
import { acquireProjectLock, type ProjectLock } from './project-lock';
import { writeProjectTemplate } from './project-templates';
import { removeSnapshot, writeSnapshot } from './revision-snapshots';
import { Rollback } from './rollback';
import { TailoringCache } from './tailoring-cache';
import { TemplateLibrary } from './template-library';
import { removeLeftoverFiles } from './temporary-files';
import { writeTrainingRecord } from './training-records';

export interface OpenOptions {
  /** Shown to another program that finds the project locked. */
  program: string;
  /** The program's own template library. */
  templatesDir: string;
  /** The user's own templates folder (settings), asked each time it is needed. */
  userTemplatesDir?: () => Promise<string | null>;
  /** When another program holds the lock: open read-only (true) or refuse (false). */
  readOnlyIfLocked?: boolean;
  /** Open without taking the lock and refuse every write (`qms list`, `qms check`). */
  readOnly?: boolean;
  /** Today's date as YYYY-MM-DD; a parameter so tests can travel in time. */
  today?: () => string;
}

/** The file as it was read (after migration): what this program does not know in it is written back from here. */
interface DocumentExtras {
  raw: unknown;
}

const NO_EXTRAS: DocumentExtras = { raw: null };

/** The write-queue key that puts document-control events (and starting version history) in one line. */
const DOCUMENT_CONTROL_EVENTS = 'document-control-events';

export interface SavedDocument {
  version: string;
  savedAt: string;
  meta: DocumentMeta;
  tailoring: TailoringFigures;
}

/**
 * A project folder on disk. It owns every read and write of the folder; callers get
 * validated data or a DomainError. Every rule about what may change lives in
 * src-shared/control; this class applies the rules and does the file work.
 */
export class ProjectStore {
  private readonly writes = new KeyedQueue();
  /** Built-in, this project's and the user's own templates. */
  readonly templates: TemplateLibrary;
  private readonly tailoring: TailoringCache;
  /** File versions this store read or wrote itself, so a watcher can tell its own writes from others'. */
  readonly ownVersions = new Map<string, string>();

  private constructor(
    readonly folder: string,
    private project: ProjectFile,
    private readonly options: OpenOptions,
    private readonly lock: ProjectLock | null,
    private readOnlyBecause: string | null,
  ) {
    this.templates = new TemplateLibrary(async () => {
      const user = await this.options.userTemplatesDir?.();
      return [
        { source: 'built-in' as const, dir: this.options.templatesDir },
        { source: 'project' as const, dir: join(this.folder, PROJECT_TEMPLATES_DIR) },
        ...(user ? [{ source: 'user' as const, dir: user }] : []),
      ];
    });
    this.tailoring = new TailoringCache(this.templates, (meta) => this.fieldContext(meta));
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
    const { project } = await readProjectFile(root);
    if (options.readOnly) return new ProjectStore(root, project, options, null, 'Opened read-only.');
    const locked = await acquireProjectLock(root, { program: options.program });
    if (locked.acquired) {
      // Only the holder of the lock tidies: what crashed writes left, and a history written before chains.
      await removeLeftoverFiles(root);
      await chainHistory(root);
      await ensureHistoryMergeRule(root);
      return new ProjectStore(root, project, options, locked.lock, null);
    }
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
    const read = await readProjectFile(this.folder).catch(() => null);
    if (read) this.project = read.project;
    const { documents, damaged, versions } = await this.loadAllDocuments();
    const tailoring = await this.tailoring.all(documents, versions);
    const integrity = await this.integrityOf(documents);
    return {
      folder: this.folder,
      projectVersion: read?.version ?? '',
      organization: this.project.organization,
      revisionScheme: this.project.revisionScheme,
      reviewPeriodMonths: this.project.reviewPeriodMonths,
      prefixes: this.project.numbering.prefixes,
      readOnlyReason: this.readOnlyReason,
      versionHistory: await this.hasVersionHistory(),
      syncRemote: await remoteOf(this.folder),
      today: this.today(),
      documents: documents.map((d) => d.meta),
      sectionClauses: Object.fromEntries(documents.map((d) => [d.meta.id, clauseTagsInContent(d.content)])),
      tailoring,
      integrity,
      certification: this.project.certification ?? {},
      export: exportSettingsOf(this.project),
      damaged,
    };
  }

  /** Documents whose approval record does not hold together, with why (src-main/services/document-integrity). */
  private async integrityOf(documents: ReadonlyArray<{ meta: DocumentMeta; content: SerializedContent }>) {
    const history = await readHistory(this.folder).catch(() => null);
    const historyOf = history ? historyByDocument(history) : () => null;
    const found: Record<string, string[]> = {};
    for (const { meta, content } of documents) {
      const problems = integrityProblems({ meta, content, history: historyOf(meta.id) });
      if (problems.length > 0) found[meta.id] = problems;
    }
    return found;
  }

  /** The project file as it is on disk now (another program may have changed it since it was opened). */
  async getProjectFile(): Promise<ProjectFile> {
    const read = await readProjectFile(this.folder).catch(() => null);
    if (read) this.project = read.project;
    return this.project;
  }

  /** What linked fields in a document resolve against. */
  fieldContext(meta: DocumentMeta | null): FieldContext {
    return {
      organization: this.project.organization,
      document: meta,
      project: { reviewPeriodMonths: this.project.reviewPeriodMonths },
    };
  }

  /** How far a document has been made the organization's own (src-shared/tailoring). */
  tailoringOf(meta: DocumentMeta, content: SerializedContent): Promise<TailoringFigures> {
    return this.tailoring.of(meta, content);
  }

  /** Changes the project file under one writer, refusing the change when the file moved on since `baseVersion`. */
  private updateProjectFile<T>(
    change: (current: ProjectFile) => Promise<{ next: ProjectFile; result: T }> | { next: ProjectFile; result: T },
    baseVersion?: string,
  ): Promise<{ result: T; version: string }> {
    return this.writes.run(PROJECT_FILE_NAME, async () => {
      this.assertWritable();
      const current = await readProjectFile(this.folder);
      if (baseVersion !== undefined && current.version !== baseVersion) {
        throw new DomainError(
          'conflict',
          `${PROJECT_FILE_NAME} was changed by another program after you opened the profile, so it was not overwritten. Reopen the profile to see the change.`,
        );
      }
      const { next, result } = await change(current.project);
      const version = await writeProjectFile(this.folder, next, current.raw, (v) => this.ownVersions.set(PROJECT_FILE_NAME, v));
      this.project = next;
      return { result, version };
    });
  }

  /** Records a step on the path to certification as done (or not) in the project file. */
  async recordCertificationStep(step: string, done: boolean, note?: string): Promise<NonNullable<ProjectFile['certification']>> {
    const { result } = await this.updateProjectFile((current) => {
      const certification = { ...(current.certification ?? {}) };
      if (done) certification[step] = { done: true, date: this.today(), ...(note ? { note } : {}) };
      else delete certification[step];
      return { next: { ...current, certification }, result: certification };
    });
    return result;
  }

  /** Saves the profile form (src-shared/project/profile-rules). */
  async updateProfile(edit: ProfileEdit, baseVersion: string): Promise<string> {
    const documentCount = (await this.documentFileNames()).length;
    const { version } = await this.updateProjectFile(async (current) => {
      const problem = checkProfileChange(current, edit, documentCount);
      if (problem) throw new DomainError('invalid-request', problem);
      // A new logo must be a readable PNG or JPEG; one the profile already names is left to the user.
      const logo = edit.organization.logo;
      if (logo && logo !== current.organization.logo) await readLogo(this.folder, logo);
      // Likewise a new house style must be a Word package with styles.
      const houseStyle = edit.export?.houseStyle;
      if (houseStyle && houseStyle !== current.export?.houseStyle) await readHouseStyle(this.folder, houseStyle);
      return { next: applyProfileEdit(current, edit), result: null };
    }, baseVersion);
    return version;
  }

  /** Writes the record of a quiz taken (training/<id>.json), once. */
  async recordTraining(record: TrainingRecord): Promise<string> {
    this.assertWritable();
    return writeTrainingRecord(this.folder, record);
  }

  /** Stores an image as the project's logo file; the profile names it when the form is saved. */
  async importLogo(fileName: string, bytes: Uint8Array): Promise<string> {
    this.assertWritable();
    await mkdir(join(this.folder, ASSETS_DIR), { recursive: true });
    return importLogo(this.folder, fileName, bytes);
  }

  /** Stores a reference Word document as the house style; the profile names it when the form is saved. */
  async importHouseStyle(fileName: string, bytes: Uint8Array): Promise<string> {
    this.assertWritable();
    await mkdir(join(this.folder, ASSETS_DIR), { recursive: true });
    return importHouseStyle(this.folder, fileName, bytes);
  }

  readLogo(path: string | null = this.project.organization.logo) {
    return readLogo(this.folder, path);
  }

  /** The logo's bytes, for an export. */
  readLogoBytes(path: string | null = this.project.organization.logo) {
    return readLogoBytes(this.folder, path);
  }

  async loadAllDocuments(): Promise<{ documents: DocumentFile[]; damaged: DamagedFile[]; versions: Map<string, string> }> {
    const documents: DocumentFile[] = [];
    const damaged: DamagedFile[] = [];
    const versions = new Map<string, string>();
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
      if (parsed.ok) {
        documents.push(parsed.value);
        versions.set(id, fileVersion(bytes));
      } else damaged.push({ file: `${DOCUMENTS_DIR}/${name}`, reason: parsed.reason });
    }
    documents.sort((a, b) => a.meta.id.localeCompare(b.meta.id, 'en', { numeric: true }));
    return { documents, damaged, versions };
  }

  async readDocument(id: string): Promise<OpenedDocument> {
    const { file, version } = await this.readDocumentFile(id);
    return { meta: file.meta, content: file.content, version };
  }

  /**
   * Write new content, only if the file is still the version the editor started from.
   * Anything else (another window, a sync client, git) is a conflict and the file is
   * left as it is. Only a draft or a document in review takes new content; an approved
   * revision changes only after a new revision is started on purpose (change-status).
   */
  saveDocument(id: string, content: SerializedContent, baseVersion: string, by: string): Promise<SavedDocument> {
    return this.writes.run(id, async () => {
      this.assertWritable();
      const { file, version, extras, bytes } = await this.readDocumentFile(id);
      if (version !== baseVersion) {
        throw new DomainError(
          'conflict',
          `${id} was changed on disk after you opened it (by another window or program), so it was not overwritten.`,
        );
      }
      let meta = file.meta;
      let history: Omit<HistoryEntry, 'at'> | null = null;
      const changed = contentHash(content) !== contentHash(file.content);
      const refusal = contentEditRefusal(meta);
      // Saving an approved document unchanged changes nothing that was approved, so it is let through.
      if (refusal && (changed || meta.status === 'obsolete')) throw new DomainError('read-only', refusal);
      if (changed && meta.status === 'in-review') {
        // What the reviewer approves must be what was submitted: an edit sends it back to draft.
        const actor = requireActor(by, 'an edit that changes a revision');
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
      return Rollback.run(async (rollback) => {
        const saved = await this.writeDocument({ schemaVersion: CURRENT_SCHEMA_VERSION, meta, content }, extras);
        rollback.add(() => this.restoreDocument(id, bytes));
        if (history) await appendHistory(this.folder, { at: saved.savedAt, ...history });
        return saved;
      });
    });
  }

  /** Move a document to another status under the rules of src-shared/control/status-rules. */
  changeStatus(id: string, request: StatusChangeRequest): Promise<SavedDocument> {
    return this.documentControlEvent(id, async () => {
      this.assertWritable();
      const { file, extras, bytes } = await this.readDocumentFile(id);
      const hash = contentHash(file.content);
      const plan = planStatusChange(file.meta, request, {
        today: this.today(),
        scheme: this.project.revisionScheme,
        reviewPeriodMonths: this.project.reviewPeriodMonths,
        contentHash: hash,
      });
      if (!plan.ok) throw new DomainError('invalid-request', plan.reason);
      // Snapshot, document, history line, commit: if a later one cannot be made, the earlier ones are undone.
      return Rollback.run(async (rollback) => {
        const written = [documentFilePath(id), HISTORY_FILE_NAME];
        if (plan.snapshot) {
          const revision = plan.meta.revision;
          // A snapshot of a revision never in force is what an approval cut short left: replace it.
          const orphanAllowed = file.meta.effective?.revision !== revision;
          const created = await writeSnapshot(
            this.folder,
            { schemaVersion: CURRENT_SCHEMA_VERSION, meta: plan.meta, content: file.content, contentHash: hash },
            orphanAllowed,
          );
          if (created) rollback.add(() => removeSnapshot(this.folder, id, revision));
          written.push(snapshotFilePath(id, revision));
        }
        const saved = await this.writeDocument({ ...file, schemaVersion: CURRENT_SCHEMA_VERSION, meta: plan.meta }, extras);
        rollback.add(() => this.restoreDocument(id, bytes));
        const entry = { at: saved.savedAt, ...plan.history };
        rollback.add(await appendHistory(this.folder, entry));
        await this.recordVersion({ entry, changeSummary: plan.meta.changeSummary, files: written });
        return saved;
      });
    });
  }

  /** An approved revision of a document from its snapshot (src-main/services/approved-copy). */
  async readRevision(id: string, revision: string): Promise<RevisionSnapshot> {
    const { file } = await this.readDocumentFile(id);
    return readApprovedCopy(this.folder, this.project.revisionScheme, file.meta, revision);
  }

  /**
   * Throws the draft revision away: the document goes back to the approved revision in
   * force, content and metadata, from its hash-checked snapshot (src-shared/control/revision-discard).
   */
  discardRevision(id: string, baseVersion: string, by: string): Promise<SavedDocument> {
    return this.documentControlEvent(id, async () => {
      this.assertWritable();
      const { file, version, extras, bytes } = await this.readDocumentFile(id);
      if (version !== baseVersion) {
        throw new DomainError(
          'conflict',
          `${id} was changed on disk after you opened it (by another window or program); its draft was not discarded.`,
        );
      }
      const inForce = revisionInForceBeside(file.meta);
      if (inForce === null)
        throw new DomainError('invalid-request', discardRefusal(file.meta) ?? `${id} has no draft to discard.`);
      const actor = requireActor(by, 'discarding a draft revision');
      const approved = await readApprovedCopy(this.folder, this.project.revisionScheme, file.meta, inForce);
      const plan = planDiscardRevision(file.meta, approved, actor);
      if (!plan.ok) throw new DomainError('invalid-request', plan.reason);
      // The document first, then its history line: a crash between the two leaves the revision in force
      // on disk, as approved, with only the record of the discard missing. The other order could
      // leave a history that says the draft was discarded beside a file that still holds it.
      return Rollback.run(async (rollback) => {
        const saved = await this.writeDocument(
          { schemaVersion: CURRENT_SCHEMA_VERSION, meta: plan.meta, content: approved.content },
          extras,
        );
        rollback.add(() => this.restoreDocument(id, bytes));
        const entry = { at: saved.savedAt, ...plan.history };
        rollback.add(await appendHistory(this.folder, entry));
        await this.recordVersion({
          entry,
          changeSummary: plan.meta.changeSummary,
          files: [documentFilePath(id), HISTORY_FILE_NAME],
        });
        return saved;
      });
    });
  }

  /**
   * A document-control event: one at a time per document, and one at a time in the whole
   * project, because its commit takes in history.jsonl, which every event appends to.
   */
  private documentControlEvent<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.writes.run(id, () => this.writes.run(DOCUMENT_CONTROL_EVENTS, work));
  }

  /** Commits an event's files when the project keeps version history (src-main/services/git); a no-op otherwise. */
  private async recordVersion(event: RecordedEvent): Promise<void> {
    const history = await versionHistoryOf(this.folder);
    await history?.record(event);
  }

  /** Whether the folder keeps version history (a git repository of its own). */
  hasVersionHistory(): Promise<boolean> {
    return isRepository(this.folder);
  }

  /** The versions of a document, newest first; none when the project keeps no version history (src-main/services/git). */
  versionsOf(id: string): Promise<DocumentVersion[]> {
    return documentVersions(this.folder, id, this.project.revisionScheme);
  }

  /** A document as one of its versions holds it (src-main/services/git). */
  readVersion(id: string, version: string): Promise<DocumentAtVersion> {
    return readDocumentVersion(this.folder, id, version, this.project.revisionScheme);
  }

  /** Starts version history: a repository and a first commit of the project's files, by `by`. */
  enableVersionHistory(by: string): Promise<{ commit: string }> {
    return this.writes.run(DOCUMENT_CONTROL_EVENTS, async () => {
      this.assertWritable();
      return enableVersionHistory(this.folder, requireActor(by, 'starting version history'), new Date());
    });
  }

  /** "Save a version of my drafts": the folder's changes since the last version, as one version by `by`. */
  keepDrafts(by: string): Promise<{ files: number; documents: string[] }> {
    return this.writes.exclusive(async () => {
      this.assertWritable();
      return keepDrafts(this.folder, requireActor(by, 'a version of your drafts'));
    });
  }

  /** The shared project this one syncs with, or null. */
  syncRemote(): Promise<string | null> {
    return remoteOf(this.folder);
  }

  /**
   * Sync with the shared project (src-main/services/git/sync.ts): with every write of this
   * store held, so no save or approval lands between reading the folder and writing the result.
   */
  sync(request: Omit<SyncOptions, 'folder' | 'scheme' | 'by'> & { by?: string }): Promise<SyncResult> {
    return this.writes.exclusive(async () => {
      this.assertWritable();
      const by = requireActor(request.by ?? '', 'a sync');
      const result = await syncProject({ ...request, folder: this.folder, by, scheme: this.project.revisionScheme });
      // The project file may have come in changed.
      const read = await readProjectFile(this.folder).catch(() => null);
      if (read) this.project = read.project;
      return result;
    });
  }

  /**
   * A new draft document, numbered PREFIX-NNN after the highest number in use: from a
   * template, or blank with one heading tagged with the clause it is for.
   */
  createDocument(request: NewDocumentRequest): Promise<SavedDocument> {
    return this.writes.run('create-document', async () => {
      this.assertWritable();
      const by = requireActor(request.by, 'a new document');
      const source = request.copy
        ? copySource((await this.readDocumentFile(request.copy.of)).file.meta, request.copy.content)
        : request.templateId !== undefined
          ? await this.fromTemplate(request.templateId)
          : blankDocument(request.blank, request.title);
      const { frontMatter } = source;
      const prefix = this.project.numbering.prefixes[frontMatter.documentType];
      if (!prefix) {
        throw new DomainError('invalid-request', `The project has no number prefix for ${frontMatter.documentType} documents.`);
      }
      const used = await this.usedDocumentIds();
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
      // A document with no history is no record: if its first line cannot be written, the file goes.
      await Rollback.run(async (rollback) => {
        rollback.add(() => this.restoreDocument(meta.id, null));
        await appendHistory(this.folder, {
          at: saved.savedAt,
          by,
          document: meta.id,
          event: 'created',
          from: null,
          to: { status: 'draft', revision: meta.revision },
          note: request.copy
            ? `Copy of ${request.copy.of}, kept when the file on disk had changed (keep both)`
            : request.templateId !== undefined
              ? `From template ${frontMatter.id}`
              : frontMatter.clauses[0]
                ? `Blank document for clause ${frontMatter.clauses[0]}`
                : 'Blank document',
        });
      });
      return saved;
    });
  }

  private async fromTemplate(templateId: string): Promise<DocumentSource> {
    const template = await this.templates.get(templateId);
    return { frontMatter: template.frontMatter, content: template.compiled.content };
  }

  /** The number the next document of a type will get (it may still change if another program takes it first). */
  async nextDocumentNumber(type: DocumentType): Promise<string | null> {
    const prefix = this.project.numbering.prefixes[type];
    return prefix ? nextDocumentId(prefix, await this.usedDocumentIds()) : null;
  }

  /**
   * Changes a document's details under src-shared/control/details-rules: title and
   * clauses of an approved document start a new revision, every change is recorded.
   */
  updateDetails(id: string, change: DetailsChange, baseVersion: string, by: string): Promise<SavedDocument> {
    return this.writes.run(id, async () => {
      this.assertWritable();
      const actor = requireActor(by, 'a change of details');
      const { file, version, extras, bytes } = await this.readDocumentFile(id);
      if (version !== baseVersion) {
        throw new DomainError(
          'conflict',
          `${id} was changed on disk after you opened it (by another window or program); its details were not changed.`,
        );
      }
      const plan = planDetailsChange(file.meta, change, actor, this.project.revisionScheme);
      if (!plan.ok) throw new DomainError('invalid-request', plan.reason);
      if (!plan.changed)
        return {
          version,
          savedAt: new Date().toISOString(),
          meta: file.meta,
          tailoring: await this.tailoringOf(file.meta, file.content),
        };
      return Rollback.run(async (rollback) => {
        const saved = await this.writeDocument({ ...file, schemaVersion: CURRENT_SCHEMA_VERSION, meta: plan.meta }, extras);
        rollback.add(() => this.restoreDocument(id, bytes));
        for (const entry of plan.history) rollback.add(await appendHistory(this.folder, { at: saved.savedAt, ...entry }));
        return saved;
      });
    });
  }

  /**
   * Saves a document as a template of this project (templates/<id>.md), in the library's
   * format. An id already in the library is refused: templates are never overwritten.
   */
  async saveAsTemplate(id: string, details: TemplateDetails): Promise<{ file: string }> {
    this.assertWritable();
    const { file } = await this.readDocumentFile(id);
    return writeProjectTemplate(this.folder, this.templates, file, details);
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
    const text = stableStringify(withUnknownFields(documentFileSchema, extras.raw, file));
    const relative = documentFilePath(file.meta.id);
    const version = fileVersion(text);
    // Known before the file changes, so the watcher never mistakes this write for someone else's.
    this.ownVersions.set(relative, version);
    if (createOnly) await writeNewFileAtomic(join(this.folder, relative), text);
    else await writeFileAtomic(join(this.folder, relative), text);
    return {
      version,
      savedAt: new Date().toISOString(),
      meta: file.meta,
      tailoring: await this.tailoringOf(file.meta, file.content),
    };
  }

  private async readDocumentFile(
    id: string,
  ): Promise<{ file: DocumentFile; version: string; extras: DocumentExtras; bytes: string }> {
    const relative = documentFilePath(id);
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
    return { file: parsed.value, version, extras: { raw: parsed.raw }, bytes };
  }

  /** Puts a document file back as it was read, when the operation that changed it could not be completed. */
  private async restoreDocument(id: string, bytes: string | null): Promise<void> {
    const relative = documentFilePath(id);
    if (bytes === null) {
      await rm(join(this.folder, relative), { force: true });
      return;
    }
    this.ownVersions.set(relative, fileVersion(bytes));
    await writeFileAtomic(join(this.folder, relative), bytes);
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

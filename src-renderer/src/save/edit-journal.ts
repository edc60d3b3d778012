import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import { stableJsonLine } from '../../../src-shared/json/stable-stringify';
import type { WorkbenchDatabase } from '../db/database';

/**
 * One document's edits that may not be on disk yet. Written a moment after the user
 * stops typing, removed once a save has them, offered back when the document is
 * opened again after a crash.
 */
export interface JournalEntry {
  /** The project folder: the same document id means another document in another project. */
  folder: string;
  documentId: string;
  /** The document's title then, for the recovery dialog. */
  title: string;
  content: SerializedContent;
  /** The file version the edits were made on; a save of them is based on it. */
  baseVersion: string;
  /** When the entry was written, as an ISO date-time. */
  changedAt: string;
  /** The editor that wrote it, and how many changes it had seen then: a save removes only what it covered. */
  writer: string;
  seq: number;
}

export type NewJournalEntry = Omit<JournalEntry, 'folder' | 'changedAt'>;

/** What the journal asks of an open editor that writes to it. */
export interface JournalWriter {
  readonly documentId: string;
  /** The document's edits were discarded by the user: nothing pending may be written back. */
  stop(): void;
}

/** Whether two contents are the same document, whatever the order of their keys. */
export function sameContent(a: SerializedContent, b: SerializedContent): boolean {
  return stableJsonLine(a) === stableJsonLine(b);
}

/**
 * The edit journal of one project folder, in the renderer's IndexedDB. Its writes run
 * one after another, so a removal never overtakes the write queued before it.
 */
export class EditJournal {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly writers = new Set<JournalWriter>();

  constructor(
    private readonly db: WorkbenchDatabase,
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Keeps (or replaces) the entry of a document. */
  record(entry: NewJournalEntry): Promise<void> {
    return this.run(async () => {
      await this.db.journal.put({ ...entry, folder: this.folder, changedAt: this.now().toISOString() });
    });
  }

  /** The entry of a document, once every write queued before has landed. */
  get(documentId: string): Promise<JournalEntry | undefined> {
    return this.run(() => this.db.journal.get([this.folder, documentId]));
  }

  /** Every entry of this project, newest first. */
  list(): Promise<JournalEntry[]> {
    return this.run(async () => {
      const entries = await this.db.journal.where('folder').equals(this.folder).toArray();
      return entries.sort((a, b) => b.changedAt.localeCompare(a.changedAt));
    });
  }

  /**
   * A save put the writer's first `seq` changes on disk: the entry goes, unless that
   * writer recorded a later change meanwhile (then it is still the only copy of it).
   */
  settle(documentId: string, writer: string, seq: number): Promise<void> {
    return this.run(() =>
      this.db.transaction('rw', this.db.journal, async () => {
        const entry = await this.db.journal.get([this.folder, documentId]);
        if (!entry || (entry.writer === writer && entry.seq > seq)) return;
        await this.db.journal.delete([this.folder, documentId]);
      }),
    );
  }

  /** The user chose to drop a document's unsaved edits (or they were kept another way). */
  discard(documentId: string): Promise<void> {
    for (const writer of this.writers) if (writer.documentId === documentId) writer.stop();
    return this.run(() => this.db.journal.delete([this.folder, documentId]));
  }

  /** An open editor registers, so discarding its document also stops what it has pending. */
  attach(writer: JournalWriter): () => void {
    this.writers.add(writer);
    return () => this.writers.delete(writer);
  }

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.queue.then(operation);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

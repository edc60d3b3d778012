import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { EditJournal, JournalWriter } from './edit-journal';

/** The journal is written this long after the last change: soon, but not on every keystroke. */
export const JOURNAL_DELAY_MS = 300;
/** Typing without a pause still reaches the journal this often. */
export const JOURNAL_MAX_WAIT_MS = 2000;

export interface JournalRecorderOptions {
  journal: EditJournal;
  documentId: string;
  title: () => string;
  /** Serialises the editor: called at most once per pause, never per keystroke. */
  read: () => SerializedContent;
  /** The file version the editor's edits are based on now. */
  baseVersion: () => string;
  delayMs?: number;
  maxWaitMs?: number;
}

/** A name for each editor that writes to the journal, unique across tabs and restarts. */
function newWriterId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Puts one open editor's edits in the journal. A keystroke only counts and re-arms a
 * timer; the content is serialised once the user pauses. A save that covers every
 * change removes the entry.
 */
export class JournalRecorder implements JournalWriter {
  readonly documentId: string;
  readonly writer = newWriterId();
  private seq = 0;
  private recorded: { seq: number; base: string } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet journalled was made. */
  private pendingSince: number | null = null;
  private stopped = false;

  constructor(private readonly options: JournalRecorderOptions) {
    this.documentId = options.documentId;
  }

  /** The user changed the document. Cheap: no serialisation here. */
  noteChange(): void {
    if (this.stopped) return;
    this.seq += 1;
    const now = Date.now();
    const since = this.pendingSince ?? now;
    const latest = since + (this.options.maxWaitMs ?? JOURNAL_MAX_WAIT_MS) - now;
    this.clearTimer();
    this.pendingSince = since;
    this.timer = setTimeout(() => void this.flushNow(), Math.max(0, Math.min(this.options.delayMs ?? JOURNAL_DELAY_MS, latest)));
  }

  /** How many changes this editor has seen: what a save about to start covers. */
  get changes(): number {
    return this.seq;
  }

  /**
   * Writes the pending changes now (the page is going away, the base version moved).
   * The serialisation is synchronous, so the write is queued before the page can unload.
   */
  flushNow(): Promise<void> {
    this.clearTimer();
    if (this.stopped || this.seq === 0) return Promise.resolve();
    const base = this.options.baseVersion();
    if (this.recorded && this.recorded.seq === this.seq && this.recorded.base === base) return Promise.resolve();
    this.recorded = { seq: this.seq, base };
    return this.options.journal.record({
      documentId: this.documentId,
      title: this.options.title(),
      content: this.options.read(),
      baseVersion: base,
      writer: this.writer,
      seq: this.seq,
    });
  }

  /**
   * The first `upTo` changes are on disk. When nothing newer came in, the entry goes;
   * otherwise the newer changes are kept against the new base version.
   */
  saved(upTo: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (upTo < this.seq) return this.flushNow();
    this.clearTimer();
    this.recorded = null;
    return this.options.journal.settle(this.documentId, this.writer, upTo);
  }

  /** The editor's base version moved (a save of earlier changes): the entry follows it. */
  rebase(): Promise<void> {
    if (!this.recorded || this.recorded.base === this.options.baseVersion()) return Promise.resolve();
    return this.flushNow();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pendingSince = null;
  }
}

import type { ApiError, Result } from '../../../src-shared/api/result';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  /** The write could not reach the program; the edits wait in the journal and saving retries by itself. */
  | { kind: 'offline'; message: string }
  | { kind: 'failed'; error: ApiError };

export interface SaveControllerOptions<Content> {
  /** The file version the editor's content is based on. */
  version: string;
  /** How long after the last keystroke the document saves by itself. */
  idleDelayMs: number;
  read: () => Content;
  write: (content: Content, baseVersion: string) => Promise<Result<{ version: string; savedAt: string }>>;
  /** Waits between retries while the program cannot be reached; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

/** Soon at first (a server restart takes a second or two), then no more than twice a minute. */
export const OFFLINE_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15000, 30000];

type SaveStateListener = (state: SaveState) => void;

/** What a component that shows the save state needs of the controller. */
export interface SaveStateSource {
  readonly current: SaveState;
  subscribe(listener: SaveStateListener): () => void;
}

/** Whether a reader would tell two states apart; a second "unsaved" after a keystroke is not news. */
function sameState(a: SaveState, b: SaveState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'saved' && b.kind === 'saved') return a.at === b.at;
  return a.kind === 'unsaved' || a.kind === 'saving' || a.kind === 'offline';
}

/**
 * When an open document is written: a moment after the user stops typing, at once
 * on Ctrl/Cmd+S, and before the document is closed. One write at a time; edits
 * made during a write are saved right after it. A conflict stops all saving, so
 * the user's text stays in the editor and nothing on disk is overwritten.
 */
export class SaveController<Content> implements SaveStateSource {
  private version: string;
  private state: SaveState = { kind: 'saved', at: null };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private offlineAttempts = 0;
  private inFlight: Promise<void> | null = null;
  private changedSinceWrite = false;
  private readonly listeners = new Set<SaveStateListener>();

  constructor(private readonly options: SaveControllerOptions<Content>) {
    this.version = options.version;
  }

  get current(): SaveState {
    return this.state;
  }

  /**
   * Calls `listener` whenever the state changes (not on every keystroke: typing into an
   * unsaved document is no change). Only what shows the state subscribes, so typing does
   * not re-render the rest of the window. Returns the unsubscribe function.
   */
  subscribe(listener: SaveStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The file version the next save will be based on. */
  get currentVersion(): string {
    return this.version;
  }

  /** A write is on its way to disk. */
  get isSaving(): boolean {
    return this.inFlight !== null;
  }

  get hasUnsavedChanges(): boolean {
    return (
      this.changedSinceWrite || this.state.kind === 'unsaved' || this.state.kind === 'failed' || this.state.kind === 'offline'
    );
  }

  /** The user changed the document. */
  markChanged(): void {
    if (this.state.kind === 'conflict') return;
    this.changedSinceWrite = true;
    // Offline stays offline until a write gets through: "Unsaved changes" would hide why.
    if (this.state.kind !== 'saving' && this.state.kind !== 'offline') this.setState({ kind: 'unsaved' });
    this.clearTimer();
    this.timer = setTimeout(() => void this.saveNow(), this.options.idleDelayMs);
  }

  /** What the editor holds now, as a save would write it (for "keep both"). */
  readContent(): Content {
    return this.options.read();
  }

  /** Save now (Ctrl/Cmd+S, closing the document). Resolves when the content is on disk or saving failed. */
  async saveNow(): Promise<void> {
    this.clearTimer();
    this.clearRetry();
    if (this.state.kind === 'conflict') return;
    if (this.inFlight) {
      await this.inFlight;
      if (this.changedSinceWrite) return this.saveNow();
      return;
    }
    if (!this.changedSinceWrite) return;
    this.inFlight = this.writeOnce();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  /**
   * The user chose to keep the text in the editor after a conflict: base the next
   * save on the version now on disk and write it. This is the only way a conflict
   * ends in an overwrite, and it takes the user's explicit choice.
   */
  async keepMine(diskVersion: string): Promise<void> {
    if (this.state.kind !== 'conflict') return;
    this.version = diskVersion;
    this.changedSinceWrite = true;
    this.setState({ kind: 'unsaved' });
    await this.saveNow();
  }

  /**
   * Another write of the same file changed only its metadata (new details): the content
   * the editor holds is still what is on disk, so the next save is based on the new version.
   */
  rebase(version: string): void {
    this.version = version;
  }

  dispose(): void {
    this.clearTimer();
    this.clearRetry();
    this.listeners.clear();
  }

  private async writeOnce(): Promise<void> {
    this.changedSinceWrite = false;
    // A retry while offline stays "Offline" rather than flicker to "Saving…" and back.
    if (this.state.kind !== 'offline') this.setState({ kind: 'saving' });
    let result: Result<{ version: string; savedAt: string }>;
    try {
      result = await this.options.write(this.options.read(), this.version);
    } catch (error) {
      // A transport that throws (a broken IPC channel) did not reach the program: nothing was saved.
      result = { ok: false, error: { code: 'offline', message: (error as Error)?.message ?? String(error) } };
    }
    if (result.ok) {
      this.offlineAttempts = 0;
      this.version = result.value.version;
      // Edits typed during the write keep their own idle timer running.
      this.setState(this.changedSinceWrite ? { kind: 'unsaved' } : { kind: 'saved', at: result.value.savedAt });
      return;
    }
    this.changedSinceWrite = true;
    if (result.error.code === 'offline') {
      this.setState({ kind: 'offline', message: result.error.message });
      this.scheduleRetry();
      return;
    }
    this.offlineAttempts = 0;
    if (result.error.code === 'conflict') this.setState({ kind: 'conflict', message: result.error.message });
    else this.setState({ kind: 'failed', error: result.error });
  }

  private scheduleRetry(): void {
    const delays = this.options.retryDelaysMs ?? OFFLINE_RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.offlineAttempts, delays.length - 1)] ?? 30_000;
    this.offlineAttempts += 1;
    this.clearRetry();
    this.retryTimer = setTimeout(() => void this.saveNow(), delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    if (sameState(this.state, state)) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}

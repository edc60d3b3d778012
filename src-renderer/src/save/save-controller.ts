import type { ApiError, Result } from '../../../src-shared/api/result';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; error: ApiError };

export interface SaveControllerOptions<Content> {
  /** The file version the editor's content is based on. */
  version: string;
  /** How long after the last keystroke the document saves by itself. */
  idleDelayMs: number;
  read: () => Content;
  write: (content: Content, baseVersion: string) => Promise<Result<{ version: string; savedAt: string }>>;
}

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
  return a.kind === 'unsaved' || a.kind === 'saving';
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
    return this.changedSinceWrite || this.state.kind === 'unsaved' || this.state.kind === 'failed';
  }

  /** The user changed the document. */
  markChanged(): void {
    if (this.state.kind === 'conflict') return;
    this.changedSinceWrite = true;
    if (this.state.kind !== 'saving') this.setState({ kind: 'unsaved' });
    this.clearTimer();
    this.timer = setTimeout(() => void this.saveNow(), this.options.idleDelayMs);
  }

  /** Save now (Ctrl/Cmd+S, closing the document). Resolves when the content is on disk or saving failed. */
  async saveNow(): Promise<void> {
    this.clearTimer();
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
    this.listeners.clear();
  }

  private async writeOnce(): Promise<void> {
    this.changedSinceWrite = false;
    this.setState({ kind: 'saving' });
    let result: Result<{ version: string; savedAt: string }>;
    try {
      result = await this.options.write(this.options.read(), this.version);
    } catch (error) {
      // A transport that throws (a broken IPC channel) must not pass for a save.
      result = { ok: false, error: { code: 'internal', message: (error as Error)?.message ?? String(error) } };
    }
    if (result.ok) {
      this.version = result.value.version;
      // Edits typed during the write keep their own idle timer running.
      this.setState(this.changedSinceWrite ? { kind: 'unsaved' } : { kind: 'saved', at: result.value.savedAt });
      return;
    }
    this.changedSinceWrite = true;
    if (result.error.code === 'conflict') this.setState({ kind: 'conflict', message: result.error.message });
    else this.setState({ kind: 'failed', error: result.error });
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

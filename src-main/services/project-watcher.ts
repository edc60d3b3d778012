import { type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExternalChange } from '../../src-shared/api/contract';
import { DOCUMENTS_DIR, documentIdSchema, PROJECT_FILE_NAME } from '../../src-shared/project/schema';
import { isTemporaryFileName } from './atomic-write';
import { fileVersion } from './file-version';

/** How long to let a burst of file events settle (a sync client writes in pieces). */
const SETTLE_MS = 150;

function isDocumentFileName(name: string): boolean {
  return name.endsWith('.json') && !isTemporaryFileName(name);
}

interface LoggedChange extends ExternalChange {
  seq: number;
}

/**
 * Notices changes made to the project folder by anything else while it is open (a
 * sync client, git, another editor) and hands them out by sequence number, so a
 * long-polling caller gets each change once. The program's own writes are told apart
 * by the file versions the store last read or wrote.
 */
export class ProjectWatcher {
  private cursor = 0;
  private readonly log: LoggedChange[] = [];
  private readonly watchers: FSWatcher[] = [];
  private readonly watched = new Set<string>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastSeen = new Map<string, string | null>();
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly folder: string,
    private readonly ownVersions: ReadonlyMap<string, string>,
  ) {}

  start(): this {
    this.watchFolder('', (name) => name === PROJECT_FILE_NAME || name === DOCUMENTS_DIR);
    this.watchFolder(DOCUMENTS_DIR, isDocumentFileName);
    return this;
  }

  /** Changes after `after`; waits up to `timeoutMs` for one when there is none yet. */
  async changesAfter(after: number, timeoutMs: number): Promise<{ cursor: number; changes: ExternalChange[] }> {
    if (after > this.cursor) after = 0; // the program restarted; the caller's cursor is from before
    if (!this.log.some((change) => change.seq > after) && !this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        const waiters = this.waiters;
        function done() {
          clearTimeout(timer);
          resolve();
        }
        waiters.push(done);
      });
    }
    const changes = this.log.filter((change) => change.seq > after).map(({ file, document }) => ({ file, document }));
    return { cursor: this.cursor, changes };
  }

  close(): void {
    this.closed = true;
    for (const watcher of this.watchers) watcher.close();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.wake();
  }

  private watchFolder(relative: string, accepts: (name: string) => boolean): void {
    if (this.watched.has(relative) || this.closed) return;
    try {
      const watcher = watch(join(this.folder, relative), (_event, name) => {
        if (!name || !accepts(name)) return;
        if (relative === '' && name === DOCUMENTS_DIR) {
          // The documents folder may appear later (a new project, a git checkout).
          this.watchFolder(DOCUMENTS_DIR, isDocumentFileName);
          return;
        }
        this.schedule(relative ? `${relative}/${name}` : name);
      });
      this.watched.add(relative);
      watcher.on('error', () => {
        watcher.close();
        this.watched.delete(relative);
      });
      this.watchers.push(watcher);
    } catch {
      // The folder does not exist (yet); the root watcher picks it up when it appears.
    }
  }

  private schedule(file: string): void {
    const previous = this.pending.get(file);
    if (previous) clearTimeout(previous);
    this.pending.set(
      file,
      setTimeout(() => {
        this.pending.delete(file);
        void this.inspect(file);
      }, SETTLE_MS),
    );
  }

  private async inspect(file: string): Promise<void> {
    const version = await readFile(join(this.folder, file)).then(fileVersion, () => null);
    if (this.closed || this.lastSeen.get(file) === version) return;
    this.lastSeen.set(file, version);
    if (version !== null && this.ownVersions.get(file) === version) return;
    const name = file.startsWith(`${DOCUMENTS_DIR}/`) ? file.slice(DOCUMENTS_DIR.length + 1).replace(/\.json$/, '') : null;
    const document = name && documentIdSchema.safeParse(name).success ? name : null;
    this.cursor += 1;
    this.log.push({ seq: this.cursor, file, document });
    if (this.log.length > 500) this.log.splice(0, this.log.length - 500);
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const done of waiters) done();
  }
}

import { readFileSync, rmSync } from 'node:fs';
import { type FileHandle, open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import { LOCK_FILE_NAME } from '../../src-shared/project/schema';

/** Who holds a project: the content of `<project>/.qms-lock`. */
export interface LockHolder {
  pid: number;
  hostname: string;
  program: string;
  startedAt: string;
}

/** A lock this process holds. Release it when the project is closed. */
export interface ProjectLock {
  folder: string;
  release(): Promise<void>;
  /** Called once if another program took the lock over (this one was judged stale). */
  onLost?: (() => void) | undefined;
}

export type LockResult = { acquired: true; lock: ProjectLock } | { acquired: false; holder: LockHolder; message: string };

export interface AcquireLockOptions {
  /** Name shown to whoever finds the project locked, e.g. "QMS Workbench" or "qms CLI". */
  program: string;
  /** How often the lock file's mtime is refreshed while held. */
  heartbeatMs?: number;
  /** A lock from another host (or an unreadable one) whose mtime is older than this is abandoned. */
  staleAfterMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

const DEFAULT_HEARTBEAT_MS = 30_000;
const DEFAULT_STALE_AFTER_MS = 2 * 60_000;
// Each round either wins, finds a live holder, or clears one stale file; more rounds than
// this means files keep appearing and vanishing, which is better reported than looped on.
const MAX_ATTEMPTS = 10;
// A racing creator opens the file before it writes the content, so an empty file may be a
// lock being born: read it again a few times before calling it garbage.
const PARTIAL_READ_RETRIES = 3;
const PARTIAL_READ_DELAY_MS = 25;

const UNKNOWN_HOLDER: LockHolder = { pid: 0, hostname: 'unknown', program: 'unknown', startedAt: 'unknown' };

const holderSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string().min(1),
  program: z.string(),
  startedAt: z.string(),
});

export function lockFilePath(folder: string): string {
  return join(folder, LOCK_FILE_NAME);
}

/**
 * Take the project folder for writing. Refuses (acquired: false, with a message for the
 * user) when another program, process or window holds it; takes over a lock whose holder
 * is gone.
 */
export async function acquireProjectLock(folder: string, options: AcquireLockOptions): Promise<LockResult> {
  const now = options.now ?? Date.now;
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const path = lockFilePath(folder);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const mine: LockHolder = {
      pid: process.pid,
      hostname: osHostname(),
      program: options.program,
      startedAt: new Date(now()).toISOString(),
    };
    if (await createExclusive(path, stableStringify(mine))) {
      return { acquired: true, lock: new HeldLock(folder, path, mine, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS, now) };
    }

    const found = await inspect(path);
    if (found === null) continue; // Released between our create and our read: try again.

    const verdict = judge(found, now(), staleAfterMs);
    if (verdict.held) {
      return { acquired: false, holder: verdict.holder, message: lockedMessage(folder, verdict.holder) };
    }
    await clearStale(path, found);
  }
  throw new Error(`Could not lock ${folder}: its lock file ${LOCK_FILE_NAME} keeps changing. Try again in a moment.`);
}

/** Who holds the project now, for `qms check`; null when nobody does or the file cannot be read. */
export async function readLockHolder(folder: string): Promise<LockHolder | null> {
  let text: string;
  try {
    text = await readFile(lockFilePath(folder), 'utf8');
  } catch {
    return null;
  }
  return parseHolder(text);
}

/** Exclusive create: of two racing processes exactly one gets true. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    // An empty lock we could not fill would block others for staleAfterMs: remove it.
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

interface FoundLock {
  /** Raw bytes, to recognise the very same file after moving it aside. */
  text: string | null;
  holder: LockHolder | null;
  mtimeMs: number;
  dev: bigint;
  ino: bigint;
}

async function inspect(path: string): Promise<FoundLock | null> {
  for (let retry = 0; ; retry++) {
    let info: Awaited<ReturnType<typeof statBig>>;
    let text: string | null;
    try {
      info = await statBig(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      text = null; // Unreadable (a folder, no permission): judged like garbage.
    }
    const holder = text === null ? null : parseHolder(text);
    if (holder === null && text !== null && retry < PARTIAL_READ_RETRIES && isYoung(info.mtimeMs)) {
      await delay(PARTIAL_READ_DELAY_MS);
      continue;
    }
    return { text, holder, mtimeMs: Number(info.mtimeMs), dev: info.dev, ino: info.ino };
  }
}

function isYoung(mtimeMs: bigint): boolean {
  return Date.now() - Number(mtimeMs) < 2_000;
}

function statBig(path: string) {
  // bigint: on Windows the file index does not fit a double, and we compare it for identity.
  return stat(path, { bigint: true });
}

type Verdict = { held: true; holder: LockHolder } | { held: false };

function judge(found: FoundLock, nowMs: number, staleAfterMs: number): Verdict {
  const heartbeatAge = nowMs - found.mtimeMs;
  const holder = found.holder;
  if (holder === null) {
    return heartbeatAge > staleAfterMs ? { held: false } : { held: true, holder: UNKNOWN_HOLDER };
  }
  if (holder.hostname === osHostname()) {
    // Our own pid means another window of this very process: it is not ours to reuse.
    if (holder.pid === process.pid) return { held: true, holder };
    return isProcessAlive(holder.pid) ? { held: true, holder } : { held: false };
  }
  // Another machine on a shared drive: we cannot see its processes, only its heartbeat.
  return heartbeatAge > staleAfterMs ? { held: false } : { held: true, holder };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) !== 'ESRCH';
  }
}

/** A takeover guard older than this was left by a process that died mid-takeover. */
const GUARD_STALE_MS = 10_000;

/**
 * Remove a stale lock without ever removing a fresh one. Only the process holding the
 * takeover guard (an exclusive-create file beside the lock) may delete the lock, and
 * only if it is still the very file that was judged stale; everyone else waits and
 * looks again. Creating a lock needs no guard: the exclusive create alone picks one
 * winner once the stale file is gone.
 */
async function clearStale(path: string, judged: FoundLock): Promise<void> {
  const guard = `${path}.takeover`;
  let handle: FileHandle;
  try {
    handle = await open(guard, 'wx');
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const info = await stat(guard).catch(() => null);
    if (info && Date.now() - info.mtimeMs > GUARD_STALE_MS) await rm(guard, { force: true });
    else await delay(PARTIAL_READ_DELAY_MS);
    return;
  }
  await handle.close();
  try {
    const now = await inspect(path);
    const same =
      now !== null &&
      now.text === judged.text &&
      now.mtimeMs === judged.mtimeMs &&
      // Some file systems report no inode numbers (0): then content and mtime must do.
      (now.ino === 0n || (now.ino === judged.ino && now.dev === judged.dev));
    if (same) await rm(path, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** One sentence for the UI and the CLI. */
function lockedMessage(folder: string, holder: LockHolder): string {
  if (holder === UNKNOWN_HOLDER) {
    return `${folder} is locked by another program (its ${LOCK_FILE_NAME} file cannot be read). Open it read-only, or close the other program first.`;
  }
  const since = formatLocalTime(holder.startedAt);
  const where = `process ${holder.pid} on ${holder.hostname} since ${since}`;
  if (holder.pid === process.pid && holder.hostname === osHostname()) {
    return `${folder} is already open in another window of ${holder.program} (${where}). Open it read-only, or close that window first.`;
  }
  return `${folder} is open in ${holder.program} (${where}). Open it read-only, or close the other program first.`;
}

function formatLocalTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Locks still held when the process exits. One listener for all of them, so holding many
// projects does not trip Node's max-listeners warning.
const heldLocks = new Set<HeldLock>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: async work would never run.
  process.on('exit', () => {
    for (const lock of heldLocks) lock.releaseSync();
  });
}

class HeldLock implements ProjectLock {
  onLost?: (() => void) | undefined;
  private readonly timer: NodeJS.Timeout;
  private beating = false;
  private released: Promise<void> | null = null;

  constructor(
    readonly folder: string,
    private readonly path: string,
    private readonly mine: LockHolder,
    heartbeatMs: number,
    private readonly now: () => number,
  ) {
    this.timer = setInterval(() => void this.beat(), heartbeatMs);
    // The heartbeat alone must not keep a CLI run alive.
    this.timer.unref();
    heldLocks.add(this);
    installExitHook();
  }

  release(): Promise<void> {
    this.released ??= this.releaseOnce();
    return this.released;
  }

  releaseSync(): void {
    this.stop();
    try {
      if (this.isMine(readFileSync(this.path, 'utf8'))) rmSync(this.path, { force: true });
    } catch {
      // Already gone or unreadable: nothing of ours to remove.
    }
  }

  private async releaseOnce(): Promise<void> {
    this.stop();
    const text = await readFile(this.path, 'utf8').catch(() => null);
    // Someone may have taken over a lock we let go stale; theirs is not ours to delete.
    if (text !== null && this.isMine(text)) await rm(this.path, { force: true });
  }

  private stop(): void {
    clearInterval(this.timer);
    heldLocks.delete(this);
  }

  private async beat(): Promise<void> {
    if (this.beating) return; // A slow network drive: don't pile up refreshes.
    this.beating = true;
    try {
      const text = await readFile(this.path, 'utf8');
      if (!this.isMine(text)) {
        // Taken over (we were judged stale): stop refreshing someone else's lock, and say so.
        this.stop();
        this.onLost?.();
        return;
      }
      const time = new Date(this.now());
      await utimes(this.path, time, time);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        this.stop();
        this.onLost?.();
      }
      // Other errors (a drive briefly away) are retried on the next beat.
    } finally {
      this.beating = false;
    }
  }

  private isMine(text: string): boolean {
    const holder = parseHolder(text);
    return holder !== null && holder.pid === this.mine.pid && holder.startedAt === this.mine.startedAt;
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : undefined;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  acquireProjectLock,
  type LockHolder,
  type LockResult,
  type ProjectLock,
  readLockHolder,
} from '../../../../src-main/services/project-lock';
import { stableStringify } from '../../../../src-shared/json/stable-stringify';
import { REPO_ROOT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../support/timeouts';

const PROGRAM = 'QMS Workbench';
const LOCK_MODULE = join(REPO_ROOT, 'src-main', 'services', 'project-lock.ts');

function lockPath(dir: string): string {
  return join(dir, '.qms-lock');
}

async function writeLock(dir: string, holder: LockHolder, mtime?: Date): Promise<void> {
  await writeFile(lockPath(dir), stableStringify(holder));
  if (mtime) await utimes(lockPath(dir), mtime, mtime);
}

async function readLockFile(dir: string): Promise<unknown> {
  return JSON.parse(await readFile(lockPath(dir), 'utf8'));
}

function minutesAgo(minutes: number): Date {
  return new Date(Date.now() - minutes * 60_000);
}

function expectAcquired(result: LockResult): ProjectLock {
  if (!result.acquired) throw new Error(`expected the lock, got: ${result.message}`);
  return result.lock;
}

function expectRefused(result: LockResult): { holder: LockHolder; message: string } {
  if (result.acquired) throw new Error('expected the lock to be refused');
  return result;
}

/** Locks taken in a test, released afterwards so no heartbeat timer outlives it. */
function trackLocks() {
  const locks: ProjectLock[] = [];
  return {
    keep(result: LockResult): LockResult {
      if (result.acquired) locks.push(result.lock);
      return result;
    },
    releaseAll: () => Promise.all(locks.splice(0).map((lock) => lock.release())),
  };
}

function spawnNode(args: string[], stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  return spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: [stdin, 'pipe', 'pipe'] });
}

/** Lines a child prints, awaited one count at a time. */
function collectOutput(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  const lines = () => stdout.split('\n').filter((line) => line.trim() !== '');
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.on('exit', () => {
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    stderr: () => stderr,
    async lines(count: number): Promise<string[]> {
      while (lines().length < count) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`child exited early; stdout: ${stdout} stderr: ${stderr}`);
        }
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      return lines();
    },
  };
}

async function runToEnd(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr };
}

async function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** A pid that surely belonged to a process on this host and is now free. */
async function deadPid(): Promise<number> {
  const { stdout } = await runToEnd(spawnNode(['-e', 'console.log(process.pid)']));
  return Number(stdout.trim());
}

/** A TypeScript script run in its own Node process (through tsx) that uses the lock module. */
async function writeChildScript(dir: string, body: string): Promise<string> {
  const script = join(dir, 'child.mts');
  await writeFile(script, `import { acquireProjectLock } from ${JSON.stringify(pathToFileURL(LOCK_MODULE).href)};\n${body}\n`);
  return script;
}

// Some of these tests start Node processes (a dead pid, a live holder, racing processes).
describe('acquireProjectLock', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  it('writes .qms-lock with pid, hostname, program and start time on a fresh folder', async () => {
    const dir = await tempDir();
    const startedAt = Date.UTC(2026, 10, 26, 9, 42);
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM, now: () => startedAt }));
    try {
      expect(lock.folder).toBe(dir);
      const expected = { pid: process.pid, hostname: hostname(), program: PROGRAM, startedAt: '2026-11-26T09:42:00.000Z' };
      expect(await readFile(lockPath(dir), 'utf8')).toBe(stableStringify(expected));
      expect(await readLockHolder(dir)).toEqual(expected);
    } finally {
      await lock.release();
    }
  });

  it('refuses a second acquire in the same process (another window) and names the holder', async () => {
    const dir = await tempDir();
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    try {
      const refused = expectRefused(await acquireProjectLock(dir, { program: 'Second window' }));
      expect(refused.holder).toMatchObject({ pid: process.pid, hostname: hostname(), program: PROGRAM });
      expect(refused.message).toContain(dir);
      expect(refused.message).toContain(PROGRAM);
      expect(refused.message).toContain(`process ${process.pid}`);
      expect(refused.message).toMatch(/Open it read-only/);
      expect(await readLockHolder(dir)).toMatchObject({ program: PROGRAM });
    } finally {
      await lock.release();
    }
  });

  it('release removes the lock file, can be called twice, and lets the folder be locked again', async () => {
    const dir = await tempDir();
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    await lock.release();
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
    expect(await readLockHolder(dir)).toBeNull();
    const again = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    await again.release();
  });

  it('release leaves alone a lock file that someone else holds by now', async () => {
    const dir = await tempDir();
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    const other: LockHolder = { pid: 4242, hostname: 'host-b', program: 'qms CLI', startedAt: new Date().toISOString() };
    await writeLock(dir, other);
    await lock.release();
    expect(await readLockFile(dir)).toEqual(other);
  });

  it('takes over a lock left by a process on this host that has exited', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await writeLock(dir, { pid, hostname: hostname(), program: 'Crashed', startedAt: new Date().toISOString() });
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    try {
      expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid, program: PROGRAM });
      // The stale file was moved aside and removed, not left beside the new lock.
      expect(await readdir(dir)).toEqual(['.qms-lock']);
    } finally {
      await lock.release();
    }
  });

  it('refuses a lock held by a live process on this host, and takes it over once that process is gone', async () => {
    const dir = await tempDir();
    const child = spawnNode(['-e', 'setTimeout(()=>{},30000)']);
    try {
      const pid = child.pid as number;
      await writeLock(dir, { pid, hostname: hostname(), program: 'Other instance', startedAt: new Date().toISOString() });
      const refused = expectRefused(await acquireProjectLock(dir, { program: PROGRAM }));
      expect(refused.holder).toMatchObject({ pid, program: 'Other instance' });
      expect(refused.message).toMatch(/close the other program first/);

      await killAndWait(child);
      const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
      await lock.release();
    } finally {
      await killAndWait(child);
    }
  });

  it('refuses a lock from another host while its heartbeat is fresh', async () => {
    const dir = await tempDir();
    const holder: LockHolder = {
      pid: process.pid,
      hostname: 'host-a',
      program: 'QMS Workbench',
      startedAt: new Date().toISOString(),
    };
    await writeLock(dir, holder, minutesAgo(1));
    const refused = expectRefused(await acquireProjectLock(dir, { program: PROGRAM }));
    expect(refused.holder).toEqual(holder);
    expect(refused.message).toContain('on host-a');
    expect(await readLockFile(dir)).toEqual(holder);
  });

  it('takes over a lock from another host whose heartbeat is older than staleAfterMs', async () => {
    const dir = await tempDir();
    await writeLock(
      dir,
      { pid: 1, hostname: 'host-a', program: 'QMS Workbench', startedAt: '2026-01-01T00:00:00.000Z' },
      minutesAgo(3),
    );
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    try {
      expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid, hostname: hostname() });
    } finally {
      await lock.release();
    }
  });

  it('honours a custom staleAfterMs for locks from another host', async () => {
    const dir = await tempDir();
    await writeLock(
      dir,
      { pid: 1, hostname: 'host-a', program: 'QMS Workbench', startedAt: new Date().toISOString() },
      minutesAgo(1),
    );
    expectRefused(await acquireProjectLock(dir, { program: PROGRAM, staleAfterMs: 5 * 60_000 }));
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM, staleAfterMs: 30_000 }));
    await lock.release();
  });

  it('treats a fresh unreadable lock file as held by an unknown program', async () => {
    const dir = await tempDir();
    await writeFile(lockPath(dir), 'not json {');
    const refused = expectRefused(await acquireProjectLock(dir, { program: PROGRAM }));
    expect(refused.holder).toEqual({ pid: 0, hostname: 'unknown', program: 'unknown', startedAt: 'unknown' });
    expect(refused.message).toContain(dir);
    expect(refused.message).toMatch(/Open it read-only/);
    expect(await readFile(lockPath(dir), 'utf8')).toBe('not json {');
    expect(await readLockHolder(dir)).toBeNull();
  });

  it('takes over an unreadable lock file older than staleAfterMs', async () => {
    const dir = await tempDir();
    await writeFile(lockPath(dir), '{"pid": "twelve"}');
    await utimes(lockPath(dir), minutesAgo(3), minutesAgo(3));
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM }));
    try {
      expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid, program: PROGRAM });
    } finally {
      await lock.release();
    }
  });

  it('lets exactly one of several concurrent acquires in this process win', async () => {
    const dir = await tempDir();
    const locks = trackLocks();
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, n) => acquireProjectLock(dir, { program: `Window ${n}` }).then(locks.keep)),
      );
      expect(results.filter((result) => result.acquired)).toHaveLength(1);
    } finally {
      await locks.releaseAll();
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('never removes a lock that another process created after this one judged the old lock stale', async () => {
    const dir = await tempDir();
    await writeLock(dir, { pid: await deadPid(), hostname: hostname(), program: 'Crashed', startedAt: new Date().toISOString() });
    const newcomer: LockHolder = { pid: 4242, hostname: 'host-b', program: 'qms CLI', startedAt: new Date().toISOString() };
    // The clock is read once for startedAt and once while judging the lock it found; at that
    // second reading another process takes the stale lock over, before this one moves it aside.
    let reads = 0;
    const now = () => {
      reads += 1;
      if (reads === 2) {
        renameSync(lockPath(dir), join(dir, 'stale-taken-by-newcomer'));
        rmSync(join(dir, 'stale-taken-by-newcomer'));
        writeFileSync(lockPath(dir), stableStringify(newcomer));
      }
      return Date.now();
    };
    const refused = expectRefused(await acquireProjectLock(dir, { program: PROGRAM, now }));
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(refused.holder).toEqual(newcomer);
    expect(await readLockFile(dir)).toEqual(newcomer);
    expect(await readdir(dir)).toEqual(['.qms-lock']);
  });

  it('treats a running process on this host as alive, even one it may not signal (EPERM)', async () => {
    const dir = await tempDir();
    // pid 1 always exists; without root rights, signalling it fails with EPERM.
    await writeLock(dir, { pid: 1, hostname: hostname(), program: 'System service', startedAt: new Date().toISOString() });
    expect(expectRefused(await acquireProjectLock(dir, { program: PROGRAM })).holder.pid).toBe(1);
  });

  it('lets exactly one of several concurrent acquires take over a stale lock, leaving no stray files', async () => {
    const dir = await tempDir();
    await writeLock(dir, { pid: await deadPid(), hostname: hostname(), program: 'Crashed', startedAt: new Date().toISOString() });
    const locks = trackLocks();
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, n) => acquireProjectLock(dir, { program: `Window ${n}` }).then(locks.keep)),
      );
      expect(results.filter((result) => result.acquired)).toHaveLength(1);
      expect(await readdir(dir)).toEqual(['.qms-lock']);
      expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid });
    } finally {
      await locks.releaseAll();
    }
  });

  it('lets exactly one of several racing processes win', async () => {
    const dir = await tempDir();
    const project = join(dir, 'project');
    await mkdir(project);
    // Each racer waits for "go" on stdin so that all of them acquire at the same moment,
    // and holds its result until stdin closes so that no late racer finds the lock free.
    const script = await writeChildScript(
      dir,
      `import { once } from 'node:events';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
       console.log('ready');
       await once(process.stdin, 'data');
       const result = await acquireProjectLock(${JSON.stringify(project)}, { program: 'racer' });
       console.log(result.acquired ? 'won' : 'lost');
       process.stdin.resume();
       await once(process.stdin, 'end');
       if (result.acquired) await result.lock.release();`,
    );
    const children = Array.from({ length: 4 }, () => spawnNode(['--import', 'tsx', script], 'pipe'));
    try {
      const outputs = children.map(collectOutput);
      await Promise.all(outputs.map((output) => output.lines(1)));
      for (const child of children) child.stdin?.write('go\n');
      const answers = await Promise.all(outputs.map(async (output) => (await output.lines(2))[1]));
      expect(answers.sort()).toEqual(['lost', 'lost', 'lost', 'won']);
      for (const child of children) child.stdin?.end();
      const codes = await Promise.all(children.map(async (child) => (await once(child, 'exit'))[0]));
      expect(codes).toEqual([0, 0, 0, 0]);
      expect(outputs.map((output) => output.stderr())).toEqual(['', '', '', '']);
      expect(await readdir(project)).toEqual([]);
    } finally {
      await Promise.all(children.map(killAndWait));
    }
  });

  it('removes its lock file when the process exits without releasing', async () => {
    const dir = await tempDir();
    const project = join(dir, 'project');
    await mkdir(project);
    const script = await writeChildScript(
      dir,
      `const result = await acquireProjectLock(${JSON.stringify(project)}, { program: 'quitter' });
       console.log(result.acquired ? 'won' : 'lost');
       process.exit(0);`,
    );
    const child = spawnNode(['--import', 'tsx', script]);
    try {
      const run = await runToEnd(child);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('won');
      expect(await readdir(project)).toEqual([]);
    } finally {
      await killAndWait(child);
    }
  });

  it('refreshes the lock file mtime every heartbeatMs while held', async () => {
    const dir = await tempDir();
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM, heartbeatMs: 50 }));
    try {
      const old = minutesAgo(10);
      await utimes(lockPath(dir), old, old);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { mtimeMs } = await stat(lockPath(dir));
      expect(mtimeMs).toBeGreaterThan(Date.now() - 5_000);
    } finally {
      await lock.release();
    }
  });

  it('stops the heartbeat on release, so the lock file is never touched again', async () => {
    const dir = await tempDir();
    const lock = expectAcquired(await acquireProjectLock(dir, { program: PROGRAM, heartbeatMs: 20 }));
    const content = await readFile(lockPath(dir), 'utf8');
    await lock.release();
    // Put back the very bytes we held: a timer still running would take them for ours.
    const old = minutesAgo(10);
    await writeFile(lockPath(dir), content);
    await utimes(lockPath(dir), old, old);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await stat(lockPath(dir))).mtimeMs).toBeLessThan(old.getTime() + 1_000);
  });

  it('words the refusal as one sentence with program, process, host and local start time', async () => {
    const dir = await tempDir();
    const started = new Date(2026, 10, 26, 10, 42); // local time, as the message shows it
    await writeLock(dir, { pid: 1234, hostname: 'host-a', program: 'QMS Workbench', startedAt: started.toISOString() });
    const refused = expectRefused(await acquireProjectLock(dir, { program: PROGRAM }));
    expect(refused.message).toBe(
      `${dir} is open in QMS Workbench (process 1234 on host-a since 2026-11-26 10:42). Open it read-only, or close the other program first.`,
    );
  });
});

describe('readLockHolder', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  it('returns null when the folder has no lock file', async () => {
    expect(await readLockHolder(await tempDir())).toBeNull();
  });

  it('returns the holder written in the lock file', async () => {
    const dir = await tempDir();
    const holder: LockHolder = { pid: 77, hostname: 'host-c', program: 'qms CLI', startedAt: '2026-03-01T08:00:00.000Z' };
    await writeLock(dir, holder);
    expect(await readLockHolder(dir)).toEqual(holder);
  });
});

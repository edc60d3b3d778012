import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

const BIN = join(REPO_ROOT, 'bin', 'qms.cjs');

let built = false;

/**
 * Brings the build up to date once, before the first command: otherwise the first `qms` of a
 * run builds, and its "Building…" line lands in the stderr a test expects empty.
 */
function ensureBuilt(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['-e', "require('./scripts/ensure-build.cjs').ensureBuild()"], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stderr}`);
  built = true;
}

/** Runs the real `qms` binary, as a user would after `npm install`, with its own settings folder. */
export function qms(args: string[], userData: string) {
  ensureBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QMS_USER_DATA: userData },
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The real `qms` binary without blocking this process: for a test whose other side runs in the
 * test process (a git server on loopback), which spawnSync would stall. `env` is added to this
 * process's environment for the child only.
 */
export function qmsAsync(
  args: string[],
  userData: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, QMS_USER_DATA: userData, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

import { spawnSync } from 'node:child_process';
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

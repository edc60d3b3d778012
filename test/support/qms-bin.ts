import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

const BIN = join(REPO_ROOT, 'bin', 'qms.cjs');

/** Runs the real `qms` binary, as a user would after `npm install`, with its own settings folder. */
export function qms(args: string[], userData: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, QMS_USER_DATA: userData },
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

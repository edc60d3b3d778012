import { join } from 'node:path';
import { runCli } from '../../src-main/cli';
import { appPathsFromBuild } from '../../src-main/services/app-paths';
import { REPO_ROOT } from './paths';

/**
 * Runs the `qms` command line inside the test process: the same commands, exit codes and
 * output as bin/qms.cjs, without starting Node (about a second per call on a busy machine).
 * For tests that are not about the process boundary; those use qms() from qms-bin.
 */
export async function qmsInProcess(args: string[], userData: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      paths: appPathsFromBuild(join(REPO_ROOT, 'out', 'main')),
      userData,
      out: (text) => {
        stdout += `${text}\n`;
      },
      warn: (line) => {
        stderr += `${line}\n`;
      },
    },
    (line) => {
      stderr += `${line}\n`;
    },
  );
  return { code, stdout, stderr };
}

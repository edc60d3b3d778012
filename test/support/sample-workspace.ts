import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Dispatch } from '../../src-main/api/dispatcher';
import { appPathsFromBuild } from '../../src-main/services/app-paths';
import { openWorkspace, type Workspace } from '../../src-main/services/open-workspace';
import { copySampleProject, REPO_ROOT } from './paths';
import { useTempDirs } from './temp-dir';

/** The value of a contract call's answer; a refusal fails the test with its message. */
export async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

/**
 * For a describe block: `open()` gives a copy of the sample project opened as the program
 * opens one, with its contract dispatcher; the user has said who they are unless
 * `named: false`. Each workspace is closed after its test.
 */
export function useSampleWorkspace(): (options?: {
  named?: boolean;
}) => Promise<{ root: string; folder: string; dispatch: Dispatch }> {
  const tempDir = useTempDirs();
  let workspace: Workspace | null = null;
  afterEach(async () => {
    await workspace?.close();
    workspace = null;
  });
  return async (options = {}) => {
    const root = await tempDir();
    const folder = await copySampleProject(join(root, 'project'));
    workspace = await openWorkspace({
      folder,
      program: 'the tests',
      paths: appPathsFromBuild(join(REPO_ROOT, 'out', 'main')),
      userData: join(root, 'user'),
    });
    const { dispatch } = workspace;
    if (options.named !== false) await value(dispatch('set-user-name', { userName: 'Tom Okafor' }));
    return { root, folder, dispatch };
  };
}

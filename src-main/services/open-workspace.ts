import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { createProjectHandlers } from '../api/project-handlers';
import type { AppPaths } from './app-paths';
import { ProjectStore } from './project-store';
import { ProjectWatcher } from './project-watcher';

export interface Workspace {
  store: ProjectStore;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/**
 * Everything a window needs for one project: the store (holding the project's lock,
 * or read-only when another program holds it), the watcher for outside changes, and
 * the dispatcher both transports call. Shared by the desktop shell and browser mode.
 */
export async function openWorkspace(options: {
  folder: string;
  program: string;
  paths: AppPaths;
  userData: string;
}): Promise<Workspace> {
  const store = await ProjectStore.open(options.folder, {
    program: options.program,
    templatesDir: options.paths.templates,
    readOnlyIfLocked: true,
  });
  const watcher = new ProjectWatcher(store.folder, store.ownVersions).start();
  const dispatch = createDispatcher(
    createProjectHandlers({
      store,
      watcher,
      userData: options.userData,
      templatesDir: options.paths.templates,
      standardsDir: join(options.paths.resources, 'standards'),
    }),
  );
  return {
    store,
    dispatch,
    close: async () => {
      watcher.close();
      await store.close();
    },
  };
}

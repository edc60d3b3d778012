import { join, resolve } from 'node:path';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import type { SaveFileChooser } from '../api/export-handlers';
import { createProjectHandlers } from '../api/project-handlers';
import type { CredentialStore } from '../api/sync-handlers';
import type { AppPaths } from './app-paths';
import { ProjectStore } from './project-store';
import { ProjectWatcher } from './project-watcher';
import { readSettings, writeSettings } from './settings';

export interface OpenProject {
  store: ProjectStore;
  watcher: ProjectWatcher;
}

export interface WorkspaceOptions {
  program: string;
  paths: AppPaths;
  userData: string;
  /** The system's folder picker, where there is one (the desktop window). */
  chooseFolder?: ((purpose: 'open-project' | 'new-project' | 'templates') => Promise<string | null>) | undefined;
  /** The system's save dialog, where there is one: exports are saved where the user says. */
  chooseSaveFile?: SaveFileChooser | undefined;
  /** Where sign-ins for shared projects are kept: the system's store in the desktop program. */
  credentialStore?: CredentialStore | undefined;
}

/**
 * The project a window works on, and switching to another: a consultant has several
 * clients. The new project is opened (and locked) before the old one is let go, so a
 * project that cannot be opened leaves the window where it was.
 */
export class WorkspaceHost {
  private constructor(
    private current: OpenProject,
    private readonly options: WorkspaceOptions,
  ) {}

  static async open(folder: string, options: WorkspaceOptions): Promise<WorkspaceHost> {
    return new WorkspaceHost(await openProject(folder, options), options);
  }

  get store(): ProjectStore {
    return this.current.store;
  }

  get watcher(): ProjectWatcher {
    return this.current.watcher;
  }

  /** Opens another project in this window and remembers it as the last one. */
  async switchTo(folder: string): Promise<ProjectStore> {
    // The project already open: its lock is this window's own, so opening it again would find it "taken".
    if (resolve(folder) === this.current.store.folder) return this.current.store;
    const next = await openProject(folder, this.options);
    const previous = this.current;
    this.current = next;
    previous.watcher.close();
    await previous.store.close();
    const loaded = await readSettings(this.options.userData);
    if (!loaded.damaged) await writeSettings(this.options.userData, { ...loaded.settings, lastProject: next.store.folder });
    return next.store;
  }

  async close(): Promise<void> {
    this.current.watcher.close();
    await this.current.store.close();
  }
}

async function openProject(folder: string, options: WorkspaceOptions): Promise<OpenProject> {
  const store = await ProjectStore.open(folder, {
    program: options.program,
    templatesDir: options.paths.templates,
    userTemplatesDir: async () => (await readSettings(options.userData)).settings.userTemplatesDir ?? null,
    readOnlyIfLocked: true,
  });
  const watcher = new ProjectWatcher(store.folder, store.ownVersions).start();
  return { store, watcher };
}

export interface Workspace {
  host: WorkspaceHost;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/**
 * Everything a window needs: the project it works on (its store holds the project's
 * lock, or is read-only when another program holds it), the watcher for outside
 * changes, and the dispatcher both transports call. Shared by the desktop shell and
 * browser mode.
 */
export async function openWorkspace(options: WorkspaceOptions & { folder: string }): Promise<Workspace> {
  const host = await WorkspaceHost.open(options.folder, options);
  const dispatch = createDispatcher(
    createProjectHandlers({
      host,
      userData: options.userData,
      templatesDir: options.paths.templates,
      standardsDir: join(options.paths.resources, 'standards'),
      chooseFolder: options.chooseFolder,
      chooseSaveFile: options.chooseSaveFile,
      credentialStore: options.credentialStore,
    }),
  );
  return { host, dispatch, close: () => host.close() };
}

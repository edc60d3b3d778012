import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'QMS Workbench';

/** Where the built program and its bundled resources sit, worked out by each entry point. */
export interface AppPaths {
  /** The bundled resources folder (sample project, clause catalogs). */
  resources: string;
  /** The template library (one Markdown file per template). */
  templates: string;
  /** The built renderer (index.html and assets). */
  renderer: string;
  /** The built preload script (Electron only). */
  preload: string;
}

/** From the folder of a built entry point (out/main) to everything else. */
export function appPathsFromBuild(mainOutDir: string): AppPaths {
  const root = resolve(mainOutDir, '..', '..');
  return {
    resources: join(root, 'resources'),
    templates: join(root, 'templates', 'iso-9001-2015'),
    renderer: join(root, 'out', 'renderer'),
    preload: join(root, 'out', 'preload', 'index.js'),
  };
}

/**
 * The user's data folder, the same one Electron's app.getPath('userData') gives,
 * so the desktop program and browser mode share settings and the sample working
 * copy. QMS_USER_DATA overrides it (tests give each run its own).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.QMS_USER_DATA) return resolve(env.QMS_USER_DATA);
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

/** Where "New project" suggests putting projects: a folder in the user's home. QMS_PROJECTS_DIR overrides it. */
export function defaultProjectsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.QMS_PROJECTS_DIR ? resolve(env.QMS_PROJECTS_DIR) : join(homedir(), 'QMS Projects');
}

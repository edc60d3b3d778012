import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, safeStorage, session } from 'electron';
import { appPathsFromBuild } from './services/app-paths';
import { openWorkspace } from './services/open-workspace';
import { systemCredentialStore } from './services/sign-in-store';
import { resolveStartupProject } from './services/startup-project';
import { isAppUrl } from './shell/app-url';
import { flushBeforeWindowClose } from './shell/close-flush';
import { registerIpc } from './shell/ipc';
import { chooseRendererUrl } from './shell/renderer-url';
import { guardAllWebContents, hardenSession } from './shell/security';
import { createMainWindow } from './shell/window';

/** The Electron shell: thin on purpose. Everything it does is in services and the dispatcher. */
app.enableSandbox();
if (process.env.QMS_USER_DATA) app.setPath('userData', process.env.QMS_USER_DATA);

const paths = appPathsFromBuild(__dirname);
const builtPage = pathToFileURL(join(paths.renderer, 'index.html')).href;
// The dev server only while developing (see renderer-url.ts): never in a packaged program.
const renderer = chooseRendererUrl({ isPackaged: app.isPackaged, requested: process.env.ELECTRON_RENDERER_URL, builtPage });
if (renderer.ignored) console.warn(renderer.ignored);
const appUrl = renderer.url;
// Before any window exists, so every web contents is held to the navigation rules.
guardAllWebContents(app, appUrl);

/** `--project <dir>` or `--project=<dir>`; Chromium's own switches are left alone. */
function requestedProject(argv: readonly string[] = process.argv): string | undefined {
  const flagAt = argv.indexOf('--project');
  if (flagAt >= 0) return argv[flagAt + 1];
  return argv.find((arg) => arg.startsWith('--project='))?.slice('--project='.length);
}

async function start(): Promise<void> {
  const folder = await resolveStartupProject({
    requested: requestedProject(),
    userData: app.getPath('userData'),
    sampleProject: join(paths.resources, 'sample-project'),
  });
  let mainWindow: BrowserWindow | null = null;
  const chooseFolder = async (purpose: 'open-project' | 'new-project' | 'templates') => {
    const options = {
      title: {
        'open-project': 'Open a project folder',
        'new-project': 'Folder for the new project',
        templates: 'Your templates folder',
      }[purpose],
      properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
    };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const chooseSaveFile = async (suggestedName: string, format: 'docx' | 'csv') => {
    const options = {
      title: 'Export',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters:
        format === 'csv'
          ? [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]
          : [{ name: 'Word document', extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
    };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const workspace = await openWorkspace({
    folder,
    program: 'QMS Workbench',
    paths,
    userData: app.getPath('userData'),
    chooseFolder,
    chooseSaveFile,
    // Sign-ins for shared projects, encrypted by the operating system (Keychain, DPAPI, libsecret).
    credentialStore: systemCredentialStore(app.getPath('userData'), {
      available: () => safeStorage.isEncryptionAvailable(),
      encrypt: (text) => safeStorage.encryptString(text),
      decrypt: (bytes) => safeStorage.decryptString(bytes),
    }),
  });
  app.on('will-quit', () => void workspace.close());
  hardenSession(session.defaultSession, {
    rendererDir: paths.renderer,
    devServerUrl: appUrl === builtPage ? null : appUrl,
    platform: process.platform,
  });

  const isTrustedSender = (event: IpcMainInvokeEvent) =>
    mainWindow !== null && event.sender.id === mainWindow.webContents.id && isAppUrl(event.senderFrame?.url ?? '', appUrl);
  registerIpc(workspace.dispatch, isTrustedSender);

  mainWindow = createMainWindow({ preload: paths.preload, appUrl });
  flushBeforeWindowClose(mainWindow);
  mainWindow.setTitle(`${workspace.host.store.organization.name} — QMS Workbench`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('QMS Workbench could not start', (error as Error)?.message ?? String(error));
      app.exit(1);
    });
}

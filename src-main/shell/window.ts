import { BrowserWindow, dialog } from 'electron';
import { APP_NAME } from '../services/app-paths';

export interface MainWindowOptions {
  preload: string;
  /** file:// URL of the built page, or the dev server's URL. */
  appUrl: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  // Navigation and window-open rules: applied to every web contents by guardAllWebContents (index.ts).
  // The page blocks unloading while a save is pending or failed; Electron would then
  // silently refuse to close. Ask instead, so the user is never trapped or surprised.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Stay', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'The open document has changes that are not saved.',
      detail: 'Stay to let the save finish or to choose what to do about a save problem.',
    });
    if (choice === 1) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.appUrl);
  return window;
}

import { type BrowserWindow, type IpcMainEvent, ipcMain } from 'electron';
import { CLOSE_FLUSH_CHANNELS } from '../../src-shared/shell/close-flush';

/** How long a closing window waits for its page to flush before it closes anyway. */
export const FLUSH_TIMEOUT_MS = 10_000;

/**
 * Closing the window (or quitting) while the open document has unsaved edits: the close
 * is held, the page asked to save them (and to journal them at once), and the window
 * closes when it answers. A page that never answers does not keep the window open.
 */
export function flushBeforeWindowClose(window: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): void {
  let unsaved = false;
  let flushing = false;
  let allowClose = false;
  let finish = () => {};
  const fromThisWindow = (event: IpcMainEvent) => !window.isDestroyed() && event.sender.id === window.webContents.id;

  const onUnsaved = (event: IpcMainEvent, value: unknown) => {
    if (fromThisWindow(event) && typeof value === 'boolean') unsaved = value;
  };
  const onFlushed = (event: IpcMainEvent) => {
    if (fromThisWindow(event)) finish();
  };
  ipcMain.on(CLOSE_FLUSH_CHANNELS.unsaved, onUnsaved);
  ipcMain.on(CLOSE_FLUSH_CHANNELS.flushed, onFlushed);

  window.on('close', (event) => {
    if (!unsaved || allowClose) {
      // Used once: should the page still refuse to unload, the next close flushes again.
      allowClose = false;
      return;
    }
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    const timer = setTimeout(() => finish(), timeoutMs);
    finish = () => {
      clearTimeout(timer);
      finish = () => {};
      flushing = false;
      allowClose = true;
      if (!window.isDestroyed()) window.close();
    };
    window.webContents.send(CLOSE_FLUSH_CHANNELS.flushRequest);
  });
  window.once('closed', () => {
    ipcMain.removeListener(CLOSE_FLUSH_CHANNELS.unsaved, onUnsaved);
    ipcMain.removeListener(CLOSE_FLUSH_CHANNELS.flushed, onFlushed);
  });
}

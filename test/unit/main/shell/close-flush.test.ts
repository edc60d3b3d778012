import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_FLUSH_CHANNELS } from '../../../../src-shared/shell/close-flush';

// Importing the real electron module would try to download its binary.
const ipcMain = new EventEmitter();
vi.mock('electron', () => ({ ipcMain }));

const { flushBeforeWindowClose } = await import('../../../../src-main/shell/close-flush');

/** A BrowserWindow as far as closing goes: 'close' can be prevented, close() tries again. */
class FakeWindow extends EventEmitter {
  destroyed = false;
  readonly sent: string[] = [];
  readonly webContents = { id: 7, send: (channel: string) => this.sent.push(channel) };
  isDestroyed() {
    return this.destroyed;
  }
  /** What the user (or close()) does: returns whether the window really closed. */
  close(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
    return !prevented;
  }
}

const fromPage = (id = 7) => ({ sender: { id } });

describe('closing the desktop window', () => {
  let window: FakeWindow;
  beforeEach(() => {
    vi.useFakeTimers();
    ipcMain.removeAllListeners();
    window = new FakeWindow();
    flushBeforeWindowClose(window as never, 5000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes at once when the page has nothing unsaved', () => {
    expect(window.close()).toBe(true);
    expect(window.sent).toEqual([]);
  });

  it('with unsaved edits: holds the close, asks the page to flush, and closes when it has', () => {
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(), true);
    expect(window.close()).toBe(false);
    expect(window.sent).toEqual([CLOSE_FLUSH_CHANNELS.flushRequest]);
    // A second click while the page flushes asks nothing more.
    expect(window.close()).toBe(false);
    expect(window.sent).toHaveLength(1);

    ipcMain.emit(CLOSE_FLUSH_CHANNELS.flushed, fromPage());
    expect(window.destroyed).toBe(true);
  });

  it('closes anyway when the page does not answer in time', () => {
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(), true);
    window.close();
    vi.advanceTimersByTime(4999);
    expect(window.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.destroyed).toBe(true);
  });

  it('follows the page’s latest report: saved again means close at once', () => {
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(), true);
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(), false);
    expect(window.close()).toBe(true);
  });

  it('ignores reports from any other sender and anything but a yes or no', () => {
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(99), true);
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(), 'yes');
    expect(window.close()).toBe(true);
  });

  it('a flush answer from another sender does not close the window', () => {
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.unsaved, fromPage(), true);
    window.close();
    ipcMain.emit(CLOSE_FLUSH_CHANNELS.flushed, fromPage(99));
    expect(window.destroyed).toBe(false);
  });

  it('stops listening once the window is gone', () => {
    window.close();
    expect(ipcMain.listenerCount(CLOSE_FLUSH_CHANNELS.unsaved)).toBe(0);
    expect(ipcMain.listenerCount(CLOSE_FLUSH_CHANNELS.flushed)).toBe(0);
  });
});

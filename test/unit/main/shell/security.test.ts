import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Importing the real electron module would try to download its binary.
const openExternal = vi.fn(async (_url: string) => {});
vi.mock('electron', () => ({ shell: { openExternal } }));

const { guardAllWebContents, hardenSession } = await import('../../../../src-main/shell/security');

const BUILT = 'file:///opt/qms/out/renderer/index.html';

/** A web contents as far as the guard goes: events that can be prevented, and a window-open handler. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits an event the way Electron does; returns whether a handler prevented it. */
  attempt(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
  attemptFrame(url: string, isMainFrame: boolean): boolean {
    let prevented = false;
    this.emit('will-frame-navigate', { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('guardAllWebContents: every web contents the program creates is held to the rules', () => {
  const app = new EventEmitter();
  let contents: FakeContents;
  beforeEach(() => {
    openExternal.mockClear();
    app.removeAllListeners();
    guardAllWebContents(app as never, BUILT);
    contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
  });

  it('guards a web contents nobody hardened by hand, such as one a page or a library creates', () => {
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('keeps the program’s own page, hands a web link to the system once, and refuses the rest', () => {
    expect(contents.attempt('will-navigate', `${BUILT}#x`)).toBe(false);
    expect(contents.attempt('will-navigate', 'https://www.iso.org/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.iso.org/']]);
  });

  it('refuses a subframe leaving the program without opening anything outside', () => {
    expect(contents.attemptFrame('https://evil.example/', false)).toBe(true);
    expect(contents.attemptFrame(BUILT, false)).toBe(false);
    // The main frame is decided by will-navigate: not twice.
    expect(contents.attemptFrame('https://www.iso.org/', true)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses redirects away from the program and every webview', () => {
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-redirect', BUILT)).toBe(false);
    expect(contents.attempt('will-attach-webview', {}, {})).toBe(true);
  });

  it('never opens a window: a web link goes to the system instead', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://www.iso.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: BUILT })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.iso.org/']]);
  });
});

describe('hardenSession: the request filter', () => {
  function fakeSession() {
    let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: (listener: typeof filter) => (filter = listener) },
    };
    const cancels = (url: string) => {
      let cancel: boolean | undefined;
      filter?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    return { session, cancels };
  }

  it('lets through the built renderer’s files only, not every file on disk', () => {
    const { session, cancels } = fakeSession();
    hardenSession(session as never, { rendererDir: '/opt/qms/out/renderer', devServerUrl: null, platform: 'linux' });
    expect(cancels('file:///opt/qms/out/renderer/assets/index.js')).toBe(false);
    expect(cancels('file:///etc/passwd')).toBe(true);
    expect(cancels('file:///opt/qms/out/main/index.js')).toBe(true);
    expect(cancels('https://evil.example/')).toBe(true);
  });

  it('admits the dev server only when the shell chose it, whatever the environment says', () => {
    const { session, cancels } = fakeSession();
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    hardenSession(session as never, { rendererDir: '/opt/qms/out/renderer', devServerUrl: null, platform: 'linux' });
    expect(cancels('http://localhost:5173/')).toBe(true);
    vi.unstubAllEnvs();
  });
});

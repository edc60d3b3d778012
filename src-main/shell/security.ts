import { type Session, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { isSafeExternalUrl } from './external-url';

/**
 * Window hardening in one place: the page may not navigate away from the program,
 * open windows, embed webviews or ask for permissions. A link to a web page or an
 * e-mail address goes to the system browser or mail program instead.
 */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The program needs no network: refuse every request that is not its own files.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('file:') || details.url.startsWith('devtools:') || isDevServer(details.url);
    callback({ cancel: !allowed });
  });
}

function isDevServer(url: string): boolean {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev !== undefined && isAppUrl(url, dev);
}

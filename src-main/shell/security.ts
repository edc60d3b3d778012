import { type App, type Session, shell, type WebContents } from 'electron';
import { frameNavigationAction, redirectAction, windowOpenAction } from './navigation-rules';
import { isAllowedRequest, type RequestPolicy } from './request-filter';

/**
 * Window hardening in one place: a page may not navigate away from the program,
 * open windows, embed webviews or ask for permissions. A link to a web page or an
 * e-mail address goes to the system browser or mail program instead. The decisions
 * are the pure rules in navigation-rules.ts; this file only wires them.
 */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    const action = frameNavigationAction(url, appUrl, true);
    if (action === 'allow') return;
    event.preventDefault();
    if (action === 'open-outside') void shell.openExternal(url);
  });
  // Subframes (the page has none; the CSP allows none): never away, never outside.
  // The main frame is left to will-navigate above, so a link opens once.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && frameNavigationAction(event.url, appUrl, false) !== 'allow') event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (redirectAction(url, appUrl) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenAction(url) === 'open-outside') void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Holds every web contents the program ever creates to the same rules, not only the
 * main window's: a devtools page, or one a future feature or library opens. Register
 * before the first window, so none escapes.
 */
export function guardAllWebContents(app: App, appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
}

export function hardenSession(session: Session, policy: RequestPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The program needs no network: refuse every request that is not its own page's files.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
}

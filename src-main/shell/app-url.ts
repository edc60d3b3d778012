/**
 * Whether a URL is the program's own page: the built index.html on disk, or the
 * dev server in `electron-vite dev`. Used to accept IPC senders and navigation.
 */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  let url: URL;
  let app: URL;
  try {
    url = new URL(candidate);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
  return url.origin === app.origin;
}

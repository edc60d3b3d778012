import { createApi, type QmsApi } from '../../../src-shared/api/client';
import { takeAccessToken } from './access-token';
import { browserTransport } from './browser-transport';

export type Connection = { ok: true; api: QmsApi; mode: 'desktop' | 'browser' } | { ok: false; reason: string };

/** The one typed client, whichever transport carries it. */
export function connect(): Connection {
  if (window.qms) return { ok: true, api: window.qms, mode: 'desktop' };
  const token = takeAccessToken(window.location, window.history, window.sessionStorage);
  if (!token) {
    return {
      ok: false,
      reason:
        'This page needs the access token that `npm run serve` prints. Open the full address it printed, including the part after #.',
    };
  }
  return { ok: true, api: createApi(browserTransport(token)), mode: 'browser' };
}

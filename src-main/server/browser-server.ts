import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, httpStatusFor, type Result } from '../../src-shared/api/result';
import { CSP_HEADER_ONLY_DIRECTIVES, contentSecurityPolicy } from '../../src-shared/security/csp';
import type { Dispatch } from '../api/dispatcher';
import { isAllowedHost, isAllowedOrigin, isJsonContentType, resolveStaticPath, tokensMatch } from './request-guards';
import { contentTypeFor, readStaticFile } from './static-files';

export const LOOPBACK = '127.0.0.1';
export const TOKEN_HEADER = 'x-qms-token';
/** Large enough for a 150-page document as Lexical JSON, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface BrowserServerOptions {
  /** 0 picks a free port. */
  port: number;
  rendererDir: string;
  dispatch: Dispatch;
  /** Fixed only in tests; otherwise a fresh random token each start. */
  token?: string;
}

export interface RunningBrowserServer {
  url: string;
  /** The address actually bound: always the loopback address. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(CSP_HEADER_ONLY_DIRECTIVES),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

function sendResult(response: ServerResponse, result: Result<unknown>) {
  const status = result.ok ? 200 : httpStatusFor(result.error.code);
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Browser mode: the built renderer and the contract's handlers over HTTP on the
 * loopback address only. Every API call needs the start-up token; a wrong Host
 * header (DNS rebinding) or a foreign Origin is refused before anything runs.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<RunningBrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = options.port;

  const handleApi = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    if (request.method !== 'POST') {
      return send(
        response,
        405,
        JSON.stringify(fail('invalid-request', 'API calls must use POST.')),
        'application/json; charset=utf-8',
        { Allow: 'POST' },
      );
    }
    const given = request.headers[TOKEN_HEADER];
    if (!tokensMatch(Array.isArray(given) ? undefined : given, token)) {
      return sendResult(
        response,
        fail('unauthorized', 'Missing or wrong access token. Open the address that `npm run serve` printed.'),
      );
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      return sendResult(response, fail('forbidden', `Requests from ${request.headers.origin} are not allowed.`));
    }
    if (!isJsonContentType(request.headers['content-type'])) {
      return send(
        response,
        415,
        JSON.stringify(fail('invalid-request', 'API calls must send JSON (Content-Type: application/json).')),
        'application/json; charset=utf-8',
      );
    }
    const body = await readBody(request);
    if (body === null) {
      return send(
        response,
        413,
        JSON.stringify(fail('invalid-request', `Request body is larger than ${MAX_BODY_BYTES} bytes.`)),
        'application/json; charset=utf-8',
      );
    }
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendResult(response, fail('invalid-request', `The body of ${channel} is not valid JSON.`));
    }
    sendResult(response, await options.dispatch(channel, parsed));
  };

  const handleStatic = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    }
    const path = resolveStaticPath(options.rendererDir, pathname);
    const bytes = path ? await readStaticFile(path) : null;
    if (!path || !bytes) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
    // Hashed assets may be cached; the page itself must always be fresh.
    const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
    send(response, 200, request.method === 'HEAD' ? '' : bytes, contentTypeFor(path), { 'Cache-Control': cache });
  };

  const server = createServer((request, response) => {
    void (async () => {
      if (!isAllowedHost(request.headers.host, port)) {
        return send(
          response,
          403,
          'Forbidden: this server answers only to 127.0.0.1 and localhost.',
          'text/plain; charset=utf-8',
        );
      }
      const pathname = new URL(request.url ?? '/', `http://${LOOPBACK}`).pathname;
      const api = /^\/api\/([^/]+)$/.exec(pathname);
      if (api?.[1]) return handleApi(request, response, api[1]);
      return handleStatic(request, response, pathname);
    })().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendResult(response, fail('internal', 'Unexpected server error.'));
      else response.end();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolveListen());
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    address: bound.address,
    port,
    token,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

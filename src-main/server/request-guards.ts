import { timingSafeEqual } from 'node:crypto';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** The names under which the loopback server may be addressed; anything else is DNS rebinding or a proxy. */
function loopbackAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** A Host header must name the loopback address and the port the server listens on. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return loopbackAuthorities(port).includes(host.toLowerCase());
}

/** Browsers send Origin on cross-site requests; only the program's own page may call the API. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return loopbackAuthorities(port).some((authority) => origin.toLowerCase() === `http://${authority}`);
}

/** Compares in constant time so the token cannot be guessed a character at a time. */
export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * An API call's body must be declared as JSON: the media type compared whole (case aside),
 * so `application/jsonx` or `application/json-patch+json` is not taken for it. Parameters
 * such as `; charset=utf-8` may follow.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const mediaType = header.split(';', 1)[0] ?? '';
  return mediaType.trim().toLowerCase() === 'application/json';
}

/**
 * The file a URL path names inside the served folder, or null when it would leave
 * that folder (../, encoded slashes, absolute paths, NUL bytes).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath = normalize(decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, ''));
  if (isAbsolute(relativePath)) return null;
  const full = join(root, relativePath);
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return full;
}

import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl } from './app-url';

export interface RequestPolicy {
  /** The built renderer folder (index.html and assets): the only files the page may load. */
  rendererDir: string;
  /** The dev server the shell chose to load, or null: never read from the environment here. */
  devServerUrl: string | null;
  platform: NodeJS.Platform;
}

/**
 * The session's request filter. The program needs no network and no file but its own
 * page: a project's documents reach the page through the API, never as file: URLs, so a
 * page that asks for any other file (a key, a document of another project) is refused.
 */
export function isAllowedRequest(url: string, policy: RequestPolicy): boolean {
  if (url.startsWith('devtools:')) return true;
  if (url.startsWith('file:')) return isFileUrlInFolder(url, policy.rendererDir, policy.platform);
  return policy.devServerUrl !== null && isAppUrl(url, policy.devServerUrl);
}

/**
 * Whether a file: URL names the folder or something inside it. Both are resolved first,
 * so `..` (plain or percent-encoded) cannot climb out; encoded separators and remote
 * hosts are refused. On Windows the comparison ignores case and treats / and \ alike,
 * as the file system does.
 */
export function isFileUrlInFolder(url: string, folder: string, platform: NodeJS.Platform): boolean {
  const windows = platform === 'win32';
  const path = windows ? win32 : posix;
  let target: string;
  try {
    target = fileURLToPath(url, { windows });
  } catch {
    return false;
  }
  const fold = (p: string) => (windows ? path.resolve(p).toLowerCase() : path.resolve(p));
  const inside = path.relative(fold(folder), fold(target));
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside));
}

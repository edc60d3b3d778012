import { createHash } from 'node:crypto';

/** The version of a file is the SHA-256 of its bytes: any change by anyone changes it. */
export function fileVersion(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

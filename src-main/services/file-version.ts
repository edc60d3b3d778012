import { createHash } from 'node:crypto';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import { stableStringify } from '../../src-shared/json/stable-stringify';

/** The version of a file is the SHA-256 of its bytes: any change by anyone changes it. */
export function fileVersion(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The hash of document content, independent of key order and whitespace. */
export function contentHash(content: SerializedContent): string {
  return fileVersion(stableStringify(content));
}

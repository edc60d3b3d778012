import { isAllowedLinkUrl } from '../../src-shared/security/link-url';

/**
 * Whether a link may be handed to the operating system to open outside the program:
 * the same rule a document's links are held to (src-shared/security/link-url.ts).
 */
export function isSafeExternalUrl(raw: string): boolean {
  return isAllowedLinkUrl(raw);
}

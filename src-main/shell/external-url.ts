/**
 * Whether a link may be handed to the operating system to open outside the program.
 * Only web pages and e-mail addresses: never files, custom schemes or scripts.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // Credentials in a link are a classic way to disguise where it really goes.
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/**
 * The one rule for links: a document may link to web pages and e-mail addresses, and
 * only those leave the program. Never files, custom schemes, scripts or data. Written
 * without the URL class so it runs in src-shared (no DOM or Node types); it is stricter
 * than a URL parser, never looser: no spaces or control characters, no backslashes, no
 * credentials in the address (a classic way to disguise where a link goes).
 */
const WEB = /^https?:\/\/([^/?#]*)(?:[/?#].*)?$/i;
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])$/;

export const LINK_URL_MAX_LENGTH = 2048;

export function isAllowedLinkUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > LINK_URL_MAX_LENGTH) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\s\u0000-\u001f\u007f\\]/.test(raw)) return false;
  if (/^mailto:/i.test(raw)) return raw.length > 'mailto:'.length;
  const web = WEB.exec(raw);
  if (!web) return false;
  const authority = web[1] ?? '';
  if (authority.includes('@')) return false;
  const host = authority.replace(/:(\d{1,5})$/, '');
  return HOST.test(host);
}

/** Why a link was refused, for the person who typed it. */
export function linkUrlProblem(raw: string): string | null {
  if (isAllowedLinkUrl(raw)) return null;
  return `"${raw.length > 80 ? `${raw.slice(0, 77)}…` : raw}" cannot be a link: only web addresses (http, https) and e-mail addresses (mailto) are allowed.`;
}

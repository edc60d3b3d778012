import { isAllowedLinkUrl, linkUrlProblem } from './link-url';

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/**
 * What a person typed into a link field, as the address the link gets, or why it cannot
 * be one. Spaces around it are dropped; "www.example.com" becomes "https://www.example.com"
 * and "jo@example.com" becomes "mailto:jo@example.com", as people expect; everything else
 * must already be an http, https or mailto address (isAllowedLinkUrl). Nothing else is
 * guessed: "javascript:", "data:" and "file:" are refused with a message naming them.
 */
export function completeLinkUrl(typed: string): { ok: true; url: string } | { ok: false; message: string } {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: 'Type the address the link goes to.' };
  const url = /^www\./i.test(trimmed) ? `https://${trimmed}` : EMAIL.test(trimmed) ? `mailto:${trimmed}` : trimmed;
  if (isAllowedLinkUrl(url)) return { ok: true, url };
  return { ok: false, message: linkUrlProblem(trimmed) ?? `"${trimmed}" cannot be a link.` };
}

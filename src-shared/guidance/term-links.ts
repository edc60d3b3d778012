import type { TermEntry } from './catalog-schema';

/** Where a glossary term stands in a text: [start, end) and the term entry it links to. */
export interface TermMention {
  start: number;
  end: number;
  termId: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder of glossary terms in running text: whole words, any case, the longest form first
 * ("corrective action" before "action"), so each mention links to exactly one entry.
 */
export function termFinder(terms: readonly TermEntry[]): (text: string) => TermMention[] {
  const byForm = new Map<string, string>();
  for (const entry of terms) for (const form of [entry.term, ...entry.forms]) byForm.set(form.toLowerCase(), entry.id);
  if (byForm.size === 0) return () => [];
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  return (text) =>
    Array.from(text.matchAll(pattern), (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      termId: byForm.get(match[0].toLowerCase()) as string,
    }));
}

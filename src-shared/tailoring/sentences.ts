import type { SerializedContent, SerializedNodeShape } from '../editor/serialized-content';
import { inlineText } from '../editor/serialized-content';

/**
 * The sentences of a document's own text, for comparing it with its template: every
 * paragraph, quote, list item and table cell, split at sentence ends. Headings are the
 * document's structure, not sample wording, and guidance is not document text: both
 * are left out. A field counts as its placeholder, so a sentence is the template's
 * whatever the field shows.
 */
export function contentSentences(content: SerializedContent): string[] {
  const out: string[] = [];
  const visit = (nodes: readonly SerializedNodeShape[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'guidance':
        case 'heading':
          break;
        case 'list':
        case 'table':
        case 'tablerow':
        case 'tablecell':
          visit(node.children ?? []);
          break;
        case 'listitem':
          if (node.children?.some((child) => child.type === 'list')) visit(node.children);
          else out.push(...splitSentences(inlineText(node)));
          break;
        default:
          out.push(...splitSentences(inlineText(node)));
      }
    }
  };
  visit(content.root.children);
  return out;
}

/** Shorter than this is a label or a table heading ("Owner", "Yes"), not wording worth tailoring. */
const MIN_WORDS = 4;

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map(normalizeSentence)
    .filter((sentence) => sentence.split(' ').length >= MIN_WORDS);
}

/** Case, spacing, quotes and trailing punctuation do not make a sentence the organization's own. */
export function normalizeSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'(•-]+|[\s"').,;:!?]+$/g, '')
    .trim();
}

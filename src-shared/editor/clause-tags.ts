import type { SerializedContent, SerializedNodeShape } from './serialized-content';

/**
 * A section of a document can be tagged with the clause it addresses. The tag is
 * Lexical node state on the section's heading (or on the block itself when there is
 * no heading above), stored in the JSON as "$": { "clause": "7.5.3" }. The Word
 * export ignores it; guidance and coverage read it.
 */
export const CLAUSE_STATE_KEY = 'clause';

export function clauseTagOf(node: SerializedNodeShape): string | null {
  const state = node.$;
  if (state === null || typeof state !== 'object') return null;
  const value = (state as Record<string, unknown>)[CLAUSE_STATE_KEY];
  return typeof value === 'string' && /^\d{1,2}(\.\d{1,2}){0,3}$/.test(value) ? value : null;
}

/** Every clause a document's sections are tagged with, in document order, once each. */
export function clauseTagsInContent(content: SerializedContent): string[] {
  const found = new Set<string>();
  for (const node of content.root.children) {
    const tag = clauseTagOf(node);
    if (tag) found.add(tag);
  }
  return [...found];
}

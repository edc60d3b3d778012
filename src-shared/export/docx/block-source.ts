import type { SerializedContent, SerializedNodeShape } from '../../editor/serialized-content';

/** The top-level blocks of a document's content. */
export function blocksOf(content: SerializedContent): readonly SerializedNodeShape[] {
  return (content.root.children ?? []) as readonly SerializedNodeShape[];
}

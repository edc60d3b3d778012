import { $getRoot, type LexicalNode, type NodeKey } from 'lexical';

export interface TextCount {
  words: number;
  /** Characters including spaces, not counting line and paragraph breaks. */
  characters: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** Words are runs of non-space characters with at least one letter or digit ("—" alone is no word). */
export function countText(text: string): TextCount {
  const words = text.split(/\s+/u).filter((token) => WORD.test(token)).length;
  return { words, characters: text.replace(/[\n\r]/g, '').length };
}

/** One top-level block's count. Guidance blocks give no text (GuidanceNode.getTextContent), so they count nothing. */
export function $countBlock(node: LexicalNode): TextCount {
  return countText(node.getTextContent());
}

/**
 * The document's count, kept per top-level block: after an edit only the blocks Lexical
 * marked dirty are read again, so a count in a long manual costs a pass over the block
 * list and the text of the few changed blocks.
 */
export class BlockCounts {
  private counts = new Map<NodeKey, TextCount>();
  private readonly stale = new Set<NodeKey>();

  /** Keys Lexical reported dirty in an update (a block is dirty when anything inside it changed). */
  markDirty(keys: Iterable<NodeKey>): void {
    for (const key of keys) this.stale.add(key);
  }

  /** Must run inside editor.read: the total, recounting stale and new blocks only. */
  $total(): TextCount {
    const next = new Map<NodeKey, TextCount>();
    const total: TextCount = { words: 0, characters: 0 };
    for (const block of $getRoot().getChildren()) {
      const key = block.getKey();
      const count = (!this.stale.has(key) && this.counts.get(key)) || $countBlock(block);
      next.set(key, count);
      total.words += count.words;
      total.characters += count.characters;
    }
    this.counts = next;
    this.stale.clear();
    return total;
  }
}

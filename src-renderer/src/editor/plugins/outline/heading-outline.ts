import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, type NodeKey } from 'lexical';

export interface OutlineEntry {
  key: NodeKey;
  level: 1 | 2 | 3;
  text: string;
}

/**
 * The outline from a set of heading keys (kept by mutation listeners), in document order.
 * Reads only those headings, never the whole document. Empty headings are left out.
 */
export function $outlineEntries(keys: Iterable<NodeKey>): OutlineEntry[] {
  const headings = [...keys]
    .map((key) => $getNodeByKey(key))
    .filter($isHeadingNode)
    .filter((node) => node.isAttached());
  headings.sort((a, b) => (a === b ? 0 : a.isBefore(b) ? -1 : 1));
  return headings
    .map((node) => ({
      key: node.getKey(),
      level: (node.getTag() === 'h1' ? 1 : node.getTag() === 'h2' ? 2 : 3) as OutlineEntry['level'],
      text: node.getTextContent().trim(),
    }))
    .filter((entry) => entry.text !== '');
}

import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { $getClauseTag } from './clause-state';

/** The top-level block the cursor is in, or null without a cursor. */
function $cursorBlock(): LexicalNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  return anchor.getKey() === 'root' ? $getRoot().getFirstChild() : anchor.getTopLevelElement();
}

/**
 * The block that carries the tag for the cursor's section: the nearest heading at or
 * above the cursor, or the cursor's own block when no heading comes before it.
 */
export function $sectionHead(): LexicalNode | null {
  const block = $cursorBlock();
  for (let node: LexicalNode | null = block; node; node = node.getPreviousSibling()) {
    if ($isHeadingNode(node)) return node;
  }
  return block;
}

/** The clause the cursor's section addresses: the nearest tagged block at or above the cursor. */
export function $sectionClause(): string | null {
  for (let node: LexicalNode | null = $cursorBlock(); node; node = node.getPreviousSibling()) {
    const tag = $getClauseTag(node);
    if (tag) return tag;
  }
  return null;
}

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

/** 1 for h1 to 3 for h3; null for a block that is not a heading. */
function headingLevel(node: LexicalNode): number | null {
  return $isHeadingNode(node) ? Number(node.getTag().slice(1)) : null;
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

/**
 * The clause the cursor's section addresses. A section is its heading and what follows
 * it; a subsection inherits the tag of the section it belongs to. So the answer is the
 * tag of the cursor's heading, else of the nearest heading above of a higher level, and
 * so on up; a tag on an earlier section of the same level does not carry over. Before
 * the first heading, a tagged block at or above the cursor counts.
 */
export function $sectionClause(): string | null {
  let level = Number.POSITIVE_INFINITY;
  for (let node: LexicalNode | null = $cursorBlock(); node; node = node.getPreviousSibling()) {
    const nodeLevel = headingLevel(node);
    if (nodeLevel === null) {
      if (level === Number.POSITIVE_INFINITY) {
        const tag = $getClauseTag(node);
        if (tag) return tag;
      }
      continue;
    }
    // A heading of the cursor's section, or of a section above it.
    if (nodeLevel < level) {
      const tag = $getClauseTag(node);
      if (tag) return tag;
      level = nodeLevel;
      if (level === 1) return null;
    }
  }
  return null;
}

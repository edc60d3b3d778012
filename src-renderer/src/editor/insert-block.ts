import { $findTableNode } from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';

/**
 * Puts a block that stands only at the top of a document (a horizontal rule, a page
 * break) after the block at the cursor, splitting a paragraph or list at the cursor.
 * Refused (false) in a table: a cell holds text blocks only (src-shared tablecell).
 * Call inside editor.update().
 */
export function $insertTopLevelBlock(node: LexicalNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || $findTableNode(selection.anchor.getNode())) return false;
  $insertNodeToNearestRoot(node);
  return true;
}

/** Whether the cursor is somewhere a top-level block can go, for the toolbar. Call inside read. */
export function $canInsertTopLevelBlock(): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && !$findTableNode(selection.anchor.getNode());
}

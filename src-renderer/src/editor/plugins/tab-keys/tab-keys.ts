import { $isListItemNode, $isListNode, ListItemNode } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, createCommand, type LexicalCommand, type LexicalNode } from 'lexical';

/** Sent when Ctrl+M switches Tab between indenting list items and moving focus, so the toolbar can say so. */
export const TAB_MOVES_FOCUS_COMMAND: LexicalCommand<boolean> = createCommand('TAB_MOVES_FOCUS_COMMAND');

/** Deeper nesting is no longer a list a reader can follow (and Word numbers nine levels at most). */
export const MAX_LIST_DEPTH = 6;

/** How many lists hold the node: 1 in a top-level list item. */
function $listDepth(node: LexicalNode): number {
  let depth = 0;
  for (let parent = node.getParent(); parent; parent = parent.getParent()) if ($isListNode(parent)) depth += 1;
  return depth;
}

/**
 * What Tab (or Shift+Tab) does at the cursor: 'indent' or 'outdent' a list item, 'stay'
 * in a list item that cannot go deeper (Tab there must not leave the editor by surprise),
 * or 'pass' outside lists, where Tab keeps its usual job of moving focus (or moving
 * between table cells). Call inside editor.read/update.
 */
export function $tabAction(shiftKey: boolean): 'indent' | 'outdent' | 'stay' | 'pass' {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'pass';
  const item = $getNearestNodeOfType(selection.anchor.getNode(), ListItemNode);
  if (!$isListItemNode(item)) return 'pass';
  if (shiftKey) return 'outdent';
  return $listDepth(item) >= MAX_LIST_DEPTH ? 'stay' : 'indent';
}

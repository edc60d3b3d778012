import { $isListNode, ListNode, type ListType } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';

/** The kind of list the cursor is in (the innermost one), or null outside lists. Call inside read/update. */
export function $currentListType(): ListType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
  return $isListNode(list) ? list.getListType() : null;
}

import { $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, type ElementNode } from 'lexical';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'other';

export const BLOCK_TYPE_LABELS: Record<Exclude<BlockType, 'other' | 'bullet' | 'number'>, string> = {
  paragraph: 'Body text',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
};

/** The kind of block the cursor is in, for the toolbar. Call inside editor.read(). */
export function $currentBlockType(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'other';
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block: ElementNode | null = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'other';
  }
  return block?.getType() === 'paragraph' ? 'paragraph' : 'other';
}

/** Turn the selected blocks into body text or a heading. Call inside editor.update(). */
export function $setBlockType(type: 'paragraph' | 'h1' | 'h2' | 'h3'): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, () => (type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type)));
}

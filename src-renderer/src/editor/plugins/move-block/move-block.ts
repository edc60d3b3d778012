import {
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $setSelection,
  createCommand,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';

export type MoveDirection = 'up' | 'down';

/** Moves the block at the caret, or the block selected as a unit (a guidance block), one place up or down. */
export const MOVE_BLOCK_COMMAND: LexicalCommand<MoveDirection> = createCommand('MOVE_BLOCK_COMMAND');

/** The top-level block the selection is in, or the top-level block selected as a unit. */
function $selectedBlock(): LexicalNode | null {
  const selection = $getSelection();
  let node: LexicalNode | null = null;
  if ($isNodeSelection(selection)) node = selection.getNodes()[0] ?? null;
  else if ($isRangeSelection(selection)) node = selection.anchor.getNode();
  if (!node || node === $getRoot()) return null;
  return node.getParent() === $getRoot() ? node : node.getTopLevelElement();
}

/**
 * Moves the selected top-level block past its neighbour, as Word's Alt+Shift+Up/Down does
 * with a paragraph, and keeps the selection where it was inside it. False when there is
 * nothing to move or no neighbour in that direction (the first block cannot go up).
 */
export function $moveBlock(direction: MoveDirection): boolean {
  const block = $selectedBlock();
  if (!block) return false;
  const neighbour = direction === 'up' ? block.getPreviousSibling() : block.getNextSibling();
  if (!neighbour) return false;
  // Keys survive a move, so a copy of the selection still names the same places afterwards.
  const selection = $getSelection()?.clone() ?? null;
  if (direction === 'up') neighbour.insertBefore(block);
  else neighbour.insertAfter(block);
  if (selection) $setSelection(selection);
  return true;
}

import { $getSelection, $isRangeSelection, $isTextNode, createCommand, type LexicalCommand } from 'lexical';

export const CLEAR_FORMATTING_COMMAND: LexicalCommand<void> = createCommand('CLEAR_FORMATTING_COMMAND');

/**
 * Takes bold, italic, underline, strikethrough and any inline style off the selected
 * text, and off what is typed next at a collapsed cursor. Headings, lists and links
 * stay: they are the document's structure, not its formatting. Returns whether there
 * was a text selection to clear. Call inside editor.update().
 */
export function $clearFormatting(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) {
    // extract() splits the text nodes at the selection's edges, so only the selected part changes.
    for (const node of selection.extract()) {
      if ($isTextNode(node)) {
        node.setFormat(0);
        node.setStyle('');
      }
    }
  }
  selection.format = 0;
  selection.style = '';
  return true;
}

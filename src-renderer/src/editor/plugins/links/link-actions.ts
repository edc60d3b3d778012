import { $createLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getSelection, $isRangeSelection, createCommand, type LexicalCommand } from 'lexical';
import { isAllowedLinkUrl } from '../../../../../src-shared/security/link-url';

/** Opens the link dialog for the selection (the toolbar button and Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');

/** The link the cursor is in, or null. Call inside read/update. */
export function $linkAtCursor(): LinkNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
}

/**
 * Links the selected text to `url`, changes the address of the link at the cursor, or,
 * at a cursor outside a link, inserts the address as a linked text. Refuses (false) any
 * address that is not http, https or mailto, and changes nothing then. Call inside
 * editor.update().
 */
export function $applyLink(url: string): boolean {
  if (!isAllowedLinkUrl(url)) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const current = $linkAtCursor();
  if (selection.isCollapsed()) {
    if (current) current.setURL(url);
    else {
      const text = $createTextNode(url);
      selection.insertNodes([$createLinkNode(url, { rel: null }).append(text)]);
      text.select(url.length, url.length);
    }
    return true;
  }
  $toggleLink(url, { rel: null });
  return true;
}

/** Turns the link at the cursor, or the links in the selection, back into plain text. Call inside editor.update(). */
export function $removeLink(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const current = $linkAtCursor();
  if (selection.isCollapsed() && current) {
    for (const child of current.getChildren()) current.insertBefore(child);
    current.remove();
    return true;
  }
  $toggleLink(null);
  return true;
}

import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';

/**
 * Why keys went to the wrong place after a click: Lexical learns where the caret is from
 * the document's `selectionchange` event, which the browser queues as an ordinary task,
 * while it runs input events ahead of ordinary tasks. On a busy main thread (a long
 * document, a slow machine) a click or End moves the caret in the DOM, and the next key
 * (Enter, Backspace, Tab: the keys Lexical handles at keydown from its own selection)
 * arrives before that event has run. Lexical then splits or deletes where the caret was
 * before the click. So before every keydown the editor reads the caret from the DOM,
 * which is already up to date, and adopts it if it differs.
 */

/** Whether the editor's selection is somewhere else than the DOM's caret. Read-only. */
export function $isSelectionStale(domSelection: Selection | null, editor: LexicalEditor): boolean {
  const fromDom = $createRangeSelectionFromDom(domSelection, editor);
  if (!fromDom) return false;
  const current = $getSelection();
  // A block or field selected as a unit (a NodeSelection) is the user's choice, not a lag.
  if ($isNodeSelection(current)) return false;
  // Where, not how: the selection's format is the text's it sits in, which the DOM does not say.
  return !$isRangeSelection(current) || !fromDom.anchor.is(current.anchor) || !fromDom.focus.is(current.focus);
}

/**
 * Makes the editor's selection the DOM's caret, with the format of the text it lands in
 * (as Lexical does on selectionchange), so typing after bold text stays bold.
 */
export function $adoptDomSelection(domSelection: Selection | null, editor: LexicalEditor): void {
  const fromDom = $createRangeSelectionFromDom(domSelection, editor);
  if (!fromDom) return;
  $takeFormatFromPlace(fromDom);
  $setSelection(fromDom);
}

function $takeFormatFromPlace(selection: RangeSelection): void {
  if (!selection.isCollapsed()) return;
  const node = selection.anchor.getNode();
  if ($isTextNode(node)) {
    selection.format = node.getFormat();
    selection.style = node.getStyle();
  } else if ($isParagraphNode(node) && node.isEmpty()) {
    selection.format = node.getTextFormat();
    selection.style = node.getTextStyle();
  }
}

/** Brings the editor's selection up to the DOM's before a key or a clipboard event is handled; O(1), no tree walk. */
export function syncCaretBeforeKey(editor: LexicalEditor, root: HTMLElement): void {
  if (editor.isComposing() || !editor.isEditable()) return;
  const domSelection = root.ownerDocument.getSelection();
  if (!domSelection || domSelection.rangeCount === 0 || !root.contains(domSelection.anchorNode)) return;
  if (!editor.read(() => $isSelectionStale(domSelection, editor))) return;
  // Discrete: committed now, so Lexical's own keydown handler that follows sees it.
  editor.update(() => $adoptDomSelection(domSelection, editor), { discrete: true, tag: 'caret-sync' });
}

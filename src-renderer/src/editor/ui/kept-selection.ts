import { $getSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { $adoptDomSelection, $isSelectionStale } from '../plugins/caret-sync/caret-sync';

/**
 * The selection as the user sees it now, made the editor's own, and a copy of it to act
 * on when a dialog closes (focus in the dialog can leave the editor without one). Read
 * from the page when it is in the editor: Lexical learns of a selection change a moment
 * later, and a shortcut pressed straight after Shift+Arrow must not lose a character.
 * Call inside editor.update() or a command handler.
 */
export function $keepSelection(editor: LexicalEditor): BaseSelection | null {
  const root = editor.getRootElement();
  const dom = typeof window === 'undefined' ? null : window.getSelection();
  // The same catch-up as before a key (plugins/caret-sync), for a toolbar click or shortcut.
  if (root && dom?.anchorNode && root.contains(dom.anchorNode) && $isSelectionStale(dom, editor)) $adoptDomSelection(dom, editor);
  return $getSelection()?.clone() ?? null;
}

/** The same, outside an update (a toolbar click). */
export function keepSelection(editor: LexicalEditor): BaseSelection | null {
  let kept: BaseSelection | null = null;
  // Discrete: the update runs now, so the selection is there to return.
  editor.update(
    () => {
      kept = $keepSelection(editor);
    },
    { discrete: true },
  );
  return kept;
}

/** Puts a kept selection back if the editor has none. Call inside editor.update(). */
export function $restoreSelection(kept: BaseSelection | null): void {
  if (!$getSelection() && kept) $setSelection(kept.clone());
}

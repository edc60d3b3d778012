import { $getSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';

/**
 * The editor's selection when a dialog opens, to act on it when the dialog closes: focus
 * in the dialog can leave the editor without a selection of its own.
 */
export function keepSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
}

/** Puts a kept selection back if the editor has none. Call inside editor.update(). */
export function $restoreSelection(kept: BaseSelection | null): void {
  if (!$getSelection() && kept) $setSelection(kept.clone());
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_NORMAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';

/** Lexical's guard against a text replacement Chrome on macOS sends after a handled selection key. */
function awaitsBogusReplacement(editor: LexicalEditor): boolean {
  const state = (editor as unknown as { _inputState?: { isInsertTextAfterHandledSelectionCommand?: boolean } })._inputState;
  return state?.isInsertTextAfterHandledSelectionCommand === true;
}

/**
 * A typed character goes into the editor's model, which then updates the page, instead of
 * through Chromium's own typing command: that command lays out and measures the editable area
 * around the caret before and after each key, a cost that grows with the document (3 ms a key in
 * a 150-page manual, measured with `npm run bench`). Composition (IME, dead keys), line breaks,
 * pasted or replaced text keep Lexical's usual path.
 */
export function ControlledTypingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        BEFORE_INPUT_COMMAND,
        (event) => {
          if (event.inputType !== 'insertText' || event.isComposing || editor.isComposing()) return false;
          const text = event.data;
          if (!text || text === '\n' || [...text].length !== 1 || awaitsBogusReplacement(editor)) return false;
          if (!$isRangeSelection($getSelection())) return false;
          event.preventDefault();
          editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}

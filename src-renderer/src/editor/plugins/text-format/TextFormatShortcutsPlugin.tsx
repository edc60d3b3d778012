import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { isModifierKey } from '../../ui/shortcut';

/** Strikethrough has no key of Lexical's own; Ctrl/Cmd+Shift+X as in Google Docs and the Lexical playground. */
export const STRIKETHROUGH_SHORTCUT = 'Shift+X';

/** Keys for the formats Lexical does not bind itself (it binds Ctrl/Cmd+B, I and U). */
export function TextFormatShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isModifierKey(event) || !event.shiftKey || event.key.toLowerCase() !== 'x') return false;
          event.preventDefault();
          return editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough');
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}

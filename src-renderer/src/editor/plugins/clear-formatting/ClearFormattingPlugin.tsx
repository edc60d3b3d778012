import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { isModifierKey } from '../../ui/shortcut';
import { $clearFormatting, CLEAR_FORMATTING_COMMAND } from './clear-formatting';

/** Ctrl/Cmd+\ clears formatting, as in Google Docs and the Lexical playground. */
export const CLEAR_FORMATTING_SHORTCUT = '\\';

export function ClearFormattingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CLEAR_FORMATTING_COMMAND, () => $clearFormatting(), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isModifierKey(event) || event.shiftKey || event.key !== CLEAR_FORMATTING_SHORTCUT) return false;
            event.preventDefault();
            return editor.dispatchCommand(CLEAR_FORMATTING_COMMAND, undefined);
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}

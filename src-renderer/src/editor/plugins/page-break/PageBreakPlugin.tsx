import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { isModifierKey } from '../../ui/shortcut';
import { $insertPageBreak, INSERT_PAGE_BREAK_COMMAND } from './page-break';

/** Ctrl/Cmd+Enter inserts a page break, as in Word. */
export const PAGE_BREAK_SHORTCUT = 'Enter';

export function PageBreakPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(INSERT_PAGE_BREAK_COMMAND, () => $insertPageBreak(), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            if (!event || !isModifierKey(event) || event.shiftKey) return false;
            event.preventDefault();
            editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined);
            // Handled even in a table, where it is refused: Ctrl+Enter must not split the cell's paragraph instead.
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  BLUR_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { $tabAction, TAB_MOVES_FOCUS_COMMAND } from './tab-keys';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/**
 * Tab and Shift+Tab nest and un-nest list items. Everywhere else Tab keeps its job of
 * moving focus (in a table TablePlugin moves between cells), so a keyboard user is
 * never trapped. As in CodeMirror and VS Code, Ctrl+M switches Tab to moving focus
 * everywhere, and Escape followed by Tab leaves the editor even from a list item.
 */
export function TabKeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let tabMovesFocus = false;
    let escaped = false;
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey && event.key.toLowerCase() === 'm') {
            event.preventDefault();
            tabMovesFocus = !tabMovesFocus;
            editor.dispatchCommand(TAB_MOVES_FOCUS_COMMAND, tabMovesFocus);
            return true;
          }
          if (event.key !== 'Escape' && event.key !== 'Tab' && !MODIFIERS.has(event.key)) escaped = false;
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          escaped = true;
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          escaped = false;
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // Critical, ahead of the table's Tab handler: in focus mode Tab must leave a table too.
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (tabMovesFocus || escaped) {
            escaped = false;
            // Handled without preventDefault: the browser moves focus, no other handler runs.
            return true;
          }
          const action = $tabAction(event.shiftKey);
          if (action === 'pass') return false;
          event.preventDefault();
          if (action === 'indent') editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
          if (action === 'outdent') editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return null;
}

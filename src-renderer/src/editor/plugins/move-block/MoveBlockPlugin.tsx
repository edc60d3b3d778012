import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $moveBlock, MOVE_BLOCK_COMMAND } from './move-block';

/** Alt+Shift+Up / Alt+Shift+Down move the block at the caret (or the selected guidance block), as in Word. */
export function MoveBlockPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(MOVE_BLOCK_COMMAND, (direction) => $moveBlock(direction), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
            if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
            event.preventDefault();
            editor.dispatchCommand(MOVE_BLOCK_COMMAND, event.key === 'ArrowUp' ? 'up' : 'down');
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}

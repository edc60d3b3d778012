import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { type JSX, useEffect, useState } from 'react';
import { TAB_MOVES_FOCUS_COMMAND } from './tab-keys';

/** Says, for screen readers and on screen, what Tab does after Ctrl+M switched it. */
export function TabModeStatus(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerCommand(
      TAB_MOVES_FOCUS_COMMAND,
      (movesFocus) => {
        clearTimeout(timer);
        if (movesFocus) setMessage('Tab moves focus (Ctrl+M to switch back)');
        else {
          setMessage('Tab indents list items');
          // The usual mode needs no lasting reminder.
          timer = setTimeout(() => setMessage(''), 4000);
        }
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);
  return (
    <span className="toolbar-status" role="status">
      {message}
    </span>
  );
}

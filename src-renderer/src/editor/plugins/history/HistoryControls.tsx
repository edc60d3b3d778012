import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { type JSX, useEffect, useState } from 'react';
import { IS_MAC, shortcut } from '../../ui/shortcut';
import { ToolbarButton } from '../../ui/ToolbarButton';

/**
 * Undo and redo. The keys (Ctrl/Cmd+Z, Ctrl+Y or Ctrl/Cmd+Shift+Z) are Lexical's own,
 * served by HistoryPlugin; these buttons follow whether there is anything to undo.
 */
export function HistoryControls({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return (
    <>
      <ToolbarButton
        label="Undo"
        title={`Undo (${shortcut('Z')})`}
        icon="↶"
        disabled={disabled || !canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      />
      <ToolbarButton
        label="Redo"
        title={`Redo (${IS_MAC ? shortcut('Shift+Z') : 'Ctrl+Y or Ctrl+Shift+Z'})`}
        icon="↷"
        disabled={disabled || !canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      />
    </>
  );
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { type BaseSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { type JSX, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { $keepSelection, $restoreSelection } from '../../ui/kept-selection';
import { LinkIcon } from '../../ui/LinkIcon';
import { isModifierKey, shortcut } from '../../ui/shortcut';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { useSelectionValue } from '../../ui/useSelectionValue';
import { LinkDialog } from './LinkDialog';
import { $applyLink, $linkAtCursor, $removeLink, OPEN_LINK_DIALOG_COMMAND } from './link-actions';

type Editing = { current: string | null; selection: BaseSelection | null };

/** The Link button, Ctrl/Cmd+K, and the dialog both open. */
export function LinkControls({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const atCursor = useSelectionValue(() => $linkAtCursor()?.getURL() ?? null, null);
  const [editing, setEditing] = useState<Editing | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_LINK_DIALOG_COMMAND,
          () => {
            if (!editor.isEditable()) return false;
            const selection = $keepSelection(editor);
            setEditing({ current: $linkAtCursor()?.getURL() ?? null, selection });
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isModifierKey(event) || event.shiftKey || event.key.toLowerCase() !== 'k') return false;
            // The browser's own Ctrl+K (search) must not take the key from the editor.
            event.preventDefault();
            return editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const close = () => {
    setEditing(null);
    editor.focus();
  };
  const change = (action: () => boolean) => {
    const kept = editing?.selection ?? null;
    editor.update(() => {
      $restoreSelection(kept);
      action();
    });
    close();
  };

  return (
    <>
      <ToolbarButton
        label="Link"
        title={`${atCursor ? `Edit link to ${atCursor}` : 'Link'} (${shortcut('K')})`}
        icon={<LinkIcon />}
        disabled={disabled}
        pressed={atCursor !== null}
        onClick={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}
      />
      {editing
        ? createPortal(
            <LinkDialog
              current={editing.current}
              onCancel={close}
              onApply={(url) => change(() => $applyLink(url))}
              onRemove={() => change($removeLink)}
            />,
            document.body,
          )
        : null}
    </>
  );
}

import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  type ListType,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { JSX } from 'react';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { useSelectionValue } from '../../ui/useSelectionValue';
import { $currentListType } from './list-type';

const LISTS = [
  { type: 'bullet', label: 'Bulleted list', hint: 'type “- ”', icon: '• ≡', command: INSERT_UNORDERED_LIST_COMMAND },
  { type: 'number', label: 'Numbered list', hint: 'type “1. ”', icon: '1. ≡', command: INSERT_ORDERED_LIST_COMMAND },
  { type: 'check', label: 'Check list', hint: 'type “[ ] ”', icon: '☑ ≡', command: INSERT_CHECK_LIST_COMMAND },
] as const;

/** Bulleted, numbered and check lists: a second press turns the list back into paragraphs. */
export function ListControls({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const current = useSelectionValue<ListType | null>($currentListType, null);
  return (
    <>
      {LISTS.map(({ type, label, hint, icon, command }) => (
        <ToolbarButton
          key={type}
          label={label}
          title={`${label} (${hint}; Tab and Shift+Tab nest an item)`}
          icon={icon}
          disabled={disabled}
          pressed={current === type}
          onClick={() => {
            if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
            else editor.dispatchCommand(command, undefined);
          }}
        />
      ))}
    </>
  );
}

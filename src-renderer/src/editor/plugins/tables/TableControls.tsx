import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BaseSelection } from 'lexical';
import { type JSX, useState } from 'react';
import { createPortal } from 'react-dom';
import { DropdownMenu, type MenuItem } from '../../ui/DropdownMenu';
import { $restoreSelection, keepSelection } from '../../ui/kept-selection';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { useSelectionValue } from '../../ui/useSelectionValue';
import { InsertTableDialog } from './InsertTableDialog';
import {
  $hasHeaderRow,
  $tableAtCursor,
  INSERT_DOCUMENT_TABLE_COMMAND,
  TABLE_ACTION_COMMAND,
  type TableAction,
} from './table-actions';

/** 'none' outside a table; inside one, whether its first row is a header row. */
function $tableState(): 'none' | 'table' | 'table-with-header' {
  const table = $tableAtCursor();
  if (!table) return 'none';
  return $hasHeaderRow(table) ? 'table-with-header' : 'table';
}

const ACTIONS: ReadonlyArray<{ action: TableAction; label: string; separated?: boolean }> = [
  { action: 'row-above', label: 'Insert row above' },
  { action: 'row-below', label: 'Insert row below' },
  { action: 'column-left', label: 'Insert column left' },
  { action: 'column-right', label: 'Insert column right' },
  { action: 'delete-row', label: 'Delete row', separated: true },
  { action: 'delete-column', label: 'Delete column' },
  { action: 'toggle-header-row', label: 'Header row', separated: true },
  { action: 'delete-table', label: 'Delete table', separated: true },
];

/** "Insert table…" (a dialog) and the "Table" menu, which works on the table at the cursor. */
export function TableControls({ disabled }: { disabled: boolean }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const state = useSelectionValue($tableState, 'none');
  const [inserting, setInserting] = useState<{ kept: BaseSelection | null } | null>(null);
  const items: MenuItem[] = ACTIONS.map(({ action, label, separated }) => ({
    label,
    separated,
    ...(action === 'toggle-header-row' ? { checked: state === 'table-with-header' } : {}),
    onSelect: () => {
      editor.dispatchCommand(TABLE_ACTION_COMMAND, action);
      editor.focus();
    },
  }));
  return (
    <>
      <ToolbarButton
        label="Insert table"
        title={state === 'none' ? 'Insert table…' : 'Insert table… (not inside another table)'}
        icon="⊞"
        disabled={disabled || state !== 'none'}
        onClick={() => setInserting({ kept: keepSelection(editor) })}
      />
      <DropdownMenu
        label="Table"
        title={state === 'none' ? 'Table: put the cursor in a table first' : 'Rows, columns and header row of this table'}
        disabled={disabled || state === 'none'}
        items={items}
      />
      {inserting
        ? createPortal(
            <InsertTableDialog
              onCancel={() => {
                setInserting(null);
                editor.focus();
              }}
              onInsert={(table) => {
                const kept = inserting.kept;
                setInserting(null);
                editor.update(() => {
                  $restoreSelection(kept);
                  editor.dispatchCommand(INSERT_DOCUMENT_TABLE_COMMAND, table);
                });
                editor.focus();
              }}
            />,
            document.body,
          )
        : null}
    </>
  );
}

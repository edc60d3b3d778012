import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { $applyTableAction, $insertDocumentTable, INSERT_DOCUMENT_TABLE_COMMAND, TABLE_ACTION_COMMAND } from './table-actions';

/** Serves the toolbar's table commands; Lexical's TablePlugin does the rest (cells, selection, Tab). */
export function TablesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(INSERT_DOCUMENT_TABLE_COMMAND, (table) => $insertDocumentTable(table), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(TABLE_ACTION_COMMAND, (action) => $applyTableAction(action), COMMAND_PRIORITY_EDITOR),
      ),
    [editor],
  );
  return null;
}

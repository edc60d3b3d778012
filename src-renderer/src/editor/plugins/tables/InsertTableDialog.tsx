import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type JSX, useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { type NewTable, newTableProblem, TABLE_LIMITS } from './table-actions';

/** Rows, columns and header row of a new table; 3 by 3 with a header row unless changed. */
export function InsertTableDialog({
  onInsert,
  onCancel,
}: {
  onInsert: (table: NewTable) => void;
  onCancel: () => void;
}): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [headerRow, setHeaderRow] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      returnFocus={() => editor.focus()}
      title="Insert a table"
      submitLabel="Insert table"
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        const table = { rows: Number(rows), columns: Number(columns), headerRow };
        const problem = newTableProblem(table);
        if (problem) setError(problem);
        else onInsert(table);
      }}
    >
      <div className="table-size-fields">
        <label>
          Rows
          <input
            type="number"
            min={TABLE_LIMITS.rows.min}
            max={TABLE_LIMITS.rows.max}
            value={rows}
            onChange={(event) => setRows(event.target.value)}
          />
        </label>
        <label>
          Columns
          <input
            type="number"
            min={TABLE_LIMITS.columns.min}
            max={TABLE_LIMITS.columns.max}
            value={columns}
            onChange={(event) => setColumns(event.target.value)}
          />
        </label>
      </div>
      <label className="dialog-check">
        <input type="checkbox" checked={headerRow} onChange={(event) => setHeaderRow(event.target.checked)} />
        First row is a header row (repeated at the top of each page in Word)
      </label>
    </Dialog>
  );
}

import {
  $createTableNodeWithDimensions,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  createCommand,
  type LexicalCommand,
} from 'lexical';

/** Bounds of the insert dialog: a register wider than this does not fit a portrait page. */
export const TABLE_LIMITS = { rows: { min: 1, max: 100 }, columns: { min: 1, max: 12 } } as const;

export interface NewTable {
  rows: number;
  columns: number;
  /** The first row is a header row (repeated on each page in Word). */
  headerRow: boolean;
}

export const INSERT_DOCUMENT_TABLE_COMMAND: LexicalCommand<NewTable> = createCommand('INSERT_DOCUMENT_TABLE_COMMAND');

export const TABLE_ACTIONS = [
  'row-above',
  'row-below',
  'column-left',
  'column-right',
  'delete-row',
  'delete-column',
  'toggle-header-row',
  'delete-table',
] as const;
export type TableAction = (typeof TABLE_ACTIONS)[number];

export const TABLE_ACTION_COMMAND: LexicalCommand<TableAction> = createCommand('TABLE_ACTION_COMMAND');

/** Why a table of this size cannot be made, or null. */
export function newTableProblem({ rows, columns }: Pick<NewTable, 'rows' | 'columns'>): string | null {
  const { rows: r, columns: c } = TABLE_LIMITS;
  if (!Number.isInteger(rows) || rows < r.min || rows > r.max) return `Rows must be a whole number from ${r.min} to ${r.max}.`;
  if (!Number.isInteger(columns) || columns < c.min || columns > c.max)
    return `Columns must be a whole number from ${c.min} to ${c.max}.`;
  return null;
}

/** The table the cursor is in, or null. Call inside read/update. */
export function $tableAtCursor(): TableNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $findTableNode(selection.anchor.getNode());
}

/** Whether every cell of the table's first row is a header cell. */
export function $hasHeaderRow(table: TableNode): boolean {
  const first = table.getFirstChild();
  if (!$isTableRowNode(first)) return false;
  const cells = first.getChildren().filter($isTableCellNode);
  return cells.length > 0 && cells.every((cell) => (cell.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0);
}

/**
 * Inserts an empty table at the cursor, after the block it is in, with the caret in its
 * first cell. Refused (false) inside a table: a document's tables are not nested.
 * Call inside editor.update().
 */
export function $insertDocumentTable(table: NewTable): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || newTableProblem(table) || $tableAtCursor()) return false;
  const node = $createTableNodeWithDimensions(table.rows, table.columns, { rows: table.headerRow, columns: false });
  $insertNodeToNearestRoot(node);
  node.getFirstDescendant()?.selectStart();
  return true;
}

/** Removes the table and puts the caret in the block after it (or before it, or a new paragraph). */
function $removeTable(table: TableNode): void {
  let target = table.getNextSibling() ?? table.getPreviousSibling();
  if (!$isElementNode(target)) {
    target = $createParagraphNode();
    table.insertAfter(target);
  }
  table.remove();
  if ($isElementNode(target)) target.selectStart();
}

/**
 * One change to the table at the cursor. Deleting its last row or last column deletes
 * the table. Returns false outside a table. Call inside editor.update().
 */
export function $applyTableAction(action: TableAction): boolean {
  const table = $tableAtCursor();
  if (!table) return false;
  const rows = table.getChildrenSize();
  const columns = table.getColumnCount();
  switch (action) {
    case 'row-above':
    case 'row-below':
      $insertTableRowAtSelection(action === 'row-below');
      return true;
    case 'column-left':
    case 'column-right':
      $insertTableColumnAtSelection(action === 'column-right');
      return true;
    case 'delete-row':
      if (rows <= 1) $removeTable(table);
      else $deleteTableRowAtSelection();
      return true;
    case 'delete-column':
      if (columns <= 1) $removeTable(table);
      else $deleteTableColumnAtSelection();
      return true;
    case 'toggle-header-row':
      $setTableRowIsHeader(table, 0, !$hasHeaderRow(table));
      return true;
    case 'delete-table':
      $removeTable(table);
      return true;
  }
}

import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type ElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $applyTableAction,
  $insertDocumentTable,
  $tableAtCursor,
  newTableProblem,
} from '../../../../src-renderer/src/editor/plugins/tables/table-actions';
import { documentContent, paragraph, textNode } from '../../../../src-shared/editor/nodes';
import type { SerializedContent, SerializedNodeShape } from '../../../../src-shared/editor/serialized-content';
import { change, editorWith, saved } from './headless';

const start = () => editorWith(documentContent([paragraph([textNode('Records are kept.')])]) as SerializedContent);

/** Puts the caret at the end of the text of cell (row, column) of the first table. */
function $caretInCell(row: number, column: number) {
  const table = $getRoot()
    .getChildren()
    .find((node) => node.getType() === 'table');
  if (!$isElementNode(table)) throw new Error('no table');
  const rowNode = table.getChildAtIndex(row);
  const cell = $isElementNode(rowNode) ? rowNode.getChildAtIndex(column) : null;
  if (!$isElementNode(cell)) throw new Error(`no cell ${row},${column}`);
  (cell.getFirstChild() as LexicalNode & { selectEnd: () => void }).selectEnd();
}

/** The saved table as a grid of header flags and texts. */
function grid(content: SerializedContent): string[][] {
  const table = content.root.children.find((node) => node.type === 'table');
  if (!table) return [];
  return (table.children ?? []).map((row) =>
    (row.children ?? []).map((cell: SerializedNodeShape) => {
      const text = (cell.children ?? []).map((p) => (p.children ?? []).map((t) => t.text).join('')).join('');
      return `${cell.headerState === 1 ? 'H' : ''}${text}`;
    }),
  );
}

function typeInCell(editor: ReturnType<typeof start>, row: number, column: number, text: string) {
  change(editor, () => {
    $caretInCell(row, column);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(text);
  });
}

describe('inserting a table', () => {
  it('puts a 3 by 3 table with a header row after the paragraph, with the caret in its first cell', () => {
    const editor = start();
    change(editor, () => $getRoot().selectEnd());
    expect(change(editor, () => $insertDocumentTable({ rows: 3, columns: 3, headerRow: true }))).toBe(true);
    const content = saved(editor);
    expect(content.root.children.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(grid(content)).toEqual([
      ['H', 'H', 'H'],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(editor.getEditorState().read(() => $tableAtCursor() !== null)).toBe(true);
  });

  it('makes a table without a header row when asked', () => {
    const editor = start();
    change(editor, () => $getRoot().selectEnd());
    change(editor, () => $insertDocumentTable({ rows: 2, columns: 4, headerRow: false }));
    expect(grid(saved(editor))).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  it('refuses a table inside a table and a size outside the limits, changing nothing', () => {
    const editor = start();
    change(editor, () => $getRoot().selectEnd());
    change(editor, () => $insertDocumentTable({ rows: 2, columns: 2, headerRow: false }));
    const before = saved(editor);
    expect(change(editor, () => $insertDocumentTable({ rows: 2, columns: 2, headerRow: false }))).toBe(false);
    expect(saved(editor)).toEqual(before);
    change(editor, () => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd());
    expect(change(editor, () => $insertDocumentTable({ rows: 0, columns: 2, headerRow: false }))).toBe(false);
    expect(change(editor, () => $insertDocumentTable({ rows: 2, columns: 13, headerRow: false }))).toBe(false);
    expect(saved(editor)).toEqual(before);
  });

  it('names the limit a size breaks', () => {
    expect(newTableProblem({ rows: 3, columns: 3 })).toBeNull();
    expect(newTableProblem({ rows: 0, columns: 3 })).toBe('Rows must be a whole number from 1 to 100.');
    expect(newTableProblem({ rows: 2.5, columns: 3 })).toBe('Rows must be a whole number from 1 to 100.');
    expect(newTableProblem({ rows: 3, columns: 40 })).toBe('Columns must be a whole number from 1 to 12.');
  });
});

describe('changing the table at the cursor', () => {
  function tableWithText() {
    const editor = start();
    change(editor, () => $getRoot().selectEnd());
    change(editor, () => $insertDocumentTable({ rows: 2, columns: 2, headerRow: true }));
    typeInCell(editor, 0, 0, 'Record');
    typeInCell(editor, 0, 1, 'Owner');
    typeInCell(editor, 1, 0, 'Audit report');
    typeInCell(editor, 1, 1, 'QM');
    return editor;
  }

  it('adds rows above and below the cursor’s row', () => {
    const editor = tableWithText();
    change(editor, () => $caretInCell(1, 0));
    change(editor, () => $applyTableAction('row-below'));
    change(editor, () => $caretInCell(1, 0));
    change(editor, () => $applyTableAction('row-above'));
    expect(grid(saved(editor))).toEqual([
      ['HRecord', 'HOwner'],
      ['', ''],
      ['Audit report', 'QM'],
      ['', ''],
    ]);
  });

  it('adds columns left and right of the cursor’s column', () => {
    const editor = tableWithText();
    change(editor, () => $caretInCell(1, 1));
    change(editor, () => $applyTableAction('column-right'));
    change(editor, () => $caretInCell(1, 0));
    change(editor, () => $applyTableAction('column-left'));
    expect(grid(saved(editor)).map((row) => row.map((cell) => cell.replace(/^H/, '')))).toEqual([
      ['', 'Record', 'Owner', ''],
      ['', 'Audit report', 'QM', ''],
    ]);
  });

  it('deletes the cursor’s row and column', () => {
    const editor = tableWithText();
    change(editor, () => $caretInCell(1, 1));
    change(editor, () => $applyTableAction('delete-column'));
    expect(grid(saved(editor))).toEqual([['HRecord'], ['Audit report']]);
    change(editor, () => $caretInCell(0, 0));
    change(editor, () => $applyTableAction('delete-row'));
    expect(grid(saved(editor))).toEqual([['Audit report']]);
  });

  it('deletes the whole table with its last row, leaving the text around it', () => {
    const editor = tableWithText();
    change(editor, () => $caretInCell(1, 0));
    change(editor, () => $applyTableAction('delete-row'));
    change(editor, () => $caretInCell(0, 0));
    change(editor, () => $applyTableAction('delete-row'));
    const content = saved(editor);
    expect(content.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('turns the header row off and on', () => {
    const editor = tableWithText();
    change(editor, () => $caretInCell(1, 1));
    change(editor, () => $applyTableAction('toggle-header-row'));
    expect(grid(saved(editor))[0]).toEqual(['Record', 'Owner']);
    change(editor, () => $caretInCell(1, 1));
    change(editor, () => $applyTableAction('toggle-header-row'));
    expect(grid(saved(editor))[0]).toEqual(['HRecord', 'HOwner']);
  });

  it('deletes the table and keeps the paragraph before it', () => {
    const editor = tableWithText();
    change(editor, () => $caretInCell(0, 0));
    expect(change(editor, () => $applyTableAction('delete-table'))).toBe(true);
    const content = saved(editor);
    expect(content.root.children.some((node) => node.type === 'table')).toBe(false);
    expect(JSON.stringify(content)).toContain('Records are kept.');
  });

  it('does nothing outside a table', () => {
    const editor = start();
    change(editor, () => $getRoot().selectEnd());
    const before = saved(editor);
    expect(change(editor, () => $applyTableAction('delete-row'))).toBe(false);
    expect(saved(editor)).toEqual(before);
  });
});

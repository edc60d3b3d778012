import type { Table } from 'mdast';
import { HEADER_STATE, paragraph, type TableJson, table, tableCell, tableRow } from '../../editor/nodes';
import { convertInline } from './inline';

/**
 * A GFM table: one paragraph per cell, the first row marked as the header row (Word
 * repeats it on every page). Short rows are padded with empty cells so the table stays
 * rectangular; column alignment is not kept.
 */
export function convertTable(source: Table): TableJson {
  const width = Math.max(...source.children.map((row) => row.children.length));
  return table(
    source.children.map((row, rowIndex) => {
      const headerState = rowIndex === 0 ? HEADER_STATE.row : HEADER_STATE.none;
      const cells = row.children.map((cell) => tableCell([paragraph(convertInline(cell.children))], headerState));
      while (cells.length < width) cells.push(tableCell([paragraph([])], headerState));
      return tableRow(cells);
    }),
  );
}

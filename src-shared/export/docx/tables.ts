import {
  BorderStyle,
  type ITableBordersOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { isHeaderRowCell } from '../../editor/nodes/tablecell';
import { inlineText, type SerializedNodeShape } from '../../editor/serialized-content';
import type { BuildContext } from './build-context';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const;
export const TABLE_BORDERS: ITableBordersOptions = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
export const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF5' } as const;

/** A column never gets less than 0.6 in, however short its text. */
const MIN_COLUMN = 864;

const isHeaderCell = (cell: SerializedNodeShape) => isHeaderRowCell({ headerState: cell.headerState });
const span = (cell: SerializedNodeShape) => (typeof cell.colSpan === 'number' && cell.colSpan > 1 ? cell.colSpan : 1);

/**
 * Column widths that fill the text width: each column gets a share by the length of its
 * longest text (capped, so one long sentence does not starve the others), never below a
 * minimum. Fixed widths make Word and LibreOffice lay the table out alike.
 */
export function columnWidths(rows: readonly string[][], totalWidth: number): number[] {
  const count = Math.max(1, ...rows.map((row) => row.length));
  const weights = Array.from({ length: count }, (_, column) =>
    Math.max(4, ...rows.map((row) => Math.min(40, Math.sqrt((row[column] ?? '').length) * 6))),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const minimum = Math.min(MIN_COLUMN, Math.floor(totalWidth / count));
  const raw = weights.map((weight) => Math.max(minimum, (weight / sum) * totalWidth));
  const scale = totalWidth / raw.reduce((a, b) => a + b, 0);
  const widths = raw.map((width) => Math.floor(width * scale));
  widths[widths.length - 1] = (widths[widths.length - 1] as number) + totalWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The text of each cell, spread over the columns it spans, for sizing the columns. */
function cellTexts(rows: readonly SerializedNodeShape[]): string[][] {
  return rows.map((row) =>
    (row.children ?? []).flatMap((cell) => {
      const text = (cell.children ?? []).map((block) => inlineText(block, () => 'xxxxxxxxxxxx')).join(' ');
      const parts = span(cell);
      return Array.from({ length: parts }, () => text.slice(0, Math.ceil(text.length / parts)));
    }),
  );
}

/**
 * A table with borders, fixed column widths that fit the page, and its header row
 * marked to repeat at the top of every page the table runs onto (and never split).
 */
export function tableBlock(
  node: SerializedNodeShape,
  context: BuildContext,
  cellBlocks: (blocks: readonly SerializedNodeShape[], header: boolean) => Array<Paragraph | Table>,
): Table {
  const rows = node.children ?? [];
  const widths = columnWidths(cellTexts(rows), context.textWidth);
  let inHeader = true;
  const tableRows = rows.map((row) => {
    const cells = row.children ?? [];
    // Only the leading header rows repeat: Word's rule, and what a reader expects.
    inHeader = inHeader && cells.length > 0 && cells.every(isHeaderCell);
    const header = inHeader;
    let column = 0;
    return new TableRow({
      ...(header ? { tableHeader: true, cantSplit: true } : {}),
      children: cells.map((cell) => {
        const columns = span(cell);
        const width = widths.slice(column, column + columns).reduce((a, b) => a + b, 0);
        column += columns;
        const blocks = cellBlocks(cell.children ?? [], isHeaderCell(cell));
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(columns > 1 ? { columnSpan: columns } : {}),
          ...(typeof cell.rowSpan === 'number' && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          ...(isHeaderCell(cell) ? { shading: HEADER_SHADING } : {}),
          children: blocks.length > 0 ? blocks : [new Paragraph({})],
        });
      }),
    });
  });
  return new Table({
    rows: tableRows,
    columnWidths: widths,
    width: { size: context.textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    ...(context.tableStyle ? { style: context.tableStyle } : { borders: TABLE_BORDERS }),
  });
}

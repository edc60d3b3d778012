import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { HEADER_ROW_LOOK, QMS_CONTROL_TABLE_STYLE, QMS_TABLE_STYLE } from '../table-style';
import { HEADER_SHADING } from '../tables';

/**
 * A table of plain text in our table style: with a header row (shaded, bold, repeated on
 * every page), or as label and value pairs with the labels (even columns) shaded and bold.
 * The control block, the revision history and the master list.
 */
export function factTable(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  const cell = (text: string, index: number, label: boolean) =>
    new TableCell({
      width: { size: widths[index] as number, type: WidthType.DXA },
      ...(label ? { shading: HEADER_SHADING } : {}),
      children: [new Paragraph({ children: [new TextRun(label ? { text, bold: true } : text)] })],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    ...(header
      ? { style: QMS_TABLE_STYLE, tableLook: HEADER_ROW_LOOK }
      : { style: QMS_CONTROL_TABLE_STYLE, tableLook: { ...HEADER_ROW_LOOK, firstRow: false } }),
    rows: [
      ...(header
        ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, i) => cell(text, i, false)) })]
        : []),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, i, header === null && i % 2 === 0)),
          }),
      ),
    ],
  });
}

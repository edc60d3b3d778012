import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { STYLE } from '../styles';
import { HEADER_SHADING, TABLE_BORDERS } from '../tables';

/** A bordered table of plain text with a shaded, repeating header row: the control block and the revision history. */
export function factTable(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  const cell = (text: string, index: number, bold: boolean, shaded: boolean) =>
    new TableCell({
      width: { size: widths[index] as number, type: WidthType.DXA },
      ...(shaded ? { shading: HEADER_SHADING } : {}),
      children: [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text, bold })] })],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [
      ...(header
        ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, i) => cell(text, i, true, true)) })]
        : []),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            // Label columns (even positions) of a label/value table are shaded like a header.
            children: row.map((text, i) => cell(text, i, header === null && i % 2 === 0, header === null && i % 2 === 0)),
          }),
      ),
    ],
  });
}

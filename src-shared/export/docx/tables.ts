import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { isHeaderRowCell } from '../../editor/nodes/tablecell';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import type { BuildContext } from './build-context';
import { HEADER_ROW_LOOK, QMS_TABLE_STYLE } from './table-style';

export const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF5' } as const;

/** A column never gets less than 0.6 in, however short its text. */
const MIN_COLUMN = 864;
/** About a character of bold 10 pt text, in twips, and a cell's left and right margins. */
const CHARACTER = 120;
const CELL_MARGINS = 216;

const isHeaderCell = (cell: SerializedNodeShape) => isHeaderRowCell({ headerState: cell.headerState });
const span = (cell: SerializedNodeShape) => (typeof cell.colSpan === 'number' && cell.colSpan > 1 ? cell.colSpan : 1);

/** How much text a cell holds, and its longest word (which a column should not break). */
export interface CellMeasure {
  length: number;
  word: number;
}

/**
 * Column widths that fill the text width. Each column first gets room for its longest
 * word (at least 0.6 in), so "Score" is never broken into "Scor-e"; the rest is shared by
 * the length of each column's longest text (capped, so one long sentence does not starve
 * the others). Fixed widths make Word and LibreOffice lay the table out alike.
 */
export function columnWidths(rows: readonly (readonly CellMeasure[])[], totalWidth: number): number[] {
  const count = Math.max(1, ...rows.map((row) => row.length));
  const columns = Array.from({ length: count }, (_, column) => rows.map((row) => row[column] ?? { length: 0, word: 0 }));
  const weights = columns.map((cells) => Math.max(4, ...cells.map((cell) => Math.min(40, Math.sqrt(cell.length) * 6))));
  const share = Math.floor(totalWidth / count);
  let floors = columns.map((cells) =>
    Math.min(share * 2, Math.max(MIN_COLUMN, CELL_MARGINS + CHARACTER * Math.max(0, ...cells.map((cell) => cell.word)))),
  );
  const floorSum = floors.reduce((a, b) => a + b, 0);
  // Too many long words for the page: every column gives up room in proportion.
  if (floorSum > totalWidth) floors = floors.map((floor) => (floor / floorSum) * totalWidth);
  const remaining = Math.max(0, totalWidth - floors.reduce((a, b) => a + b, 0));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const widths = floors.map((floor, column) => Math.floor(floor + (remaining * (weights[column] as number)) / weightSum));
  widths[widths.length - 1] = (widths[widths.length - 1] as number) + totalWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A node's text length and longest word, without building its text; a field counts as a dozen letters. */
function measure(node: SerializedNodeShape, into: CellMeasure): CellMeasure {
  if (typeof node.text === 'string') {
    const text = node.text;
    into.length += text.length + 1;
    let run = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      run = code === 32 || code === 9 || code === 10 || code === 47 || code === 45 ? 0 : run + 1;
      if (run > into.word) into.word = run;
    }
  } else if (node.type === 'field') {
    into.length += 12;
  }
  for (const child of node.children ?? []) measure(child, into);
  return into;
}

/** Each cell's measure, shared out over the columns it spans, for sizing the columns. */
function cellMeasures(rows: readonly SerializedNodeShape[]): CellMeasure[][] {
  return rows.map((row) =>
    (row.children ?? []).flatMap((cell) => {
      const parts = span(cell);
      const whole = measure(cell, { length: 0, word: 0 });
      return Array.from({ length: parts }, () => ({
        length: Math.ceil(whole.length / parts),
        word: Math.ceil(whole.word / parts),
      }));
    }),
  );
}

/**
 * A table in our table style (borders, 10 pt text, a shaded bold header row), or the
 * house style's Table Grid, with fixed column widths that fit the page, and its header
 * row marked to repeat at the top of every page the table runs onto (and never split).
 */
export function tableBlock(
  node: SerializedNodeShape,
  context: BuildContext,
  cellBlocks: (blocks: readonly SerializedNodeShape[], header: boolean) => Array<Paragraph | Table>,
): Table {
  const rows = node.children ?? [];
  const widths = columnWidths(cellMeasures(rows), context.textWidth);
  // Our style draws the header row; a house Table Grid has no header look, so it is drawn on the cells.
  const directHeader = context.tableStyle !== null;
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
        // A header cell below the header row (a header column) is drawn on the cell in any style.
        const drawn = isHeaderCell(cell) && (directHeader || !header);
        const blocks = cellBlocks(cell.children ?? [], drawn);
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(columns > 1 ? { columnSpan: columns } : {}),
          ...(typeof cell.rowSpan === 'number' && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          ...(drawn ? { shading: HEADER_SHADING } : {}),
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
    style: context.tableStyle ?? QMS_TABLE_STYLE,
    tableLook: HEADER_ROW_LOOK,
  });
}

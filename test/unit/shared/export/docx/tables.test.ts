import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../../src-shared/editor/nodes/paragraph';
import { table } from '../../../../../src-shared/editor/nodes/table';
import { HEADER_STATE, tableCell } from '../../../../../src-shared/editor/nodes/tablecell';
import { tableRow } from '../../../../../src-shared/editor/nodes/tablerow';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import { contentBlocks } from '../../../../../src-shared/export/docx/blocks';
import { columnWidths } from '../../../../../src-shared/export/docx/tables';
import { blocksPackage, W, wAttr, wElements, wText } from '../../../../support/docx-package';
import { specContext } from './spec-context';

const cell = (text: string, header = false) =>
  tableCell([paragraph([textNode(text)])], header ? HEADER_STATE.row : HEADER_STATE.none);

async function exportedTable(rows: ReturnType<typeof tableRow>[]) {
  const { context } = specContext();
  const pkg = await blocksPackage(contentBlocks([table(rows)], context));
  const xml = pkg.xml('word/document.xml');
  return { pkg, tbl: wElements(xml, 'tbl')[0] as never, rows: wElements(xml, 'tr'), context };
}

describe('tables', () => {
  const register = [
    tableRow([cell('Record', true), cell('Owner', true), cell('Kept for', true)]),
    tableRow([cell('Internal audit report'), cell('Quality Manager'), cell('Three years')]),
    tableRow([cell('Calibration certificate'), cell('Inspection'), cell('Life of the gauge plus one year')]),
  ];

  it('marks the header row to repeat on every page and not to split', async () => {
    const { rows } = await exportedTable(register);
    const marks = rows.map((row) => [wElements(row, 'tblHeader').length, wElements(row, 'cantSplit').length]);
    expect(marks).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
    ]);
  });

  it('repeats only leading header rows', async () => {
    const { rows } = await exportedTable([tableRow([cell('Body')]), tableRow([cell('Looks like a header', true)])]);
    expect(rows.map((row) => wElements(row, 'tblHeader').length)).toEqual([0, 0]);
  });

  it('gives the columns fixed widths that fill the width between the margins, in the bordered QMS Table style', async () => {
    const { pkg, tbl, context } = await exportedTable(register);
    const grid = wElements(tbl, 'gridCol').map((col) => Number(wAttr(col, 'w')));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(context.textWidth);
    expect(wAttr(wElements(tbl, 'tblLayout')[0], 'type')).toBe('fixed');
    expect(wAttr(wElements(tbl, 'tblStyle')[0], 'val')).toBe('QmsTable');
    const style = wElements(pkg.xml('word/styles.xml'), 'style').find((s) => s.getAttributeNS(W, 'styleId') === 'QmsTable');
    expect(wAttr(wElements(wElements(style as never, 'tblBorders')[0] as never, 'insideH')[0], 'val')).toBe('single');
    expect(rowsText(tbl)).toEqual([
      'Record|Owner|Kept for',
      'Internal audit report|Quality Manager|Three years',
      'Calibration certificate|Inspection|Life of the gauge plus one year',
    ]);
  });

  it('spans a merged cell over its columns', async () => {
    const wide = { ...cell('Notes across both columns'), colSpan: 2 };
    const { rows } = await exportedTable([tableRow([cell('A', true), cell('B', true)]), tableRow([wide])]);
    expect(wAttr(wElements(rows[1] as never, 'gridSpan')[0], 'val')).toBe('2');
  });

  const measured = (...texts: string[]) =>
    texts.map((text) => ({ length: text.length, word: Math.max(...text.split(/[\s/-]+/).map((word) => word.length)) }));

  it('sizes columns by their text, never below a minimum, always summing to the width', () => {
    const widths = columnWidths(
      [
        measured('No.', 'What happens and who does it, in a long sentence that needs room', 'Date'),
        measured('1', 'Short', '2026-01-01'),
      ],
      9000,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widths[1]).toBeGreaterThan(widths[0] as number);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(864);
  });

  it('gives a column room for its longest word, so a short header like "Assessment" is never broken', () => {
    const widths = columnWidths(
      [
        measured('Supplier', 'Supplies', 'Assessment', 'Status', 'Notes'),
        measured(
          'Example heat treatment subcontractor in Coventry',
          'Case hardening and stress relieving of machined parts, an outsourced process',
          '1',
          'Approved',
          'Certificate of conformity with every batch; audit planned for the spring',
        ),
      ],
      9000,
    );
    // Ten bold letters at 10 pt and the cell's margins.
    expect(widths[2]).toBeGreaterThanOrEqual(10 * 120 + 216);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
  });
});

function rowsText(tbl: never): string[] {
  return wElements(tbl, 'tr').map((row) =>
    wElements(row, 'tc')
      .map((tc) => wText(tc))
      .join('|'),
  );
}

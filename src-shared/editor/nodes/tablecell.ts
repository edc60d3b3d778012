import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { HeadingJson } from './heading';
import type { ListJson } from './list';
import type { ParagraphJson } from './paragraph';
import type { QuoteJson } from './quote';

/** Lexical's header states: a cell of the header row, of the header column, or both. */
export const HEADER_STATE = { none: 0, row: 1, column: 2, both: 3 } as const;

export type CellBlockJson = ParagraphJson | HeadingJson | QuoteJson | ListJson;

export type TableCellJson = ElementJson & {
  type: 'tablecell';
  headerState: number;
  colSpan: number;
  rowSpan: number;
  backgroundColor: null;
  children: CellBlockJson[];
};

export const tableCellNodeModule = nodeModule({
  type: 'tablecell',
  role: 'part',
  // A cell holds blocks, but not a table or a guidance block.
  children: ['paragraph', 'heading', 'quote', 'list'],
  fields: elementFields.extend({
    headerState: z.number().int().min(0).max(3),
    colSpan: z.number().int().min(1).max(64).optional(),
    rowSpan: z.number().int().min(1).max(1000).optional(),
    backgroundColor: z.string().nullable().optional(),
    width: z.number().min(0).optional(),
  }),
});

export const tableCell = (children: CellBlockJson[], headerState: number = HEADER_STATE.none): TableCellJson => ({
  ...element(),
  type: 'tablecell',
  headerState,
  colSpan: 1,
  rowSpan: 1,
  backgroundColor: null,
  children,
});

/** Whether a cell belongs to the header row (Word repeats that row on every page). */
export function isHeaderRowCell(cell: { headerState?: unknown }): boolean {
  return typeof cell.headerState === 'number' && (cell.headerState & HEADER_STATE.row) !== 0;
}

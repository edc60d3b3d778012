import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { TableCellJson } from './tablecell';

export type TableRowJson = ElementJson & { type: 'tablerow'; children: TableCellJson[] };

export const tableRowNodeModule = nodeModule({
  type: 'tablerow',
  role: 'part',
  children: ['tablecell'],
  fields: elementFields.extend({ height: z.number().min(0).optional() }),
});

export const tableRow = (cells: TableCellJson[]): TableRowJson => ({ ...element(), type: 'tablerow', children: cells });

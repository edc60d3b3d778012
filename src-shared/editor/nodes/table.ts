import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { TableRowJson } from './tablerow';

/** A table: registers and forms are tables. Column widths (in pixels) are kept when the editor sets them. */
export type TableJson = ElementJson & { type: 'table'; colWidths?: number[]; children: TableRowJson[] };

export const tableNodeModule = nodeModule({
  type: 'table',
  role: 'block',
  children: ['tablerow'],
  fields: elementFields.extend({
    colWidths: z.array(z.number().min(0).max(10_000)).max(64).optional(),
    rowStriping: z.boolean().optional(),
    frozenColumnCount: z.number().int().min(0).optional(),
    frozenRowCount: z.number().int().min(0).optional(),
  }),
});

export const table = (rows: TableRowJson[]): TableJson => ({ ...element(), type: 'table', children: rows });

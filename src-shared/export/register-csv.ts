import type { MasterListRow } from '../control/master-list';
import { CSV_EXTRA_COLUMNS, REGISTER_COLUMNS } from './register-columns';

/** Excel reads a file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes
 * doubled. A value a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, the usual guard against formula injection.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The master document list as CSV: RFC 4180 (CRLF line ends), UTF-8 with a byte order mark. */
export function registerCsv(rows: readonly MasterListRow[]): string {
  const columns = [...REGISTER_COLUMNS, ...CSV_EXTRA_COLUMNS];
  const lines = [
    columns.map((column) => csvField(column.title)),
    ...rows.map((row) => columns.map((column) => csvField(column.value(row)))),
  ];
  return `${UTF8_BOM}${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

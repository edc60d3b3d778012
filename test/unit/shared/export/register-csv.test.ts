import { describe, expect, it } from 'vitest';
import { masterList } from '../../../../src-shared/control/master-list';
import { csvField, registerCsv, UTF8_BOM } from '../../../../src-shared/export/register-csv';
import { sampleMeta } from '../../../support/sample-meta';

/** A strict RFC 4180 reader, to check what a spreadsheet gets back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('the master document list as CSV', () => {
  const rows = masterList(
    [
      sampleMeta('PRO-002', { title: 'Nonconformity, concessions and "quarantine"', owner: 'Priya Raman' }),
      sampleMeta('PRO-001', { title: 'Control of documents\nand records', owner: 'Tom Okafor' }),
      sampleMeta('FRM-001', { title: '=HYPERLINK("http://evil")', owner: '@admin' }),
    ],
    '2026-11-30',
  );
  const csv = registerCsv(rows);

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('quotes fields with commas, quotes and line breaks so every row reads back whole', () => {
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual([
      'Number',
      'Title',
      'Type',
      'Rev. in force',
      'Status',
      'Owner',
      'Effective date',
      'Approved by',
      'Next review',
      'Clauses',
    ]);
    expect(parsed.map((row) => row[1])).toEqual([
      'Title',
      `'=HYPERLINK("http://evil")`,
      'Control of documents\nand records',
      'Nonconformity, concessions and "quarantine"',
    ]);
    expect(new Set(parsed.map((row) => row.length))).toEqual(new Set([10]));
  });

  it('keeps a spreadsheet from running a value as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44 114 496 0000')).toBe("'+44 114 496 0000");
    expect(csvField('@admin')).toBe("'@admin");
    expect(csvField('2026-11-30')).toBe('2026-11-30');
  });
});

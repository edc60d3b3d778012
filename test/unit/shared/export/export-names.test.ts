import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileName } from '../../../../src-shared/export/export-names';

describe('export file names', () => {
  it('names a document by number, title and revision', () => {
    expect(
      exportFileName({
        kind: 'document',
        meta: { id: 'PRO-002', title: 'Nonconformity / Corrective Action', revision: '3' },
        organization: 'Acme',
        today: '2026-11-30',
      }),
    ).toBe('PRO-002 Nonconformity Corrective Action rev 3.docx');
    expect(exportFileName({ kind: 'register', format: 'csv', organization: 'Acme Ltd.', today: '2026-11-30' })).toBe(
      'Acme Ltd. master document list 2026-11-30.csv',
    );
  });

  it('removes what a file system refuses and never gives an empty or hidden name', () => {
    expect(safeFileName('a:b*c?d"e<f>g|h\\i/j\u0000k')).toBe('a b c d e f g h i j k');
    expect(safeFileName('...hidden')).toBe('hidden');
    expect(safeFileName('///')).toBe('export');
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });
});

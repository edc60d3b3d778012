import { Paragraph, type Table, TextRun } from 'docx';
import type { RevisionRow } from '../../export-model';
import { STYLE } from '../styles';
import { NOT_APPROVED } from './control-text';
import { factTable } from './fact-table';

export const REVISION_HISTORY_HEADING = 'Revision history';
export const REVISION_HISTORY_COLUMNS = ['Revision', 'Date', 'Description of change', 'Approved by'] as const;

/** The revision history from the history log: every approved revision, then the draft if this copy is one. */
export function revisionHistory(rows: readonly RevisionRow[], width: number): Array<Paragraph | Table> {
  const revision = Math.round(width * 0.13);
  const date = Math.round(width * 0.17);
  const approver = Math.round(width * 0.24);
  return [
    new Paragraph({ style: STYLE.furnitureHeading, children: [new TextRun(REVISION_HISTORY_HEADING)] }),
    factTable(
      REVISION_HISTORY_COLUMNS,
      rows.length > 0
        ? rows.map((row) => [
            row.date ? row.revision : `${row.revision} (draft)`,
            row.date ?? '',
            row.description.trim() || (row.date ? 'No description recorded' : 'Not yet described'),
            row.approvedBy ?? NOT_APPROVED,
          ])
        : [['', '', 'No revision has been approved yet.', '']],
      [revision, date, width - revision - date - approver, approver],
    ),
  ];
}

import type { MasterListRow } from '../control/master-list';
import { DOCUMENT_STATUS_LABELS } from '../project/document-status';
import { DOCUMENT_TYPE_LABELS } from '../project/document-types';

/** The columns of the master document list, as both the Word table and the CSV file show them. */
export const REGISTER_COLUMNS = [
  { title: 'Number', value: (row: MasterListRow) => row.id, weight: 9 },
  { title: 'Title', value: (row: MasterListRow) => row.title, weight: 24 },
  { title: 'Type', value: (row: MasterListRow) => DOCUMENT_TYPE_LABELS[row.type], weight: 10 },
  { title: 'Rev. in force', value: (row: MasterListRow) => row.effectiveRevision ?? '', weight: 8 },
  {
    title: 'Status',
    value: (row: MasterListRow) =>
      row.effectiveRevision && row.effectiveRevision !== row.revision
        ? `${DOCUMENT_STATUS_LABELS[row.status]} (revision ${row.revision})`
        : DOCUMENT_STATUS_LABELS[row.status],
    weight: 13,
  },
  { title: 'Owner', value: (row: MasterListRow) => row.owner, weight: 12 },
  { title: 'Effective date', value: (row: MasterListRow) => row.effectiveDate ?? '', weight: 12 },
  { title: 'Approved by', value: (row: MasterListRow) => row.approvedBy ?? '', weight: 12 },
  {
    title: 'Next review',
    value: (row: MasterListRow) => (row.nextReviewDate ? `${row.nextReviewDate}${row.reviewOverdue ? ' (overdue)' : ''}` : ''),
    weight: 13,
  },
] as const;

/** The CSV adds the clauses each document addresses, for filtering in a spreadsheet. */
export const CSV_EXTRA_COLUMNS = [{ title: 'Clauses', value: (row: MasterListRow) => row.clauses.join(' ') }] as const;

/** The life of a controlled document: Draft -> In review -> Approved -> Obsolete. */
export const DOCUMENT_STATUSES = ['draft', 'in-review', 'approved', 'obsolete'] as const;

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  obsolete: 'Obsolete',
};

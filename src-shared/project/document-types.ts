/** The kinds of controlled document and the number prefix each gets by default. */
export const DOCUMENT_TYPES = [
  'manual',
  'policy',
  'procedure',
  'work-instruction',
  'form',
  'register',
  'record',
  'plan',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  manual: 'Manual',
  policy: 'Policy',
  procedure: 'Procedure',
  'work-instruction': 'Work instruction',
  form: 'Form',
  register: 'Register',
  record: 'Record',
  plan: 'Plan',
};

export const DEFAULT_TYPE_PREFIXES: Record<DocumentType, string> = {
  manual: 'QM',
  policy: 'POL',
  procedure: 'PRO',
  'work-instruction': 'WI',
  form: 'FRM',
  register: 'REG',
  record: 'REC',
  plan: 'PLN',
};

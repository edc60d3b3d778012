import type { DocumentMeta } from '../../src-shared/project/schema';

/** The metadata of a new draft, for tests that need one without a project. */
export function sampleMeta(id: string, overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id,
    title: 'Control of Documented Information',
    type: 'procedure',
    status: 'draft',
    revision: '1',
    owner: 'Tom Okafor',
    author: 'Tom Okafor',
    reviewer: '',
    clauses: ['7.5'],
    changeSummary: 'First issue.',
    nextReviewDate: null,
    effective: null,
    template: null,
    ...overrides,
  };
}

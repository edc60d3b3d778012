import type { OpenedDocument, ProjectView, TemplateCardView } from '../../../src-shared/api/contract';
import { paragraphsContent } from '../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import { DEFAULT_TYPE_PREFIXES } from '../../../src-shared/project/document-types';
import type { DocumentMeta, EffectiveRevision } from '../../../src-shared/project/schema';

/** The approved revision in force, as in the sample project's POL-001. */
export function sampleEffective(overrides: Partial<EffectiveRevision> = {}): EffectiveRevision {
  return {
    revision: '3',
    approvedBy: 'Elaine Marsh',
    approvedOn: '2026-02-26',
    effectiveDate: '2026-03-02',
    selfApproved: false,
    changeSummary: 'Objectives now reviewed monthly.',
    contentHash: 'f'.repeat(64),
    ...overrides,
  };
}

/** Test data shaped like the sample project (resources/sample-project). */
export function sampleMeta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: 'POL-001',
    title: 'Quality Policy',
    type: 'policy',
    status: 'approved',
    revision: '3',
    owner: 'Elaine Marsh',
    author: 'Tom Okafor',
    reviewer: 'Priya Raman',
    clauses: ['5.2', '5.1.1'],
    changeSummary: 'Objectives now reviewed monthly.',
    nextReviewDate: '2027-03-02',
    effective: sampleEffective(),
    template: 'quality-policy',
    ...overrides,
  };
}

export const POLICY = sampleMeta();

export const PROCEDURE = sampleMeta({
  id: 'PRO-001',
  title: 'Control of Documented Information',
  type: 'procedure',
  status: 'in-review',
  revision: '2',
  clauses: ['7.5'],
  nextReviewDate: null,
  effective: null,
  template: 'document-control',
});

export function sampleContent(text: string): SerializedContent {
  return paragraphsContent(text);
}

export function sampleProject(overrides: Partial<ProjectView> = {}): ProjectView {
  return {
    folder: '/home/tom/QMS/Harrow Precision',
    projectVersion: '1'.repeat(64),
    prefixes: { ...DEFAULT_TYPE_PREFIXES },
    tailoring: {},
    integrity: {},
    organization: {
      name: 'Harrow Precision Components',
      legalName: 'Harrow Precision Components Ltd',
      address: 'Unit 4, Brookfield Industrial Estate, Sheffield S9 9ZZ, United Kingdom',
      sites: [{ name: 'Brookfield works', address: 'Unit 4, Brookfield Industrial Estate, Sheffield' }],
      productsAndServices: 'Precision-machined components in metals and engineering plastics, made to customer drawings.',
      scopeStatement: 'CNC milling and turning of precision components.',
      strategicDirection: 'Grow aerospace and medical work to half of sales by 2029.',
      notApplicable: [],
      topManagement: [{ name: 'Elaine Marsh', role: 'Managing Director' }],
      qualityManager: 'Tom Okafor',
      logo: null,
    },
    revisionScheme: 'numeric',
    reviewPeriodMonths: 12,
    readOnlyReason: null,
    versionHistory: false,
    syncRemote: null,
    today: '2026-03-10',
    documents: [POLICY, PROCEDURE],
    sectionClauses: {},
    certification: {},
    export: { pageSize: 'A4', houseStyle: null },
    damaged: [],
    ...overrides,
  };
}

export function openedDocument(meta: DocumentMeta, text: string, version = 'a'.repeat(64)): OpenedDocument {
  return { meta, content: sampleContent(text), version };
}

export const TEMPLATES: TemplateCardView[] = [
  {
    id: 'quality-policy',
    title: 'Quality Policy',
    documentType: 'policy',
    clauses: ['5.2'],
    fields: ['organization.name'],
    summary: 'The commitments of top management.',
    source: 'built-in',
  },
  {
    id: 'work-instruction',
    title: 'Work Instruction',
    documentType: 'work-instruction',
    clauses: ['8.5.1'],
    fields: [],
    summary: 'Step-by-step instructions for one task.',
    source: 'built-in',
  },
];

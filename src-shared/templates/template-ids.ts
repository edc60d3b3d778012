/**
 * The ids of the template library, planned and present (ROADMAP item 1). Clause
 * guidance may point to any of them; a template file with the id may not exist yet.
 */
export const TEMPLATE_IDS = [
  'quality-manual',
  'quality-policy',
  'qms-scope',
  'context-of-the-organization',
  'interested-parties-register',
  'risks-and-opportunities',
  'quality-objectives',
  'roles-and-responsibilities',
  'process-map',
  'control-of-documented-information',
  'competence-training-awareness',
  'communication-plan',
  'monitoring-and-measuring-equipment',
  'operational-planning-and-control',
  'customer-requirements-review',
  'design-and-development',
  'control-of-external-providers',
  'approved-supplier-list',
  'production-and-service-provision',
  'identification-and-traceability',
  'customer-property',
  'control-of-nonconforming-outputs',
  'customer-satisfaction',
  'internal-audit',
  'audit-programme',
  'internal-audit-report',
  'management-review',
  'management-review-minutes',
  'nonconformity-and-corrective-action',
  'corrective-action-report',
  'continual-improvement',
  'training-record',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * The documents every ISO 9001 system needs, in the order a new project creates them:
 * "New project" and `qms new --essentials` start with these.
 */
export const ESSENTIAL_TEMPLATE_IDS: readonly TemplateId[] = [
  'quality-policy',
  'qms-scope',
  'quality-objectives',
  'quality-manual',
  'control-of-documented-information',
  'internal-audit',
  'management-review',
  'nonconformity-and-corrective-action',
];

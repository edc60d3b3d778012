import type { DocumentMeta, Organization } from '../project/schema';

/**
 * The facts a document can show without anyone retyping them: the organization's
 * profile, the document's own control data and the project's settings. A template
 * writes `{{organization.name}}`; the document keeps a field node with that path and
 * shows the value it resolves to now, so a change to the profile shows in every
 * document. Nothing here writes a value into the text.
 */
export interface FieldContext {
  organization: Organization;
  /** The document the field sits in; null where there is none yet (a template preview). */
  document: DocumentMeta | null;
  project: { reviewPeriodMonths: number };
}

export type FieldGroup = 'organization' | 'document' | 'project';

export interface FieldDefinition {
  path: string;
  group: FieldGroup;
  /** What the field holds, in a few words; a missing value shows as "[label]". */
  label: string;
  /** Where the user fills it in, for the "missing" hint. */
  source: string;
  /** The value, or null when there is none yet. Multi-line values keep their lines. */
  resolve: (context: FieldContext) => string | null;
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
const lines = (values: readonly string[]): string | null => text(values.filter((line) => line.trim()).join('\n'));

const PROFILE = 'the project profile';

type ProfileTextKey =
  | 'name'
  | 'legalName'
  | 'address'
  | 'productsAndServices'
  | 'scopeStatement'
  | 'strategicDirection'
  | 'qualityManager';

/** A text of the profile shown as it is: `organization.<key>`. */
const profileText = <K extends ProfileTextKey>(key: K, label: string) => ({
  path: `organization.${key}` as const,
  group: 'organization' as const,
  label,
  source: PROFILE,
  resolve: (c: FieldContext) => text(c.organization[key]),
});
const DETAILS = 'the document details';

export const FIELDS = [
  profileText('name', 'Organization name'),
  profileText('legalName', 'Legal name'),
  profileText('address', 'Registered address'),
  {
    path: 'organization.sites',
    group: 'organization',
    label: 'Sites',
    source: PROFILE,
    resolve: (c) => lines(c.organization.sites.map((site) => (site.address ? `${site.name}, ${site.address}` : site.name))),
  },
  profileText('productsAndServices', 'Products and services'),
  profileText('scopeStatement', 'Scope statement'),
  profileText('strategicDirection', 'Strategic direction'),
  {
    path: 'organization.notApplicable',
    group: 'organization',
    label: 'Requirements not applicable',
    source: PROFILE,
    resolve: (c) => lines(c.organization.notApplicable.map((item) => `Clause ${item.clause}: ${item.justification}`)),
  },
  {
    path: 'organization.topManager',
    group: 'organization',
    label: 'Most senior manager',
    source: PROFILE,
    resolve: (c) => {
      const first = c.organization.topManagement[0];
      return first ? `${first.name}, ${first.role}` : null;
    },
  },
  {
    path: 'organization.topManagement',
    group: 'organization',
    label: 'Top management',
    source: PROFILE,
    resolve: (c) => lines(c.organization.topManagement.map((person) => `${person.name}, ${person.role}`)),
  },
  profileText('qualityManager', 'Quality manager'),
  {
    path: 'document.number',
    group: 'document',
    label: 'Document number',
    source: 'the document (given when it is created)',
    resolve: (c) => text(c.document?.id),
  },
  {
    path: 'document.title',
    group: 'document',
    label: 'Document title',
    source: DETAILS,
    resolve: (c) => text(c.document?.title),
  },
  {
    path: 'document.revision',
    group: 'document',
    label: 'Revision',
    source: 'document control',
    resolve: (c) => text(c.document?.revision),
  },
  {
    path: 'document.effectiveDate',
    group: 'document',
    label: 'Effective date',
    source: 'document control (set on approval)',
    resolve: (c) => text(c.document?.effective?.effectiveDate),
  },
  {
    path: 'document.approvedBy',
    group: 'document',
    label: 'Approved by',
    source: 'document control (set on approval)',
    resolve: (c) => text(c.document?.effective?.approvedBy),
  },
  {
    path: 'document.owner',
    group: 'document',
    label: 'Document owner',
    source: DETAILS,
    resolve: (c) => text(c.document?.owner),
  },
  {
    path: 'project.reviewPeriod',
    group: 'project',
    label: 'Review period',
    source: PROFILE,
    resolve: (c) => {
      const months = c.project.reviewPeriodMonths;
      if (months % 12 === 0) return months === 12 ? '12 months' : `${months / 12} years`;
      return months === 1 ? '1 month' : `${months} months`;
    },
  },
] as const satisfies readonly FieldDefinition[];

export type FieldPath = (typeof FIELDS)[number]['path'];

export const FIELD_PATHS: readonly FieldPath[] = FIELDS.map((field) => field.path);

const BY_PATH = new Map<string, FieldDefinition>(FIELDS.map((field) => [field.path, field]));

export function isFieldPath(path: string): path is FieldPath {
  return BY_PATH.has(path);
}

export function fieldDefinition(path: string): FieldDefinition | null {
  return BY_PATH.get(path) ?? null;
}

export type ResolvedField = { path: string; value: string; missing: false } | { path: string; value: null; missing: true };

/** What a field shows now; an unknown path (from a newer program) counts as missing. */
export function resolveField(path: string, context: FieldContext): ResolvedField {
  const value = fieldDefinition(path)?.resolve(context) ?? null;
  return value === null ? { path, value: null, missing: true } : { path, value, missing: false };
}

/** The visible stand-in for a field without a value: "[Organization name]", never a blank. */
export function missingFieldText(path: string): string {
  return `[${fieldDefinition(path)?.label ?? path}]`;
}

/** The text a field shows: its value, or the bracketed stand-in. */
export function fieldDisplayText(path: string, context: FieldContext): string {
  const resolved = resolveField(path, context);
  return resolved.missing ? missingFieldText(path) : resolved.value;
}

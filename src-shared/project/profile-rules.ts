import { z } from 'zod';
import { REVISION_SCHEMES } from '../control/revision';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from './document-types';
import { withNameRule } from './person-name';
import { exportSettingsOf, organizationSchema, type ProjectFile, projectFileSchema } from './schema';

/**
 * What the profile form may change in the project file, and the rules for changing it.
 * The same rules hold for the program and for anything else that calls the contract.
 */
const line = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} may be at most ${max} characters` })
    .refine((text) => !/[\r\n]/.test(text), { message: `${label} must be a single line` });
/** A line that names someone (or the organization): no control or bidirectional-text characters either. */
const nameLine = (label: string, max = 200) => withNameRule(line(label, max), label);
const block = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} may be at most ${max} characters` });

export const profileOrganizationSchema = organizationSchema.extend({
  name: nameLine('The organization name').pipe(z.string().min(1, { message: 'The organization name may not be empty' })),
  legalName: nameLine('The legal name'),
  address: block('The address', 500),
  productsAndServices: block('Products and services'),
  scopeStatement: block('The scope statement'),
  strategicDirection: block('The strategic direction'),
  qualityManager: nameLine('The quality manager', 120),
  sites: z
    .array(
      z.object({
        name: line('A site name', 120).pipe(z.string().min(1, { message: 'Every site needs a name' })),
        address: block('A site address', 500),
      }),
    )
    .max(50),
  topManagement: z
    .array(
      z.object({
        name: nameLine('A name', 120).pipe(z.string().min(1, { message: 'Every member of top management needs a name' })),
        role: line('A role', 120).pipe(z.string().min(1, { message: 'Every member of top management needs a role' })),
      }),
    )
    .max(30),
  notApplicable: z
    .array(
      z.object({
        clause: organizationSchema.shape.notApplicable.element.shape.clause,
        justification: block('A justification', 1000).pipe(
          z.string().min(1, { message: 'Every requirement declared not applicable needs its justification' }),
        ),
      }),
    )
    .max(40)
    .refine((items) => new Set(items.map((item) => item.clause)).size === items.length, {
      message: 'A clause is declared not applicable twice',
    }),
});

export const prefixSchema = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9]{0,9}$/, { message: 'A number prefix is 1 to 10 capital letters or digits, starting with a letter' });

export const profileEditSchema = z
  .object({
    organization: profileOrganizationSchema,
    revisionScheme: z.enum(REVISION_SCHEMES),
    reviewPeriodMonths: z.number().int().min(1).max(120),
    prefixes: z.record(z.enum(DOCUMENT_TYPES), prefixSchema),
    /** Paper size and house style of Word exports; left as they are when not given. */
    export: projectFileSchema.shape.export,
  })
  .strict()
  .superRefine((edit, ctx) => {
    const seen = new Map<string, DocumentType>();
    for (const type of DOCUMENT_TYPES) {
      const prefix = edit.prefixes[type];
      if (prefix === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['prefixes', type],
          message: `${DOCUMENT_TYPE_LABELS[type]} documents need a prefix`,
        });
        continue;
      }
      const other = seen.get(prefix);
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path: ['prefixes', type],
          message: `${DOCUMENT_TYPE_LABELS[type]} and ${DOCUMENT_TYPE_LABELS[other]} documents cannot share the prefix ${prefix}`,
        });
      }
      seen.set(prefix, type);
    }
  });

export type ProfileEdit = z.infer<typeof profileEditSchema>;

/** The editable part of a project file, as the form starts from it. */
export function profileOf(
  project: Pick<ProjectFile, 'organization' | 'revisionScheme' | 'reviewPeriodMonths' | 'numbering' | 'export'>,
): ProfileEdit {
  return {
    organization: project.organization,
    revisionScheme: project.revisionScheme,
    reviewPeriodMonths: project.reviewPeriodMonths,
    prefixes: project.numbering.prefixes,
    export: exportSettingsOf(project),
  };
}

/**
 * Whether a valid edit may be applied now. Revision labels follow the scheme, so the
 * scheme is fixed once the project holds documents; a prefix change numbers only the
 * documents created after it (existing numbers never change).
 */
export function checkProfileChange(current: ProjectFile, edit: ProfileEdit, documentCount: number): string | null {
  if (edit.revisionScheme !== current.revisionScheme && documentCount > 0) {
    return `The revision scheme is fixed once the project has documents (it has ${documentCount}): their revision labels follow it.`;
  }
  return null;
}

/** The project file after an edit; everything the form does not show stays as it was. */
export function applyProfileEdit(current: ProjectFile, edit: ProfileEdit): ProjectFile {
  return {
    ...current,
    organization: { ...current.organization, ...edit.organization },
    revisionScheme: edit.revisionScheme,
    reviewPeriodMonths: edit.reviewPeriodMonths,
    numbering: { ...current.numbering, prefixes: { ...current.numbering.prefixes, ...edit.prefixes } },
    ...(edit.export ? { export: edit.export } : {}),
  };
}

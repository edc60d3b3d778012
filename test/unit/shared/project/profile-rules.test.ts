import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../../src-shared/api/format-issues';
import { DEFAULT_TYPE_PREFIXES } from '../../../../src-shared/project/document-types';
import {
  applyProfileEdit,
  checkProfileChange,
  type ProfileEdit,
  profileEditSchema,
  profileOf,
} from '../../../../src-shared/project/profile-rules';
import { newOrganization, type ProjectFile } from '../../../../src-shared/project/schema';

const project: ProjectFile = {
  schemaVersion: 2,
  organization: newOrganization('Acme Ltd'),
  numbering: { prefixes: { ...DEFAULT_TYPE_PREFIXES } },
  revisionScheme: 'numeric',
  reviewPeriodMonths: 12,
  certification: { 'gap-analysis': { done: true } },
};

const problemOf = (edit: ProfileEdit) => {
  const parsed = profileEditSchema.safeParse(edit);
  return parsed.success ? null : formatIssues(parsed.error.issues);
};

describe('the profile form’s rules', () => {
  it('accept the profile as it is, trimmed', () => {
    const edit = profileOf(project);
    edit.organization = { ...edit.organization, name: '  Acme Ltd ', qualityManager: ' Dana ' };
    const parsed = profileEditSchema.parse(edit);
    expect(parsed.organization).toMatchObject({ name: 'Acme Ltd', qualityManager: 'Dana' });
  });

  it('name what is wrong: an empty name, a shared or malformed prefix, a person without a role, an exclusion without a reason', () => {
    const base = profileOf(project);
    expect(problemOf({ ...base, organization: { ...base.organization, name: ' ' } })).toMatch(
      /organization name may not be empty/,
    );
    expect(problemOf({ ...base, prefixes: { ...base.prefixes, form: 'REC' } })).toBe(
      'prefixes.record: Record and Form documents cannot share the prefix REC',
    );
    expect(problemOf({ ...base, prefixes: { ...base.prefixes, form: 'F 1' } })).toMatch(
      /prefixes\.form: A number prefix is 1 to 10 capital letters/,
    );
    expect(problemOf({ ...base, organization: { ...base.organization, topManagement: [{ name: 'Sam', role: '' }] } })).toMatch(
      /needs a role/,
    );
    expect(
      problemOf({ ...base, organization: { ...base.organization, notApplicable: [{ clause: '8.3', justification: '' }] } }),
    ).toMatch(/needs its justification/);
    expect(problemOf({ ...base, reviewPeriodMonths: 0 })).toMatch(/reviewPeriodMonths/);
  });

  it('fix the revision scheme once the project has documents', () => {
    const letters = { ...profileOf(project), revisionScheme: 'letters' as const };
    expect(checkProfileChange(project, letters, 0)).toBeNull();
    expect(checkProfileChange(project, letters, 3)).toMatch(/fixed once the project has documents \(it has 3\)/);
  });

  it('change only what the form shows', () => {
    const next = applyProfileEdit(project, { ...profileOf(project), reviewPeriodMonths: 24 });
    expect(next.certification).toEqual(project.certification);
    expect(next.reviewPeriodMonths).toBe(24);
  });
});

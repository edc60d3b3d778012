import { describe, expect, it } from 'vitest';
import {
  FIELD_PATHS,
  FIELDS,
  fieldDisplayText,
  isFieldPath,
  missingFieldText,
  resolveField,
} from '../../../../src-shared/fields/field-catalog';
import { newOrganization } from '../../../../src-shared/project/schema';
import { sampleMeta } from '../../../support/sample-meta';

const organization = {
  ...newOrganization('Harrow Precision Components'),
  legalName: 'Harrow Precision Components Ltd',
  address: 'Unit 4, Brookfield Industrial Estate\nSheffield S9 9ZZ',
  sites: [
    { name: 'Brookfield works', address: 'Sheffield' },
    { name: 'Store', address: '' },
  ],
  topManagement: [
    { name: 'Elaine Marsh', role: 'Managing Director' },
    { name: 'Priya Raman', role: 'Operations Manager' },
  ],
  qualityManager: 'Tom Okafor',
  notApplicable: [{ clause: '8.3', justification: 'We work to customer drawings.' }],
};
const approved = sampleMeta('POL-001', {
  revision: '3',
  effective: {
    revision: '3',
    approvedBy: 'Elaine Marsh',
    approvedOn: '2026-03-02',
    effectiveDate: '2026-03-02',
    selfApproved: false,
    changeSummary: '',
    contentHash: null,
  },
});
const context = { organization, document: approved, project: { reviewPeriodMonths: 24 } };

describe('linked fields', () => {
  it('resolve the profile, the document and the project', () => {
    const values = Object.fromEntries(FIELD_PATHS.map((path) => [path, resolveField(path, context).value]));
    expect(values).toMatchObject({
      'organization.name': 'Harrow Precision Components',
      'organization.address': 'Unit 4, Brookfield Industrial Estate\nSheffield S9 9ZZ',
      'organization.sites': 'Brookfield works, Sheffield\nStore',
      'organization.topManager': 'Elaine Marsh, Managing Director',
      'organization.topManagement': 'Elaine Marsh, Managing Director\nPriya Raman, Operations Manager',
      'organization.notApplicable': 'Clause 8.3: We work to customer drawings.',
      'document.number': 'POL-001',
      'document.revision': '3',
      'document.effectiveDate': '2026-03-02',
      'document.approvedBy': 'Elaine Marsh',
      'project.reviewPeriod': '2 years',
    });
  });

  it('show a missing value as its label in brackets, never as a blank', () => {
    const bare = { organization: newOrganization('Acme'), document: null, project: { reviewPeriodMonths: 12 } };
    expect(resolveField('organization.scopeStatement', bare)).toEqual({
      path: 'organization.scopeStatement',
      value: null,
      missing: true,
    });
    expect(fieldDisplayText('organization.scopeStatement', bare)).toBe('[Scope statement]');
    expect(fieldDisplayText('document.number', bare)).toBe('[Document number]');
    expect(
      fieldDisplayText('organization.qualityManager', { ...bare, organization: { ...bare.organization, qualityManager: '   ' } }),
    ).toBe('[Quality manager]');
    expect(fieldDisplayText('project.reviewPeriod', bare)).toBe('12 months');
  });

  it('treat a path from a newer program as a missing field, not an error', () => {
    expect(isFieldPath('organization.vatNumber')).toBe(false);
    expect(resolveField('organization.vatNumber', context).missing).toBe(true);
    expect(missingFieldText('organization.vatNumber')).toBe('[organization.vatNumber]');
  });

  it('each have a label and say where the value is filled in', () => {
    expect(new Set(FIELD_PATHS).size).toBe(FIELDS.length);
    for (const definition of FIELDS) {
      expect(definition.label.length).toBeGreaterThan(3);
      expect(definition.source).toMatch(/^the |document control/);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyEntrySchema } from '../../../../src-shared/control/history';
import { isIsoDate } from '../../../../src-shared/project/iso-date';
import {
  clauseIdSchema,
  documentFileSchema,
  documentIdSchema,
  newOrganization,
  organizationSchema,
  projectFileSchema,
} from '../../../../src-shared/project/schema';
import { SAMPLE_PROJECT } from '../../../support/paths';

describe('the bundled sample project', () => {
  it('has a valid project file', () => {
    const parsed = projectFileSchema.safeParse(JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'qms-project.json'), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has three or more valid documents, each in the file named after its id', () => {
    const names = readdirSync(join(SAMPLE_PROJECT, 'documents'));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const parsed = documentFileSchema.safeParse(JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'documents', name), 'utf8')));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
      expect(`${parsed.data?.meta.id}.json`).toBe(name);
    }
  });
});

describe('field rules', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['POL-001', true],
    ['WI-0142', true],
    ['PRO-1', false],
    ['pol-001', false],
    ['../POL-001', false],
    ['POL-001.json', false],
    ['POL/001', false],
  ])('document id %j valid: %s', (value, expected) => {
    expect(documentIdSchema.safeParse(value).success).toBe(expected);
  });

  it.each([
    ['4.3', true],
    ['7.1.5.1', true],
    ['10.2', true],
    ['7.', false],
    ['A.1', false],
    ['7.1.5.1.1', false],
  ])('clause id %j valid: %s', (value, expected) => {
    expect(clauseIdSchema.safeParse(value).success).toBe(expected);
  });
});

describe('the organization logo', () => {
  it.each([
    ['assets/logo.svg', true],
    ['assets/brand/logo v2.png', true],
    ['../secret.png', false],
    ['assets/../../secret.png', false],
    ['/etc/passwd', false],
    ['C:\\logo.png', false],
  ])('path %j is accepted: %s', (logo, expected) => {
    const base = newOrganization('Acme');
    expect(organizationSchema.safeParse({ ...base, logo }).success).toBe(expected);
  });
});

describe('names stored in files', () => {
  const SPOOF = 'Tom\u202eOkafor';
  const sampleFile = () =>
    JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'documents', 'POL-001.json'), 'utf8')) as {
      meta: Record<string, unknown> & { effective: Record<string, unknown> };
    };
  const issues = (parsed: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } | undefined }) =>
    (parsed.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it.each([['owner'], ['author'], ['reviewer']])('refuse a document whose %s holds a bidirectional override', (field) => {
    const file = sampleFile();
    file.meta[field] = SPOOF;
    expect(issues(documentFileSchema.safeParse(file))).toEqual([
      `meta.${field}: A name may not contain control characters or bidirectional-text controls (it has U+202E)`,
    ]);
  });

  it('refuse an approval whose approver holds a control character', () => {
    const file = sampleFile();
    file.meta.effective.approvedBy = 'Elaine\u0000 Marsh';
    expect(issues(documentFileSchema.safeParse(file))).toEqual([
      'meta.effective.approvedBy: A name may not contain control characters or bidirectional-text controls (it has U+0000)',
    ]);
  });

  it.each([
    [{ name: SPOOF }, 'organization.name'],
    [{ legalName: SPOOF }, 'organization.legalName'],
    [{ qualityManager: SPOOF }, 'organization.qualityManager'],
    [{ topManagement: [{ name: SPOOF, role: 'Managing Director' }] }, 'organization.topManagement.0.name'],
  ])('refuse a project file with %j', (change, path) => {
    const project = JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'qms-project.json'), 'utf8'));
    project.organization = { ...project.organization, ...change };
    expect(issues(projectFileSchema.safeParse(project))).toEqual([
      `${path}: A name may not contain control characters or bidirectional-text controls (it has U+202E)`,
    ]);
  });

  it('refuse a history line whose actor holds a bidirectional isolate', () => {
    const line = {
      at: '2026-03-02T09:00:00.000Z',
      by: 'Elaine\u2067Marsh',
      document: 'POL-001',
      event: 'created',
      from: null,
      to: { status: 'draft', revision: '1' },
    };
    expect(historyEntrySchema.safeParse({ ...line, by: 'Elaine Marsh' }).success).toBe(true);
    expect(issues(historyEntrySchema.safeParse(line))).toEqual([
      'by: A name may not contain control characters or bidirectional-text controls (it has U+2067)',
    ]);
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClauseCatalog } from '../../../../src-main/services/clause-catalog';
import type { ClauseCatalog } from '../../../../src-shared/guidance/catalog-schema';
import { computeCoverage, documentTypeForClause } from '../../../../src-shared/guidance/coverage';
import { certificationReadiness, groupReadiness } from '../../../../src-shared/guidance/readiness';
import type { DocumentMeta } from '../../../../src-shared/project/schema';
import { REPO_ROOT } from '../../../support/paths';

let catalog: ClauseCatalog;
beforeAll(async () => {
  catalog = await loadClauseCatalog(join(REPO_ROOT, 'resources', 'standards'));
});

function doc(id: string, clauses: string[], extra: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id,
    title: id,
    type: 'procedure',
    status: 'draft',
    revision: '1',
    owner: '',
    author: '',
    reviewer: '',
    clauses,
    changeSummary: '',
    nextReviewDate: null,
    effective: null,
    template: null,
    ...extra,
  };
}

const coverageOf = (
  documents: DocumentMeta[],
  sectionClauses: Record<string, string[]> = {},
  notApplicable: Array<{ clause: string; justification: string }> = [],
) =>
  new Map(
    computeCoverage({ clauses: catalog.clauses, documents, sectionClauses, notApplicable }).map((item) => [item.clause.id, item]),
  );

describe('coverage of clauses by documents', () => {
  it('marks every clause that requires documented information as a gap in an empty project', () => {
    const coverage = coverageOf([]);
    const gaps = [...coverage.values()].filter((item) => item.gap).map((item) => item.clause.id);
    expect(gaps).toContain('4.3');
    expect(gaps).toContain('9.2.2');
    expect(gaps).not.toContain('5.1.2');
    expect(gaps.every((id) => (coverage.get(id)?.clause.documentedInformation.length ?? 0) > 0)).toBe(true);
  });

  it('counts a document tagged with a clause for the sub-clauses beneath it and the clause above it', () => {
    const coverage = coverageOf([doc('PRO-001', ['7.5'])]);
    expect(coverage.get('7.5.3.2')?.documents).toEqual(['PRO-001']);
    expect(coverage.get('7.5.3.2')?.gap).toBe(false);
    expect(coverage.get('7')?.documents).toEqual(['PRO-001']);
    expect(coverage.get('7.2')?.documents).toEqual([]);
  });

  it('does not let a tag on a whole clause group ("8") cover everything beneath it', () => {
    const coverage = coverageOf([doc('QM-001', ['8'])]);
    expect(coverage.get('8')?.documents).toEqual(['QM-001']);
    expect(coverage.get('8.7.2')?.gap).toBe(true);
  });

  it('counts tags on sections inside a document, and ignores obsolete documents', () => {
    const coverage = coverageOf([doc('PRO-002', ['8.7']), doc('PRO-009', ['9.2.2'], { status: 'obsolete' })], {
      'PRO-002': ['10.2.2'],
    });
    expect(coverage.get('10.2.2')?.documents).toEqual(['PRO-002']);
    expect(coverage.get('9.2.2')?.gap).toBe(true);
  });

  it('shows a clause declared not applicable as such, with its justification, and never as a gap', () => {
    const coverage = coverageOf([], {}, [{ clause: '8.3', justification: 'We make parts to customer drawings.' }]);
    const item = coverage.get('8.3.5');
    expect(item?.gap).toBe(false);
    expect(item?.notApplicable).toEqual({
      justification: 'We make parts to customer drawings.',
      verdict: { acceptable: true, caution: expect.stringMatching(/designs nothing/) },
    });
  });
});

describe('an exclusion the standard does not allow', () => {
  it('is shown with its warning, and leaves the gap standing', () => {
    const item = coverageOf([], {}, [{ clause: '7.5', justification: 'We keep nothing.' }]).get('7.5.3.2');
    expect(item?.notApplicable?.verdict.acceptable).toBe(false);
    expect(item?.gap).toBe(true);
  });
});

describe('readiness for certification', () => {
  it('counts required items addressed per clause group, leaving out what is not applicable', () => {
    const approval = {
      revision: '1',
      approvedBy: 'E',
      approvedOn: '2026-10-01',
      effectiveDate: '2026-10-01',
      selfApproved: false,
      changeSummary: '',
      contentHash: 'f'.repeat(64),
    };
    const documents = [doc('POL-002', ['4.3'], { status: 'approved', effective: approval }), doc('PRO-001', ['7.5'])];
    const coverage = computeCoverage({
      clauses: catalog.clauses,
      documents,
      sectionClauses: {},
      notApplicable: [{ clause: '8.3', justification: 'x' }],
    });
    const groups = new Map(groupReadiness(catalog.standard, coverage, documents, '2026-11-26').map((group) => [group.id, group]));
    expect(groups.get('4')).toMatchObject({ covered: 1, inForce: 1, draft: 0 });
    expect(groups.get('7')?.covered).toBeGreaterThanOrEqual(2);
    const required8 = coverage.filter(
      (item) => item.clause.id.startsWith('8') && item.requiresDocuments && !item.notApplicable,
    ).length;
    expect(groups.get('8')?.required).toBe(required8);
    expect(coverage.filter((item) => item.clause.id.startsWith('8.3') && item.requiresDocuments).length).toBeGreaterThan(0);
  });

  it('counts a document whose approved revision is in force while a new draft exists, and no obsolete one', () => {
    const approval = {
      revision: '2',
      approvedBy: 'E',
      approvedOn: '2026-10-01',
      effectiveDate: '2026-10-01',
      selfApproved: false,
      changeSummary: '',
      contentHash: 'f'.repeat(64),
    };
    const documents = [
      doc('POL-002', ['4.3'], { status: 'approved', revision: '2', effective: approval }),
      // Revision 3 is being drafted; revision 2 stays in force.
      doc('PRO-007', ['4.3'], { status: 'draft', revision: '3', effective: approval }),
      doc('PRO-008', ['4.3'], { status: 'obsolete', revision: '2', effective: approval }),
      doc('PRO-009', ['4.3']),
    ];
    const coverage = computeCoverage({ clauses: catalog.clauses, documents, sectionClauses: {}, notApplicable: [] });
    const group4 = groupReadiness(catalog.standard, coverage, documents, '2026-11-26').find((group) => group.id === '4');
    expect(group4).toMatchObject({ inForce: 2, draft: 2 });
  });

  it('works out the steps documents can prove and keeps what the user recorded', () => {
    const audit = doc('REC-004', ['9.2'], {
      template: 'internal-audit-report',
      effective: {
        revision: '1',
        approvedBy: 'E',
        approvedOn: '2026-10-01',
        effectiveDate: '2026-10-01',
        selfApproved: false,
        changeSummary: '',
        contentHash: null,
      },
    });
    const coverage = computeCoverage({ clauses: catalog.clauses, documents: [audit], sectionClauses: {}, notApplicable: [] });
    const steps = new Map(
      certificationReadiness(catalog.certification, coverage, [audit], {
        'gap-analysis': { done: true, date: '2026-09-01' },
      }).map((item) => [item.step.id, item]),
    );
    expect(steps.get('gap-analysis')).toMatchObject({ done: true, evidence: 'Recorded as done on 2026-09-01.' });
    expect(steps.get('internal-audit')).toMatchObject({ done: true, evidence: 'Approved: REC-004.' });
    expect(steps.get('management-review')?.done).toBe(false);
    expect(steps.get('implementation')?.evidence).toMatch(/clauses still lack/);
  });

  it('does not count an obsolete audit report as evidence of an internal audit', () => {
    const effective = {
      revision: '1',
      approvedBy: 'E',
      approvedOn: '2025-10-01',
      effectiveDate: '2025-10-01',
      selfApproved: false,
      changeSummary: '',
      contentHash: null,
    };
    const old = doc('REC-002', ['9.2'], { template: 'internal-audit-report', status: 'obsolete', effective });
    const coverage = computeCoverage({ clauses: catalog.clauses, documents: [old], sectionClauses: {}, notApplicable: [] });
    const audit = certificationReadiness(catalog.certification, coverage, [old], {}).find(
      (item) => item.step.id === 'internal-audit',
    );
    expect(audit).toMatchObject({ done: false, source: 'none' });
  });

  it('suggests a record for clauses that ask only for retained evidence', () => {
    const byId = (id: string) => catalog.clauses.find((entry) => entry.id === id) as ClauseCatalog['clauses'][number];
    expect(documentTypeForClause(byId('9.2.2'))).toBe('record');
    expect(documentTypeForClause(byId('4.3'))).toBe('procedure');
  });
});

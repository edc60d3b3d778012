import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRevisions, REVISION_SCHEMES, type RevisionScheme } from '../../../../src-shared/control/revision';
import {
  allowedTransitions,
  isReviewOverdue,
  planStatusChange,
  STATUS_TRANSITIONS,
} from '../../../../src-shared/control/status-rules';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../../src-shared/project/document-status';
import { type DocumentMeta, documentMetaSchema } from '../../../../src-shared/project/schema';

const HASH = 'f'.repeat(64);

function draft(scheme: RevisionScheme): DocumentMeta {
  return {
    id: 'PRO-007',
    title: 'Calibration',
    type: 'procedure',
    status: 'draft',
    revision: scheme === 'numeric' ? '1' : scheme === 'decimal' ? '0.1' : 'A',
    owner: 'Tom Okafor',
    author: 'Tom Okafor',
    reviewer: '',
    clauses: ['7.1.5'],
    changeSummary: 'First issue.',
    nextReviewDate: null,
    effective: null,
    template: null,
  };
}

const context = (scheme: RevisionScheme, today = '2026-11-26') => ({ today, scheme, reviewPeriodMonths: 12, contentHash: HASH });

describe('status rules', () => {
  it('allow exactly the documented transitions', () => {
    expect(STATUS_TRANSITIONS).toEqual({
      draft: ['in-review'],
      'in-review': ['draft', 'approved'],
      approved: ['draft', 'obsolete'],
      obsolete: [],
    });
  });

  it('accept every allowed move and refuse every other, for any pair of statuses', () => {
    for (const from of DOCUMENT_STATUSES) {
      for (const to of DOCUMENT_STATUSES) {
        const meta: DocumentMeta = {
          ...draft('numeric'),
          status: from,
          effective:
            from === 'approved' || from === 'obsolete'
              ? {
                  revision: '1',
                  approvedBy: 'E',
                  approvedOn: '2026-01-01',
                  effectiveDate: '2026-01-01',
                  selfApproved: false,
                  changeSummary: '',
                  contentHash: HASH,
                }
              : null,
        };
        const plan = planStatusChange(meta, { to, by: 'Elaine Marsh' }, context('numeric'));
        expect(plan.ok, `${from} -> ${to}`).toBe(allowedTransitions(from).includes(to));
        if (!plan.ok) expect(plan.reason).toMatch(/PRO-007/);
      }
    }
  });

  it('keep every planned document valid, and never move the revision backwards, over any path of changes', () => {
    const step = fc.record({
      to: fc.constantFrom<DocumentStatus>(...DOCUMENT_STATUSES),
      by: fc.constantFrom('Tom Okafor', 'Elaine Marsh', ''),
    });
    fc.assert(
      fc.property(fc.constantFrom(...REVISION_SCHEMES), fc.array(step, { maxLength: 25 }), (scheme, steps) => {
        let meta = draft(scheme);
        const approvedRevisions: string[] = [];
        for (const request of steps) {
          const plan = planStatusChange(meta, request, context(scheme));
          if (!plan.ok) continue;
          expect(documentMetaSchema.safeParse(plan.meta).success).toBe(true);
          expect(compareRevisions(scheme, plan.meta.revision, meta.revision)).toBeGreaterThanOrEqual(0);
          expect(plan.history.from).toEqual({ status: meta.status, revision: meta.revision });
          expect(plan.history.to).toEqual({ status: plan.meta.status, revision: plan.meta.revision });
          expect(plan.snapshot).toBe(plan.meta.status === 'approved');
          if (plan.meta.status === 'approved') {
            expect(plan.meta.effective?.revision).toBe(plan.meta.revision);
            expect(approvedRevisions).not.toContain(plan.meta.revision);
            approvedRevisions.push(plan.meta.revision);
          }
          if (meta.effective) expect(plan.meta.effective).not.toBeNull();
          meta = plan.meta;
        }
      }),
    );
  });

  it('approve decimal drafts as the next whole version and start the next draft after it', () => {
    let meta: DocumentMeta = { ...draft('decimal'), status: 'in-review' };
    const approved = planStatusChange(meta, { to: 'approved', by: 'Elaine Marsh' }, context('decimal'));
    if (!approved.ok) throw new Error(approved.reason);
    expect(approved.meta.revision).toBe('1.0');
    meta = approved.meta;
    const revised = planStatusChange(meta, { to: 'draft', by: 'Tom Okafor' }, context('decimal'));
    if (!revised.ok) throw new Error(revised.reason);
    expect(revised.meta).toMatchObject({ revision: '1.1', status: 'draft', effective: { revision: '1.0' } });
    expect(revised.history.event).toBe('revision-started');
  });

  it('set the next review one review period after approval, clamped to the month end', () => {
    const plan = planStatusChange(
      { ...draft('numeric'), status: 'in-review' },
      { to: 'approved', by: 'E' },
      context('numeric', '2028-02-29'),
    );
    expect(plan.ok && plan.meta.nextReviewDate).toBe('2029-02-28');
  });

  it('report a label from another scheme instead of crashing', () => {
    const plan = planStatusChange(
      { ...draft('numeric'), status: 'in-review', revision: 'B' },
      { to: 'approved', by: 'E' },
      context('numeric'),
    );
    expect(plan).toEqual({ ok: false, reason: 'PRO-007 has revision "B", which is not a numeric revision label.' });
  });

  it.each([
    ['2026-11-25', true],
    ['2026-11-26', false],
    ['2026-12-01', false],
  ])('flag a document whose review was due %s as overdue on 2026-11-26: %s', (due, overdue) => {
    const effective = {
      revision: '1',
      approvedBy: 'E',
      approvedOn: '2025-11-25',
      effectiveDate: '2025-11-25',
      selfApproved: false,
      changeSummary: '',
      contentHash: HASH,
    };
    expect(isReviewOverdue({ status: 'approved', effective, nextReviewDate: due }, '2026-11-26')).toBe(overdue);
    expect(isReviewOverdue({ status: 'obsolete', effective, nextReviewDate: due }, '2026-11-26')).toBe(false);
    expect(isReviewOverdue({ status: 'draft', effective: null, nextReviewDate: due }, '2026-11-26')).toBe(false);
  });
});

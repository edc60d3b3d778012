import { describe, expect, it } from 'vitest';
import { masterList } from '../../../../src-shared/control/master-list';
import type { EffectiveRevision } from '../../../../src-shared/project/schema';
import { sampleMeta } from '../../../support/sample-meta';

const TODAY = '2026-11-26';

function approval(revision: string): EffectiveRevision {
  return {
    revision,
    approvedBy: 'Elaine Marsh',
    approvedOn: '2026-02-26',
    effectiveDate: '2026-03-02',
    selfApproved: false,
    changeSummary: '',
    contentHash: 'f'.repeat(64),
  };
}

describe('the master document list', () => {
  it('counts a document as in force while a new revision of it is drafted or reviewed', () => {
    const rows = masterList(
      [
        sampleMeta('PRO-001', { status: 'approved', revision: '3', effective: approval('3'), nextReviewDate: '2027-03-02' }),
        // Revision 4 is being written: revision 3 stays in force until 4 is approved.
        sampleMeta('PRO-002', { status: 'draft', revision: '4', effective: approval('3'), nextReviewDate: '2027-03-02' }),
        sampleMeta('PRO-003', { status: 'in-review', revision: '2', effective: approval('1'), nextReviewDate: '2027-03-02' }),
        // Withdrawn: its last approval is history, nothing of it is in force.
        sampleMeta('PRO-004', { status: 'obsolete', revision: '2', effective: approval('2'), nextReviewDate: '2027-03-02' }),
        sampleMeta('PRO-005'),
      ],
      TODAY,
    );
    expect(rows.map((row) => [row.id, row.status, row.effectiveRevision, row.inForce])).toEqual([
      ['PRO-001', 'approved', '3', true],
      ['PRO-002', 'draft', '3', true],
      ['PRO-003', 'in-review', '1', true],
      ['PRO-004', 'obsolete', '2', false],
      ['PRO-005', 'draft', null, false],
    ]);
  });
});

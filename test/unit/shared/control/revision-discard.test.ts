import { describe, expect, it } from 'vitest';
import { discardRefusal, planDiscardRevision, revisionInForceBeside } from '../../../../src-shared/control/revision-discard';
import { acceptsContentEdits, contentEditRefusal } from '../../../../src-shared/control/status-rules';
import type { DocumentMeta } from '../../../../src-shared/project/schema';

const HASH = 'c'.repeat(64);

const approvedB: DocumentMeta = {
  id: 'PRO-004',
  title: 'Calibration',
  type: 'procedure',
  status: 'approved',
  revision: 'B',
  owner: 'Tom Okafor',
  author: 'Tom Okafor',
  reviewer: 'Priya Raman',
  clauses: ['7.1.5'],
  changeSummary: 'Adds the gauge register.',
  nextReviewDate: '2027-05-01',
  effective: {
    revision: 'B',
    approvedBy: 'Elaine Marsh',
    approvedOn: '2026-05-01',
    effectiveDate: '2026-05-01',
    selfApproved: false,
    changeSummary: 'Adds the gauge register.',
    contentHash: HASH,
  },
  template: null,
};
const unsnapshotted = { ...(approvedB.effective as NonNullable<DocumentMeta['effective']>), contentHash: null };
const draftC: DocumentMeta = {
  ...approvedB,
  status: 'draft',
  revision: 'C',
  title: 'Calibration and verification',
  author: 'Priya Raman',
  owner: 'Ann Lee',
  changeSummary: 'Verification added.',
};

describe('which documents take content edits', () => {
  it.each([
    ['draft', true],
    ['in-review', true],
    ['approved', false],
    ['obsolete', false],
  ] as const)('%s: %s', (status, accepts) => {
    expect(acceptsContentEdits(status)).toBe(accepts);
    expect(contentEditRefusal({ ...approvedB, status }) === null).toBe(accepts);
  });

  it('say which revision is in force and what to do', () => {
    expect(contentEditRefusal(approvedB)).toBe(
      'Revision B of PRO-004 is approved and in force. To change it, start a new revision.',
    );
    expect(contentEditRefusal({ ...approvedB, status: 'obsolete' })).toBe('PRO-004 is obsolete and can no longer be edited.');
  });
});

describe('discarding a draft revision', () => {
  it('goes back to what was approved, keeping the owner and reviewer of now, and records who and why', () => {
    const plan = planDiscardRevision(draftC, { meta: approvedB, contentHash: HASH }, ' Elaine Marsh ');
    expect(plan).toEqual({
      ok: true,
      meta: { ...approvedB, owner: 'Ann Lee' },
      history: {
        by: 'Elaine Marsh',
        document: 'PRO-004',
        event: 'revision-discarded',
        from: { status: 'draft', revision: 'C' },
        to: { status: 'approved', revision: 'B' },
      },
    });
  });

  it('is offered only for a draft of a later revision than an approved one with its text kept', () => {
    expect(revisionInForceBeside(draftC)).toBe('B');
    expect(revisionInForceBeside(approvedB)).toBeNull();
    expect(revisionInForceBeside({ ...draftC, status: 'in-review' })).toBeNull();
    expect(revisionInForceBeside({ ...draftC, effective: null })).toBeNull();
    expect(revisionInForceBeside({ ...draftC, effective: unsnapshotted })).toBeNull();
    expect(discardRefusal(draftC)).toBeNull();
    expect(discardRefusal({ ...draftC, effective: unsnapshotted })).toBe(
      'The draft revision of PRO-004 cannot be discarded: the text of its revision in force B was approved before approved copies were kept.',
    );
  });

  it('refuses without a name, or with an approved copy that is not the approved revision', () => {
    expect(planDiscardRevision(draftC, { meta: approvedB, contentHash: HASH }, '  ')).toMatchObject({ ok: false });
    expect(planDiscardRevision(draftC, { meta: approvedB, contentHash: 'd'.repeat(64) }, 'Elaine')).toEqual({
      ok: false,
      reason: 'The approved copy of PRO-004 revision B is not the revision that was approved, so nothing was changed.',
    });
    expect(planDiscardRevision(draftC, { meta: { ...approvedB, revision: 'A' }, contentHash: HASH }, 'Elaine').ok).toBe(false);
  });
});

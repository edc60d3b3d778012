import { describe, expect, it } from 'vitest';
import { type DetailsChange, planDetailsChange } from '../../../../src-shared/control/details-rules';
import type { DocumentMeta } from '../../../../src-shared/project/schema';
import { sampleMeta } from '../../../support/sample-meta';

const draft = sampleMeta('PRO-001', { reviewer: 'Priya Raman' });
const approved: DocumentMeta = {
  ...draft,
  status: 'approved',
  revision: '2',
  changeSummary: 'Added e-signatures.',
  effective: {
    revision: '2',
    approvedBy: 'Elaine Marsh',
    approvedOn: '2026-01-10',
    effectiveDate: '2026-01-10',
    selfApproved: false,
    changeSummary: 'Added e-signatures.',
    contentHash: 'a'.repeat(64),
  },
};
const same = (meta: DocumentMeta): DetailsChange => ({
  title: meta.title,
  owner: meta.owner,
  reviewer: meta.reviewer,
  clauses: meta.clauses,
  changeSummary: meta.changeSummary,
});

describe('changing a document’s details', () => {
  it('records nothing when nothing changed', () => {
    expect(planDetailsChange(draft, same(draft), 'Tom', 'numeric')).toEqual({
      ok: true,
      meta: draft,
      history: [],
      changed: false,
    });
  });

  it('changes a draft in place and records what it was before', () => {
    const plan = planDetailsChange(
      draft,
      { ...same(draft), title: ' Document Control ', owner: 'Priya Raman', clauses: ['7.5', '7.5.3'] },
      'Tom',
      'numeric',
    );
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.meta).toMatchObject({
      title: 'Document Control',
      owner: 'Priya Raman',
      clauses: ['7.5', '7.5.3'],
      status: 'draft',
      revision: '1',
    });
    expect(plan.history).toEqual([
      {
        by: 'Tom',
        document: 'PRO-001',
        event: 'details-changed',
        from: { status: 'draft', revision: '1' },
        to: { status: 'draft', revision: '1' },
        note: 'title "Control of Documented Information" → "Document Control"; clauses 7.5 → 7.5, 7.5.3; owner Tom Okafor → Priya Raman',
      },
    ]);
  });

  it('starts a new revision when the title or clauses of an approved document change; the approved one stays in force', () => {
    const plan = planDetailsChange(
      approved,
      { ...same(approved), title: 'Document Control', changeSummary: 'Renamed.' },
      'Tom',
      'numeric',
    );
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.meta).toMatchObject({
      status: 'draft',
      revision: '3',
      title: 'Document Control',
      changeSummary: 'Renamed.',
      author: 'Tom',
    });
    expect(plan.meta.effective?.revision).toBe('2');
    expect(plan.history.map((entry) => entry.event)).toEqual(['revision-started', 'details-changed']);
  });

  it('changes the owner of an approved document without a new revision, but keeps its change summary frozen', () => {
    const plan = planDetailsChange(approved, { ...same(approved), owner: 'Priya Raman' }, 'Tom', 'numeric');
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.meta).toMatchObject({
      status: 'approved',
      revision: '2',
      owner: 'Priya Raman',
      changeSummary: 'Added e-signatures.',
    });
    expect(planDetailsChange(approved, { ...same(approved), changeSummary: 'Rewritten history' }, 'Tom', 'numeric')).toEqual({
      ok: false,
      reason: 'The change summary of approved revision 2 is part of its record; start a new revision to describe new changes.',
    });
  });

  it('sends a document in review back to draft when what the reviewer approves would change', () => {
    const inReview = { ...draft, status: 'in-review' as const };
    const plan = planDetailsChange(inReview, { ...same(inReview), clauses: ['7.5.3'] }, 'Tom', 'numeric');
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.meta.status).toBe('draft');
    expect(plan.history[0]).toMatchObject({
      event: 'status-changed',
      to: { status: 'draft' },
      note: 'Details changed while in review',
    });
    const reviewer = planDetailsChange(inReview, { ...same(inReview), reviewer: 'Elaine Marsh' }, 'Tom', 'numeric');
    expect(reviewer.ok && reviewer.meta.status).toBe('in-review');
  });

  it('refuses an obsolete document, an empty title and a change without a name', () => {
    expect(planDetailsChange({ ...approved, status: 'obsolete' }, same(approved), 'Tom', 'numeric')).toEqual({
      ok: false,
      reason: 'PRO-001 is obsolete; its details can no longer change.',
    });
    expect(planDetailsChange(draft, { ...same(draft), title: '  ' }, 'Tom', 'numeric')).toEqual({
      ok: false,
      reason: 'A document needs a title.',
    });
    expect(planDetailsChange(draft, same(draft), ' ', 'numeric')).toEqual({
      ok: false,
      reason: 'A name is needed to change the details of PRO-001.',
    });
  });
});

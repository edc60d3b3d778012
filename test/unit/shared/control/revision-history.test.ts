import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../src-shared/control/history';
import { approvedRevisions, revisionRowsFor } from '../../../../src-shared/control/revision-history';
import type { EffectiveRevision } from '../../../../src-shared/project/schema';

const approval = (revision: string, at: string, by: string, note?: string): HistoryEntry => ({
  at,
  by,
  document: 'PRO-001',
  event: 'status-changed',
  from: { status: 'in-review', revision },
  to: { status: 'approved', revision },
  ...(note ? { note } : {}),
});

const snapshot = (revision: string, approvedOn: string, changeSummary: string): EffectiveRevision => ({
  revision,
  approvedBy: 'Elaine Marsh',
  approvedOn,
  effectiveDate: approvedOn,
  selfApproved: false,
  changeSummary,
  contentHash: 'a'.repeat(64),
});

describe('revision history', () => {
  const entries: HistoryEntry[] = [
    {
      ...approval('1', '2025-01-10T09:00:00Z', 'Tom Okafor'),
      event: 'created',
      from: null,
      to: { status: 'draft', revision: '1' },
    },
    approval('1', '2025-02-01T09:00:00Z', 'Elaine Marsh', 'First issue'),
    { ...approval('2', '2025-09-01T09:00:00Z', 'Tom Okafor'), event: 'revision-started', to: { status: 'draft', revision: '2' } },
    approval('2', '2026-02-26T10:00:00Z', 'Elaine Marsh'),
  ];

  it('lists each approval in order, with the snapshot’s record where there is one', () => {
    expect(approvedRevisions(entries, [snapshot('2', '2026-02-26', 'Root-cause step added.')])).toEqual([
      { revision: '1', date: '2025-02-01', description: 'First issue', approvedBy: 'Elaine Marsh' },
      { revision: '2', date: '2026-02-26', description: 'Root-cause step added.', approvedBy: 'Elaine Marsh' },
    ]);
  });

  it('keeps an approved snapshot whose history line is missing', () => {
    expect(approvedRevisions([], [snapshot('3', '2026-05-01', 'Retention table.')]).map((row) => row.revision)).toEqual(['3']);
  });

  it('stops at the revision exported and adds the draft’s own line to a draft', () => {
    const rows = approvedRevisions(entries, []);
    expect(revisionRowsFor(rows, { revision: '1', changeSummary: '', draft: false }).map((r) => r.revision)).toEqual(['1']);
    expect(revisionRowsFor(rows, { revision: '3', changeSummary: 'Supplier returns.', draft: true }).at(-1)).toEqual({
      revision: '3',
      date: null,
      description: 'Supplier returns.',
      approvedBy: null,
    });
  });
});

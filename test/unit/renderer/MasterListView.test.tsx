import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MasterListView } from '../../../src-renderer/src/components/MasterListView';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import type { TailoringFigures } from '../../../src-shared/tailoring/tailoring';
import { POLICY, PROCEDURE, sampleEffective, sampleMeta } from './sample-data';

afterEach(() => {
  cleanup();
});

const TODAY = '2026-03-10';

/** Revision 5 being drafted while revision 4 stays in force; its review date has passed. */
const REVISING = sampleMeta({
  id: 'PRO-002',
  title: 'Control of Nonconforming Outputs',
  type: 'procedure',
  status: 'draft',
  revision: '5',
  owner: 'Tom Okafor',
  nextReviewDate: '2026-03-09',
  effective: sampleEffective({ revision: '4', approvedOn: '2025-03-01', effectiveDate: '2025-03-09' }),
});

const INSTRUCTION_999 = sampleMeta({
  id: 'WI-999',
  title: 'Thread Gauging',
  type: 'work-instruction',
  status: 'draft',
  revision: '1',
  owner: '',
  nextReviewDate: null,
  effective: null,
});

const INSTRUCTION_1000 = sampleMeta({ ...INSTRUCTION_999, id: 'WI-1000', title: 'Coolant Concentration' });

function renderList(documents: DocumentMeta[], today = TODAY, tailoring: Record<string, TailoringFigures> = {}) {
  const onOpen = vi.fn<(id: string) => void>();
  const onExport = vi.fn<(kind: 'manual' | 'register') => void>();
  render(<MasterListView documents={documents} today={today} tailoring={tailoring} onOpen={onOpen} onExport={onExport} />);
  const table = screen.getByRole('table');
  const [head, ...rows] = within(table).getAllByRole('row');
  const cells = (row: HTMLElement | undefined) =>
    row ? [...row.querySelectorAll('th, td')].map((cell) => cell.textContent) : [];
  return { onOpen, onExport, table, headings: cells(head), rows, cells };
}

function summary(): string | null | undefined {
  return screen.getByRole('region', { name: 'Master document list' }).querySelector('.master-list-header p')?.textContent;
}

describe('MasterListView', () => {
  it('has the columns an auditor asks for', () => {
    const { headings } = renderList([POLICY]);
    expect(headings).toEqual([
      'Number',
      'Title',
      'Type',
      'Status',
      'Revision',
      'In force',
      'Owner',
      'Effective',
      'Next review',
      'Still to tailor',
    ]);
  });

  it('shows one row per document in number order, numbers compared as numbers', () => {
    const { rows } = renderList([INSTRUCTION_1000, REVISING, PROCEDURE, INSTRUCTION_999, POLICY]);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual([
      'POL-001',
      'PRO-001',
      'PRO-002',
      'WI-999',
      'WI-1000',
    ]);
  });

  it('shows status, working revision, revision in force, owner, effective date and next review of each document', () => {
    const { rows, cells } = renderList([POLICY, PROCEDURE, REVISING, INSTRUCTION_999]);
    expect(rows.map(cells)).toEqual([
      ['POL-001', 'Quality Policy', 'Policy', 'Approved', '3', '3', 'Elaine Marsh', '2026-03-02', '2027-03-02', '—'],
      ['PRO-001', 'Control of Documented Information', 'Procedure', 'In review', '2', '—', 'Elaine Marsh', '—', '—', '—'],
      [
        'PRO-002',
        'Control of Nonconforming Outputs',
        'Procedure',
        'Draft',
        '5',
        '4',
        'Tom Okafor',
        '2025-03-09',
        '2026-03-09Overdue',
        '—',
      ],
      ['WI-999', 'Thread Gauging', 'Work instruction', 'Draft', '1', '—', '—', '—', '—', '—'],
    ]);
  });

  it("marks an overdue row and shows 'Overdue' in its next review only", () => {
    const { rows } = renderList([POLICY, REVISING]);
    const [policy, revising] = rows;
    expect(policy?.classList.contains('overdue')).toBe(false);
    expect(policy?.querySelector('.overdue-badge')).toBeNull();
    expect(revising?.classList.contains('overdue')).toBe(true);
    expect(revising?.querySelector('td:nth-child(9) .overdue-badge')?.textContent).toBe('Overdue');
  });

  it('does not count a review due today, or an obsolete document past its date, as overdue', () => {
    const dueToday = sampleMeta({ id: 'POL-002', nextReviewDate: TODAY });
    const obsolete = sampleMeta({ id: 'POL-003', status: 'obsolete', nextReviewDate: '2025-01-01' });
    const { rows } = renderList([dueToday, obsolete]);
    expect(rows.map((row) => row.classList.contains('overdue'))).toEqual([false, false]);
    expect(summary()).toContain('no reviews overdue');
  });

  it('sums up the documents, those with a revision in force and the overdue reviews as of today', () => {
    // POL-001 is approved; PRO-002 is being revised while its revision 4 stays in force.
    renderList([POLICY, PROCEDURE, REVISING, INSTRUCTION_999]);
    expect(summary()).toBe(`4 controlled documents · 2 in force · 1 review overdue · all tailored · as of ${TODAY}`);
  });

  it('does not count an obsolete document as in force', () => {
    renderList([POLICY, sampleMeta({ id: 'POL-002', status: 'obsolete' })]);
    expect(summary()).toBe(`2 controlled documents · 1 in force · no reviews overdue · all tailored · as of ${TODAY}`);
  });

  it('counts several overdue reviews in the summary', () => {
    renderList([REVISING, sampleMeta({ id: 'POL-009', nextReviewDate: '2026-01-31' }), POLICY]);
    expect(summary()).toBe(`3 controlled documents · 3 in force · 2 reviews overdue · all tailored · as of ${TODAY}`);
  });

  it('says no reviews are overdue when none is', () => {
    renderList([POLICY, PROCEDURE]);
    expect(summary()).toBe(`2 controlled documents · 1 in force · no reviews overdue · all tailored · as of ${TODAY}`);
  });

  it('calls onOpen with the number that was clicked', () => {
    const { onOpen, table } = renderList([POLICY, PROCEDURE, REVISING]);
    fireEvent.click(within(table).getByRole('button', { name: 'PRO-002' }));
    expect(onOpen.mock.calls).toEqual([['PRO-002']]);
  });

  it('shows an empty table for a project without documents', () => {
    const { rows } = renderList([]);
    expect(rows).toHaveLength(0);
    expect(summary()).toBe(`0 controlled documents · 0 in force · no reviews overdue · all tailored · as of ${TODAY}`);
  });

  it('shows what is still to tailor in each document made from a template, and counts those documents', () => {
    const fresh = { sentences: 60, templateSentences: 60, missingFields: 2, guidanceBlocks: 3, bracketedInstructions: 5 };
    const done = { sentences: 40, templateSentences: 6, missingFields: 0, guidanceBlocks: 0, bracketedInstructions: 0 };
    const { rows } = renderList([POLICY, PROCEDURE, INSTRUCTION_999], TODAY, { 'POL-001': done, 'PRO-001': fresh });
    expect(rows.map((row) => row.querySelector('.tailoring-cell')?.textContent)).toEqual([
      'Tailored (15% template)',
      '100% template · 2 empty fields · 3 guidance · 5 [ ]',
      '—',
    ]);
    expect(rows[1]?.querySelector('.tailoring-cell span')?.getAttribute('title')).toContain(
      '3 guidance blocks are still in the document.',
    );
    expect(summary()).toContain('· 1 still to tailor ·');
  });
});

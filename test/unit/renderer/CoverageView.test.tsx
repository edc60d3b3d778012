import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageView } from '../../../src-renderer/src/components/CoverageView';
import { type CoverageInput, computeCoverage } from '../../../src-shared/guidance/coverage';
import { exclusionVerdict } from '../../../src-shared/guidance/exclusions';
import { CLAUSES } from './catalog-fixture';
import { POLICY, PROCEDURE, sampleMeta } from './sample-data';

afterEach(() => {
  cleanup();
});

/** Withdrawn minutes still tagged 9.3: an obsolete document addresses nothing. */
const OLD_MINUTES = sampleMeta({ id: 'REC-001', title: 'Review 2024', type: 'record', status: 'obsolete', clauses: ['9.3'] });

const DESIGN_EXCLUSION = { clause: '8.3', justification: 'We machine to customer drawings and design nothing.' };
const IMPROVEMENT_EXCLUSION = { clause: '10.2', justification: 'We never have nonconformities.' };

/**
 * POL-001 addresses 5.2 and 5.1.1; PRO-001 addresses 7.5 and has a section tagged
 * 7.1.5.2. Gaps: 4.3, 9.2, 9.3. Not applicable: 8.3 (acceptable), 10.2 (not).
 */
function input(overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    clauses: CLAUSES,
    documents: [POLICY, PROCEDURE, OLD_MINUTES],
    sectionClauses: { 'PRO-001': ['7.1.5.2'] },
    notApplicable: [DESIGN_EXCLUSION, IMPROVEMENT_EXCLUSION],
    ...overrides,
  };
}

function renderCoverage(options: { input?: CoverageInput; readOnly?: boolean } = {}) {
  const actions = {
    onOpenDocument: vi.fn<(id: string) => void>(),
    onOpenClause: vi.fn<(id: string) => void>(),
    onCreateForClause: vi.fn<(clause: string) => void>(),
  };
  render(<CoverageView coverage={computeCoverage(options.input ?? input())} readOnly={options.readOnly ?? false} {...actions} />);
  return actions;
}

function rows(): HTMLTableRowElement[] {
  return [...screen.getByRole('table').querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

function rowIds(): string[] {
  return rows().map((row) => row.querySelector('.clause-number')?.textContent ?? '');
}

function row(id: string): HTMLTableRowElement {
  const found = rows().find((candidate) => candidate.querySelector('.clause-number')?.textContent === id);
  if (!found) throw new Error(`No row for clause ${id}.`);
  return found;
}

/** The third cell: not applicable, documents, gap. */
function documentsCell(id: string): HTMLTableCellElement {
  return row(id).cells[2] as HTMLTableCellElement;
}

/** The sentence above the table, spaces collapsed. */
function summary(): string | undefined {
  return screen.getByRole('region', { name: 'Coverage' }).querySelector('header p')?.textContent?.replace(/\s+/g, ' ');
}

describe('CoverageView', () => {
  it('lists every clause of the catalog in order, with the documents that address it', () => {
    renderCoverage();

    expect(rowIds()).toEqual(CLAUSES.map((entry) => entry.id));
    expect(
      within(documentsCell('5.2'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['POL-001']);
    // A section tagged 7.1.5.2 addresses 7.1.5 above it; PRO-001 tagged 7.5 addresses 7.5.3 beneath.
    expect(
      within(documentsCell('7.1.5'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['PRO-001']);
    expect(
      within(documentsCell('7.5.3'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['PRO-001']);
    expect(documentsCell('7.1.5.1').textContent).toBe('');
  });

  it('shows what documented information each clause requires', () => {
    renderCoverage();

    const kinds = (id: string) => [...(row(id).cells[1] as HTMLElement).querySelectorAll('.di-kind')].map((k) => k.textContent);
    expect(kinds('7.5')).toEqual(['Maintain', 'Retain']);
    expect(kinds('9.3')).toEqual(['Retain']);
    expect(kinds('7.1')).toEqual([]);
    expect((row('7.5').cells[1] as HTMLElement).querySelector('.di-maintain')?.getAttribute('title')).toBe(
      'The documents the system needs to work.',
    );
  });

  it('counts the gaps above the table', () => {
    renderCoverage();

    // 10.2 is declared not applicable, but the standard does not allow that: still a gap.
    expect(summary()).toBe('4 clauses require documented information no document addresses. Show gaps only');
  });

  it('says every required clause is addressed when there is no gap', () => {
    renderCoverage({
      input: input({ sectionClauses: { 'PRO-001': ['7.1.5.2'], 'POL-001': ['4.3', '9.2', '9.3', '10.2'] } }),
    });

    expect(summary()).toBe('Every clause that requires documented information is addressed. Show gaps only');
    expect(screen.queryByText('Gap')).toBeNull();
  });

  it("marks a gap with 'Gap' and a button that starts a document for that clause", () => {
    const { onCreateForClause } = renderCoverage();
    const cell = documentsCell('9.2');

    expect(row('9.2').className).toBe('gap');
    expect(cell.querySelector('.gap-badge')?.textContent).toBe('Gap');
    fireEvent.click(within(cell).getByRole('button', { name: 'Create a document for clause 9.2' }));
    fireEvent.click(within(documentsCell('4.3')).getByRole('button', { name: 'Create a document for clause 4.3' }));

    // The gallery then offers the templates that address the clause.
    expect(onCreateForClause.mock.calls).toEqual([['9.2'], ['4.3']]);
  });

  it('offers no create button on clauses that are addressed, need nothing or are acceptably not applicable', () => {
    renderCoverage();

    for (const id of ['5.2', '7.1.5', '7.1.5.1', '8.3']) {
      expect(documentsCell(id).querySelector('.gap-action')).toBeNull();
    }
    // An exclusion the standard does not allow (10.2) does not hide the gap.
    expect(documentsCell('10.2').querySelector('.gap-action')).not.toBeNull();
    expect(screen.getAllByText('Gap')).toHaveLength(4);
  });

  it('disables the create buttons when the project is read-only', () => {
    const { onCreateForClause } = renderCoverage({ readOnly: true });
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.gap-action button')];

    expect(buttons.map((button) => button.disabled)).toEqual([true, true, true, true]);
    fireEvent.click(buttons[0] as HTMLButtonElement);
    expect(onCreateForClause).not.toHaveBeenCalled();
  });

  it("shows only the gaps while 'Show gaps only' is ticked", () => {
    renderCoverage();
    const onlyGaps = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show gaps only' });

    fireEvent.click(onlyGaps);

    expect(onlyGaps.checked).toBe(true);
    expect(rowIds()).toEqual(['4.3', '9.2', '9.3', '10.2']);

    fireEvent.click(onlyGaps);

    expect(rowIds()).toHaveLength(CLAUSES.length);
  });

  it('shows the justification of a clause that is not applicable, with the condition an auditor will check', () => {
    renderCoverage();

    expect(row('8.3').className).toBe('not-applicable');
    const note = documentsCell('8.3').querySelector('.na-ok');
    expect(note?.textContent).toMatch(
      /^Not applicable: We machine to customer drawings and design nothing\. Only when the organization designs nothing/,
    );
    expect(documentsCell('8.3').querySelector('strong')).toBeNull();
  });

  it('warns that an exclusion outside clause 8 is a nonconformity', () => {
    renderCoverage();
    const verdict = exclusionVerdict('10.2');
    if (verdict.acceptable) throw new Error('10.2 should not be excludable.');

    const note = documentsCell('10.2').querySelector('.na-bad');
    expect(note?.querySelector('strong')?.textContent).toBe(` ${verdict.reason}`);
    expect(note?.textContent).toBe(`Not applicable: We never have nonconformities. ${verdict.reason}`);
    expect(verdict.reason).toMatch(/^10\.2 is outside clause 8\./);
  });

  it('shows the caution that goes with excluding measurement traceability', () => {
    renderCoverage({
      input: input({ notApplicable: [{ clause: '7.1.5.2', justification: 'No measurement needs traceability.' }] }),
    });
    const verdict = exclusionVerdict('7.1.5.2');
    if (!verdict.acceptable) throw new Error('7.1.5.2 should be excludable with a caution.');

    const note = documentsCell('7.1.5.2').querySelector('.na-ok');
    expect(note?.querySelector('em')?.textContent).toBe(` ${verdict.caution}`);
    expect(note?.textContent).toBe(`Not applicable: No measurement needs traceability. ${verdict.caution}`);
  });

  it('opens the guidance of a clause whose number is clicked, and a document whose id is clicked', () => {
    const { onOpenClause, onOpenDocument } = renderCoverage();

    fireEvent.click(within(row('7.5')).getByRole('button', { name: '7.5' }));
    fireEvent.click(within(documentsCell('5.1.1')).getByRole('button', { name: 'POL-001' }));

    expect(onOpenClause.mock.calls).toEqual([['7.5']]);
    expect(onOpenDocument.mock.calls).toEqual([['POL-001']]);
  });
});

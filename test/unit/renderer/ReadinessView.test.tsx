import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadinessView } from '../../../src-renderer/src/components/ReadinessView';
import { computeCoverage } from '../../../src-shared/guidance/coverage';
import { type CertificationProgress, certificationReadiness, groupReadiness } from '../../../src-shared/guidance/readiness';
import { CATALOG, CLAUSES } from './catalog-fixture';
import { POLICY, PROCEDURE, sampleEffective, sampleMeta } from './sample-data';

afterEach(() => {
  cleanup();
});

const TODAY = '2026-03-10';

/** An approved internal audit report whose review date has passed. */
const AUDIT_REPORT = sampleMeta({
  id: 'REC-002',
  title: 'Internal Audit 2026',
  type: 'record',
  status: 'approved',
  revision: '1',
  clauses: ['9.2'],
  nextReviewDate: '2026-01-01',
  effective: sampleEffective({ revision: '1' }),
  template: 'internal-audit-report',
});

const DOCUMENTS = [POLICY, PROCEDURE, AUDIT_REPORT];

const RECORDED: CertificationProgress = {
  'gap-analysis': { done: true, date: '2026-01-15', note: 'Done with the consultant' },
};

/**
 * Required and not excluded: 4.3; 5.2; 7.1.5, 7.1.5.2, 7.5; 9.2, 9.3; 10.2 (8.3 is
 * excluded). Addressed: 5.2 (POL-001), 7.5 (PRO-001), 9.2 (REC-002): 3 of 8.
 */
function renderReadiness(options: { readOnly?: boolean; recorded?: CertificationProgress } = {}) {
  const coverage = computeCoverage({
    clauses: CLAUSES,
    documents: DOCUMENTS,
    sectionClauses: {},
    notApplicable: [{ clause: '8.3', justification: 'We design nothing.' }],
  });
  const onRecordStep = vi.fn<(step: string, done: boolean) => void>();
  const onOpenGuidance = vi.fn<(id: string) => void>();
  render(
    <ReadinessView
      organization="Harrow Precision Components"
      today={TODAY}
      groups={groupReadiness(CATALOG.standard, coverage, DOCUMENTS, TODAY)}
      steps={certificationReadiness(CATALOG.certification, coverage, DOCUMENTS, options.recorded ?? RECORDED)}
      readOnly={options.readOnly ?? false}
      onRecordStep={onRecordStep}
      onOpenGuidance={onOpenGuidance}
    />,
  );
  return { onRecordStep, onOpenGuidance };
}

function groupRows(): string[][] {
  return [...screen.getByRole('table').querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()),
  );
}

function steps(): HTMLLIElement[] {
  return [...document.querySelectorAll<HTMLLIElement>('.certification-steps > li')];
}

function stepItem(title: string): HTMLLIElement {
  const found = steps().find((item) => item.querySelector('.step-title')?.textContent === title);
  if (!found) throw new Error(`No step ${title}.`);
  return found;
}

function doneBox(title: string): HTMLInputElement {
  return within(stepItem(title)).getByRole<HTMLInputElement>('checkbox', { name: `Done: ${title}` });
}

describe('ReadinessView', () => {
  it('sums up what is addressed for the organization, as of today', () => {
    renderReadiness();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Readiness for certification');
    expect(screen.getByRole('region', { name: 'Certification readiness' }).querySelector('header p')?.textContent).toBe(
      'Harrow Precision Components · 3 of 8 required items addressed (38%) · as of 2026-03-10',
    );
  });

  it('shows per clause group the required items addressed, documents in force, draft and overdue documents', () => {
    renderReadiness();

    expect([...screen.getByRole('table').querySelectorAll('thead th')].map((cell) => cell.textContent)).toEqual([
      'Clause group',
      'Required items addressed',
      'In force',
      'Draft or in review',
      'Review overdue',
    ]);
    expect(groupRows()).toEqual([
      ['4 Context of the organization', '0 / 1', '0', '0', '0'],
      ['5 Leadership', '1 / 1', '1', '0', '0'],
      ['7 Support', '1 / 3', '0', '1', '0'],
      ['8 Operation', '0 / 0', '0', '0', '0'],
      ['9 Performance evaluation', '1 / 2', '1', '0', '1'],
      ['10 Improvement', '0 / 1', '0', '0', '0'],
    ]);
  });

  it('draws a meter per group and marks overdue reviews', () => {
    renderReadiness();

    const meter = (group: string) => screen.getByLabelText(`Clause ${group} coverage`) as HTMLMeterElement;
    expect([meter('7').getAttribute('value'), meter('7').getAttribute('max')]).toEqual(['1', '3']);
    // A group that requires nothing shows full.
    expect([meter('8').getAttribute('value'), meter('8').getAttribute('max')]).toEqual(['1', '1']);
    expect(
      [...document.querySelectorAll('.overdue-cell')].map((cell) => cell.closest('tr')?.querySelector('td')?.textContent),
    ).toEqual(['9 Performance evaluation']);
  });

  it('lists the steps to certification in order, each with what shows it is done or what is missing', () => {
    renderReadiness();

    expect(
      steps().map((item) => [
        item.querySelector('.step-mark')?.textContent,
        item.querySelector('.step-title')?.textContent,
        item.querySelector('.step-body .muted')?.textContent,
        item.className,
      ]),
    ).toEqual([
      ['✓', 'Gap analysis', 'Recorded as done on 2026-01-15: Done with the consultant.', 'step-done'],
      ['2', 'Implementation', '5 clauses still lack the documented information the standard requires.', ''],
      ['✓', 'Internal audit', 'Approved: REC-002.', 'step-done'],
      ['4', 'Management review', 'No approved document from the management review minutes template yet.', ''],
      ['5', 'Stage 1 audit', 'Not recorded as done yet.', ''],
    ]);
    expect(steps().map((item) => within(item).getByRole<HTMLInputElement>('checkbox').checked)).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it("records a step as done when 'Done' is ticked", () => {
    const { onRecordStep } = renderReadiness();

    fireEvent.click(doneBox('Stage 1 audit'));

    expect(onRecordStep.mock.calls).toEqual([['stage-1-audit', true]]);
  });

  it("records a step as not done when its 'Done' is unticked", () => {
    const { onRecordStep } = renderReadiness();

    fireEvent.click(doneBox('Gap analysis'));

    expect(onRecordStep.mock.calls).toEqual([['gap-analysis', false]]);
  });

  it("disables every 'Done' box when the project is read-only", () => {
    const { onRecordStep } = renderReadiness({ readOnly: true });

    expect(steps().map((item) => within(item).getByRole<HTMLInputElement>('checkbox').disabled)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    fireEvent.click(doneBox('Stage 1 audit'));
    expect(onRecordStep).not.toHaveBeenCalled();
  });

  it('opens the guidance of a step whose title is clicked', () => {
    const { onOpenGuidance } = renderReadiness();

    fireEvent.click(screen.getByRole('button', { name: 'Management review' }));

    expect(onOpenGuidance.mock.calls).toEqual([['management-review']]);
  });
});

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentHeader } from '../../../src-renderer/src/components/DocumentHeader';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { POLICY, PROCEDURE, sampleEffective, sampleMeta } from './sample-data';

afterEach(() => {
  cleanup();
});

const TODAY = '2026-03-10';

function renderHeader(meta: DocumentMeta, today = TODAY) {
  return render(<DocumentHeader meta={meta} today={today} />);
}

/** The facts under the title, by label. */
function fields(): Record<string, string | null> {
  const entries = [...document.querySelectorAll('.meta-field')].map(
    (field) => [field.querySelector('dt')?.textContent ?? '', field.querySelector('dd')?.textContent ?? null] as const,
  );
  return Object.fromEntries(entries);
}

describe('DocumentHeader', () => {
  it('shows number, title, status and the control facts of an approved document', () => {
    renderHeader(POLICY);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Quality Policy');
    expect(document.querySelector('.document-heading .doc-id')?.textContent).toBe('POL-001');
    expect(document.querySelector('.document-heading .status-badge')?.textContent).toBe('Approved');
    expect(fields()).toEqual({
      Type: 'Policy',
      Revision: '3',
      Owner: 'Elaine Marsh',
      Approved: 'Elaine Marsh, 2026-02-26',
      Effective: '2026-03-02',
      'Next review': '2027-03-02',
    });
  });

  it("shows '(1 in force)' when the working revision differs from the effective one", () => {
    renderHeader(sampleMeta({ status: 'draft', revision: '2', effective: sampleEffective({ revision: '1' }) }));
    expect(fields().Revision).toBe('2 (1 in force)');
  });

  it("shows 'Not yet' and no dates for a document never approved", () => {
    renderHeader(PROCEDURE);
    expect(fields()).toMatchObject({ Revision: '2', Approved: 'Not yet', Effective: '—', 'Next review': '—' });
  });

  it("shows 'Overdue' when the review date has passed", () => {
    renderHeader(sampleMeta({ nextReviewDate: '2026-03-09' }));
    expect(fields()['Next review']).toBe('2026-03-09Overdue');
    expect(document.querySelector('.overdue-badge')?.textContent).toBe('Overdue');
  });

  it("does not show 'Overdue' on the review date itself or before it", () => {
    renderHeader(sampleMeta({ nextReviewDate: TODAY }));
    expect(document.querySelector('.overdue-badge')).toBeNull();
    cleanup();
    renderHeader(POLICY, '2027-03-01');
    expect(document.querySelector('.overdue-badge')).toBeNull();
  });

  it("marks the approval '(author)' when the author approved it", () => {
    renderHeader(sampleMeta({ effective: sampleEffective({ approvedBy: 'Tom Okafor', selfApproved: true }) }));
    expect(fields().Approved).toBe('Tom Okafor, 2026-02-26 (author)');
  });

  it("shows '—' for a document without owner", () => {
    renderHeader(sampleMeta({ owner: '' }));
    expect(fields().Owner).toBe('—');
  });

  it('shows the save status beside the title and the actions under the facts', () => {
    render(
      <DocumentHeader
        meta={POLICY}
        today={TODAY}
        status={<span>Saved</span>}
        actions={
          <button type="button" className="test-action">
            Submit for review
          </button>
        }
      />,
    );
    expect(document.querySelector('.document-header-aside')?.textContent).toBe('Saved');
    const action = screen.getByRole('button', { name: 'Submit for review' });
    expect(action.closest('.document-header')).not.toBeNull();
    expect(action.closest('.meta-fields')).toBeNull();
  });
});

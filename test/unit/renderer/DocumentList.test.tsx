import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentList } from '../../../src-renderer/src/components/DocumentList';
import { POLICY, PROCEDURE, sampleMeta } from './sample-data';

const TODAY = '2026-03-10';

afterEach(() => {
  cleanup();
});

function documentButtons(): HTMLButtonElement[] {
  const nav = screen.getByRole('navigation', { name: 'Documents' });
  return within(nav).getAllByRole('button') as HTMLButtonElement[];
}

/** The list with the policy and the procedure, nothing damaged or selected, unless a test says otherwise. */
function renderList(props: Partial<ComponentProps<typeof DocumentList>> = {}) {
  return render(
    <DocumentList
      today={TODAY}
      documents={[POLICY, PROCEDURE]}
      damaged={[]}
      integrity={{}}
      selectedId={null}
      onSelect={() => {}}
      {...props}
    />,
  );
}

describe('DocumentList', () => {
  it('shows one button per document with its number, title, status and revision', () => {
    renderList();
    const buttons = documentButtons();
    expect(buttons).toHaveLength(2);

    const [policy, procedure] = buttons;
    expect(policy?.querySelector('.doc-id')?.textContent).toBe('POL-001');
    expect(policy?.querySelector('.doc-title')?.textContent).toBe('Quality Policy');
    expect(policy?.querySelector('.status-badge')?.textContent).toBe('Approved');
    expect(policy?.querySelector('.doc-sub')?.textContent).toBe('Policy · Rev. 3 · Elaine Marsh');

    expect(procedure?.querySelector('.doc-id')?.textContent).toBe('PRO-001');
    expect(procedure?.querySelector('.doc-title')?.textContent).toBe('Control of Documented Information');
    expect(procedure?.querySelector('.status-badge')?.textContent).toBe('In review');
    expect(procedure?.querySelector('.doc-sub')?.textContent).toBe('Procedure · Rev. 2 · Elaine Marsh');
  });

  it('shows a document whose approval record was edited outside the program as an integrity problem, never as approved', () => {
    renderList({ integrity: { 'POL-001': ['The text of approved revision 3 was changed outside the program.'] } });
    const badge = documentButtons()[0]?.querySelector('.status-badge');
    expect(badge?.textContent).toBe('Integrity problem');
    expect(badge?.getAttribute('title')).toBe('The text of approved revision 3 was changed outside the program.');
    expect(documentButtons()[1]?.querySelector('.status-badge')?.textContent).toBe('In review');
  });

  it('leaves the owner out of the line under the title when the document has none', () => {
    renderList({ documents: [sampleMeta({ owner: '' })] });
    expect(documentButtons()[0]?.querySelector('.doc-sub')?.textContent).toBe('Policy · Rev. 3');
  });

  it('marks a document whose review date has passed as overdue since that date', () => {
    const overdue = sampleMeta({ id: 'POL-002', nextReviewDate: '2026-03-09' });
    renderList({ documents: [POLICY, overdue] });
    const [policy, late] = documentButtons();
    expect(policy?.querySelector('.overdue-badge')).toBeNull();
    expect(late?.querySelector('.overdue-badge')?.textContent).toBe('Review overdue since 2026-03-09');
  });

  it('does not mark a review due today, a never-approved draft or an obsolete document as overdue', () => {
    const dueToday = sampleMeta({ id: 'POL-002', nextReviewDate: TODAY });
    const neverApproved = sampleMeta({ id: 'PRO-002', status: 'draft', effective: null, nextReviewDate: '2025-01-01' });
    const obsolete = sampleMeta({ id: 'PRO-003', status: 'obsolete', nextReviewDate: '2025-01-01' });
    renderList({ documents: [dueToday, neverApproved, obsolete] });
    expect(documentButtons()).toHaveLength(3);
    expect(screen.queryByText(/Review overdue/)).toBeNull();
  });

  it('counts the documents in the heading', () => {
    renderList();
    expect(screen.getByRole('heading', { name: /Documents/ }).querySelector('.count')?.textContent).toBe('2');
  });

  it('marks only the selected document with aria-current', () => {
    renderList({ selectedId: 'PRO-001' });
    const [policy, procedure] = documentButtons();
    expect(procedure?.getAttribute('aria-current')).toBe('true');
    expect(procedure?.classList.contains('selected')).toBe(true);
    expect(policy?.hasAttribute('aria-current')).toBe(false);
    expect(policy?.classList.contains('selected')).toBe(false);
  });

  it('calls onSelect with the id of the clicked document', () => {
    const onSelect = vi.fn<(id: string) => void>();
    renderList({ selectedId: 'POL-001', onSelect });
    fireEvent.click(screen.getByRole('button', { name: /PRO-001/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith('PRO-001');
  });

  it('says so when the project has no documents', () => {
    renderList({ documents: [] });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('This project has no documents yet.')).toBeTruthy();
  });

  it("lists damaged files with file name and reason under 'Cannot be opened'", () => {
    renderList({
      documents: [POLICY],
      damaged: [
        { file: 'PRO-009.json', reason: 'not valid JSON (line 4)' },
        { file: 'WI-003.json', reason: 'meta.status: expected one of draft, in-review, approved, obsolete' },
      ],
    });
    const section = screen.getByRole('region', { name: 'Damaged files' });
    expect(within(section).getByRole('heading').textContent).toBe('Cannot be opened');
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => [item.querySelector('strong')?.textContent, item.querySelector('span')?.textContent])).toEqual([
      ['PRO-009.json', 'not valid JSON (line 4)'],
      ['WI-003.json', 'meta.status: expected one of draft, in-review, approved, obsolete'],
    ]);
    expect(documentButtons()).toHaveLength(1);
  });

  it('shows no damaged-files section when every file opened', () => {
    renderList({ documents: [POLICY] });
    expect(screen.queryByText('Cannot be opened')).toBeNull();
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentList } from '../../../src-renderer/src/components/DocumentList';
import { POLICY, PROCEDURE } from './sample-data';

afterEach(() => {
  cleanup();
});

function documentButtons(): HTMLButtonElement[] {
  const nav = screen.getByRole('navigation', { name: 'Documents' });
  return within(nav).getAllByRole('button') as HTMLButtonElement[];
}

describe('DocumentList', () => {
  it('shows one button per document with its number, title, status and revision', () => {
    render(<DocumentList documents={[POLICY, PROCEDURE]} damaged={[]} selectedId={null} onSelect={() => {}} />);
    const buttons = documentButtons();
    expect(buttons).toHaveLength(2);

    const [policy, procedure] = buttons;
    expect(policy?.querySelector('.doc-id')?.textContent).toBe('POL-001');
    expect(policy?.querySelector('.doc-title')?.textContent).toBe('Quality Policy');
    expect(policy?.querySelector('.status-badge')?.textContent).toBe('Approved');
    expect(policy?.querySelector('.doc-sub')?.textContent).toBe('Policy · Rev. 3');

    expect(procedure?.querySelector('.doc-id')?.textContent).toBe('PRO-001');
    expect(procedure?.querySelector('.doc-title')?.textContent).toBe('Control of Documented Information');
    expect(procedure?.querySelector('.status-badge')?.textContent).toBe('In review');
    expect(procedure?.querySelector('.doc-sub')?.textContent).toBe('Procedure · Rev. 2');
  });

  it('counts the documents in the heading', () => {
    render(<DocumentList documents={[POLICY, PROCEDURE]} damaged={[]} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByRole('heading', { name: /Documents/ }).querySelector('.count')?.textContent).toBe('2');
  });

  it('marks only the selected document with aria-current', () => {
    render(<DocumentList documents={[POLICY, PROCEDURE]} damaged={[]} selectedId="PRO-001" onSelect={() => {}} />);
    const [policy, procedure] = documentButtons();
    expect(procedure?.getAttribute('aria-current')).toBe('true');
    expect(procedure?.classList.contains('selected')).toBe(true);
    expect(policy?.hasAttribute('aria-current')).toBe(false);
    expect(policy?.classList.contains('selected')).toBe(false);
  });

  it('calls onSelect with the id of the clicked document', () => {
    const onSelect = vi.fn<(id: string) => void>();
    render(<DocumentList documents={[POLICY, PROCEDURE]} damaged={[]} selectedId="POL-001" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /PRO-001/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith('PRO-001');
  });

  it('says so when the project has no documents', () => {
    render(<DocumentList documents={[]} damaged={[]} selectedId={null} onSelect={() => {}} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('This project has no documents yet.')).toBeTruthy();
  });

  it("lists damaged files with file name and reason under 'Cannot be opened'", () => {
    render(
      <DocumentList
        documents={[POLICY]}
        damaged={[
          { file: 'PRO-009.json', reason: 'not valid JSON (line 4)' },
          { file: 'WI-003.json', reason: 'meta.status: expected one of draft, in-review, approved, obsolete' },
        ]}
        selectedId={null}
        onSelect={() => {}}
      />,
    );
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
    render(<DocumentList documents={[POLICY]} damaged={[]} selectedId={null} onSelect={() => {}} />);
    expect(screen.queryByText('Cannot be opened')).toBeNull();
  });
});

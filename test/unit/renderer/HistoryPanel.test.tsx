import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryPanel } from '../../../src-renderer/src/components/HistoryPanel';
import type { HistoryEntry } from '../../../src-shared/control/history';

afterEach(() => {
  cleanup();
});

/** POL-001's history as the store returns it: oldest first, as appended to history.jsonl. */
const ENTRIES: HistoryEntry[] = [
  {
    at: '2025-06-02T08:30:00.000Z',
    by: 'Tom Okafor',
    document: 'POL-001',
    event: 'created',
    from: null,
    to: { status: 'draft', revision: '1' },
    note: 'From template quality-policy',
  },
  {
    at: '2026-02-20T14:05:00.000Z',
    by: 'Tom Okafor',
    document: 'POL-001',
    event: 'status-changed',
    from: { status: 'draft', revision: '3' },
    to: { status: 'in-review', revision: '3' },
  },
  {
    at: '2026-02-26T10:00:00.000Z',
    by: 'Elaine Marsh',
    document: 'POL-001',
    event: 'status-changed',
    from: { status: 'in-review', revision: '3' },
    to: { status: 'approved', revision: '3' },
    note: 'Agreed at the management review',
    selfApproved: false,
  },
  {
    at: '2026-03-05T09:15:00.000Z',
    by: 'Priya Raman',
    document: 'POL-001',
    event: 'revision-started',
    from: { status: 'approved', revision: '3' },
    to: { status: 'draft', revision: '4' },
  },
  {
    at: '2026-03-06T16:40:00.000Z',
    by: 'Elaine Marsh',
    document: 'POL-001',
    event: 'revision-discarded',
    from: { status: 'draft', revision: '4' },
    to: { status: 'approved', revision: '3' },
  },
];

function items(): HTMLElement[] {
  return within(screen.getByRole('region', { name: 'History' })).queryAllByRole('listitem');
}

function text(item: HTMLElement | undefined, part: string): string | null | undefined {
  return item?.querySelector(`.history-${part}`)?.textContent;
}

describe('HistoryPanel', () => {
  it('lists the newest entry first', () => {
    render(<HistoryPanel entries={ENTRIES} />);
    expect(items().map((item) => text(item, 'what'))).toEqual([
      'Draft revision 4 discarded; revision 3 remains in force',
      'Started revision 4 from approved revision 3',
      'Approved: revision 3',
      'Submitted for review: revision 3',
      'Created as revision 1 (draft)',
    ]);
  });

  it('shows who made each change and the note, when there is one', () => {
    render(<HistoryPanel entries={ENTRIES} />);
    const [discarded, started, approved, submitted, created] = items();
    expect(text(discarded, 'who')).toBe('Elaine Marsh');
    expect(text(approved, 'who')).toBe('Elaine Marsh');
    expect(text(approved, 'note')).toBe('Agreed at the management review');
    expect(text(started, 'who')).toBe('Priya Raman');
    expect(started?.querySelector('.history-note')).toBeNull();
    expect(text(submitted, 'who')).toBe('Tom Okafor');
    expect(submitted?.querySelector('.history-note')).toBeNull();
    expect(text(created, 'note')).toBe('From template quality-policy');
  });

  it('shows when each change was made', () => {
    render(<HistoryPanel entries={ENTRIES} />);
    const whens = items().map((item) => text(item, 'when') ?? '');
    expect(whens[0]).toMatch(/2026/);
    expect(whens[4]).toMatch(/2025/);
  });

  it('says when an approval was made by the author of the revision', () => {
    const selfApproved: HistoryEntry = { ...ENTRIES[2], selfApproved: true } as HistoryEntry;
    render(<HistoryPanel entries={[selfApproved]} />);
    expect(text(items()[0], 'what')).toBe('Approved: revision 3 (approved by its author)');
  });

  it('does not reorder the entries it was given', () => {
    const given = [...ENTRIES];
    render(<HistoryPanel entries={given} />);
    expect(given).toEqual(ENTRIES);
  });

  it('says so when the document has no history', () => {
    render(<HistoryPanel entries={[]} />);
    expect(screen.getByText('No history recorded for this document yet.')).toBeTruthy();
    expect(items()).toHaveLength(0);
    expect(screen.queryByText('Loading history…')).toBeNull();
  });

  it('says the history is loading while it has none yet', () => {
    render(<HistoryPanel entries={null} />);
    expect(screen.getByText('Loading history…')).toBeTruthy();
    expect(screen.queryByText('No history recorded for this document yet.')).toBeNull();
    expect(items()).toHaveLength(0);
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusActions } from '../../../src-renderer/src/components/StatusActions';
import type { DocumentStatus } from '../../../src-shared/project/document-status';

afterEach(() => {
  cleanup();
});

function renderActions(status: DocumentStatus, { disabled = false, historyOpen = false } = {}) {
  const onChange = vi.fn<(to: DocumentStatus) => void>();
  const onShowHistory = vi.fn<() => void>();
  render(
    <StatusActions
      status={status}
      disabled={disabled}
      historyOpen={historyOpen}
      onChange={onChange}
      onShowHistory={onShowHistory}
    />,
  );
  return { onChange, onShowHistory };
}

function buttons(): HTMLButtonElement[] {
  return within(screen.getByRole('group', { name: 'Document control' })).getAllByRole('button') as HTMLButtonElement[];
}

function labels(): (string | null)[] {
  return buttons().map((button) => button.textContent);
}

describe('StatusActions', () => {
  it.each<[DocumentStatus, string[]]>([
    ['draft', ['Submit for review', 'History']],
    ['in-review', ['Return to draft', 'Approve…', 'History']],
    // A new revision of an approved document is started from its banner (RevisionBanner).
    ['approved', ['Make obsolete…', 'History']],
    ['obsolete', ['History']],
  ])('shows for a document that is %s exactly the buttons %j', (status, expected) => {
    renderActions(status);
    expect(labels()).toEqual(expected);
  });

  it.each<[DocumentStatus, string, DocumentStatus]>([
    ['draft', 'Submit for review', 'in-review'],
    ['in-review', 'Return to draft', 'draft'],
    ['in-review', 'Approve…', 'approved'],
    ['approved', 'Make obsolete…', 'obsolete'],
  ])("calls onChange for a %s document's '%s' with '%s'", (status, label, target) => {
    const { onChange, onShowHistory } = renderActions(status);
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(onChange.mock.calls).toEqual([[target]]);
    expect(onShowHistory).not.toHaveBeenCalled();
  });

  it('disables the status buttons, and only those, when disabled', () => {
    const { onChange } = renderActions('in-review', { disabled: true });
    const [toDraft, approve, history] = buttons();
    expect(toDraft?.disabled).toBe(true);
    expect(approve?.disabled).toBe(true);
    expect(history?.disabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Approve…' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('enables the status buttons when not disabled', () => {
    renderActions('in-review');
    expect(buttons().map((button) => button.disabled)).toEqual([false, false, false]);
  });

  it("calls onShowHistory on 'History' and marks it expanded while the history is open", () => {
    const { onChange, onShowHistory } = renderActions('draft', { historyOpen: true });
    const history = screen.getByRole('button', { name: 'History' });
    expect(history.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(history);
    expect(onShowHistory).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("marks 'History' collapsed while the history is closed", () => {
    renderActions('draft');
    expect(screen.getByRole('button', { name: 'History' }).getAttribute('aria-expanded')).toBe('false');
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Approval, ApproveDialog } from '../../../src-renderer/src/components/ApproveDialog';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { PROCEDURE } from './sample-data';

afterEach(() => {
  cleanup();
});

const TODAY = '2026-03-10';

interface Options {
  meta?: DocumentMeta;
  defaultApprover?: string;
  today?: string;
  reviewPeriodMonths?: number;
  error?: string | null;
  busy?: boolean;
  tailoringWarnings?: string[];
}

function renderDialog(options: Options = {}) {
  const onApprove = vi.fn<(approval: Approval) => void>();
  const onCancel = vi.fn<() => void>();
  render(
    <ApproveDialog
      meta={options.meta ?? PROCEDURE}
      defaultApprover={options.defaultApprover ?? 'Elaine Marsh'}
      today={options.today ?? TODAY}
      reviewPeriodMonths={options.reviewPeriodMonths ?? 12}
      error={options.error ?? null}
      busy={options.busy ?? false}
      tailoringWarnings={options.tailoringWarnings ?? []}
      onApprove={onApprove}
      onCancel={onCancel}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Approve PRO-001 revision 2' });
  return {
    onApprove,
    onCancel,
    dialog,
    approver: within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Approved by' }),
    nextReview: within(dialog).getByLabelText<HTMLInputElement>('Next review'),
    note: within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Note for the history (optional)' }),
    approve: () => fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' })),
  };
}

const SELF_APPROVAL_HINT = 'The approver is also the author. That is allowed, and recorded as such.';

describe('ApproveDialog', () => {
  it('fills in the given name as approver and today plus the review period as next review', () => {
    const { approver, nextReview, note } = renderDialog({ defaultApprover: 'Elaine Marsh', reviewPeriodMonths: 12 });
    expect(approver.value).toBe('Elaine Marsh');
    expect(nextReview.value).toBe('2027-03-10');
    expect(nextReview.type).toBe('date');
    expect(note.value).toBe('');
  });

  it('counts the review period in calendar months, clamping to the end of a shorter month', () => {
    const { nextReview } = renderDialog({ today: '2026-08-31', reviewPeriodMonths: 6 });
    expect(nextReview.value).toBe('2027-02-28');
  });

  it('moves the focus to the approver field', () => {
    const { approver } = renderDialog();
    expect(document.activeElement).toBe(approver);
  });

  it('approves with the trimmed name, the note and nextReviewDate undefined when the default date is kept', () => {
    const { approver, note, approve, onApprove } = renderDialog();
    fireEvent.change(approver, { target: { value: '  Priya Raman ' } });
    fireEvent.change(note, { target: { value: 'Reviewed with production' } });
    approve();
    expect(onApprove.mock.calls).toStrictEqual([
      [{ by: 'Priya Raman', note: 'Reviewed with production', nextReviewDate: undefined }],
    ]);
  });

  it('approves with the chosen review date when it was changed', () => {
    const { nextReview, approve, onApprove } = renderDialog();
    fireEvent.change(nextReview, { target: { value: '2026-09-30' } });
    approve();
    expect(onApprove.mock.calls).toStrictEqual([[{ by: 'Elaine Marsh', note: '', nextReviewDate: '2026-09-30' }]]);
  });

  it('treats a date changed and then changed back to the default as the default', () => {
    const { nextReview, approve, onApprove } = renderDialog();
    fireEvent.change(nextReview, { target: { value: '2026-09-30' } });
    fireEvent.change(nextReview, { target: { value: '2027-03-10' } });
    approve();
    expect(onApprove.mock.calls[0]?.[0].nextReviewDate).toBeUndefined();
  });

  it('refuses an empty approver with a message and does not call onApprove', () => {
    const { approver, approve, onApprove, dialog } = renderDialog({ defaultApprover: '' });
    expect(approver.value).toBe('');
    approve();
    expect(within(dialog).getByRole('alert').textContent).toBe('Enter the approver’s name.');
    expect(onApprove).not.toHaveBeenCalled();

    fireEvent.change(approver, { target: { value: '   ' } });
    approve();
    expect(onApprove).not.toHaveBeenCalled();
  });

  it('clears the message once an approver is entered and approval goes ahead', () => {
    const { approver, approve, onApprove, dialog } = renderDialog({ defaultApprover: '' });
    approve();
    expect(within(dialog).queryByRole('alert')).not.toBeNull();

    fireEvent.change(approver, { target: { value: 'Elaine Marsh' } });
    approve();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(onApprove).toHaveBeenCalledTimes(1);
  });

  it('shows the self-approval hint when the approver is the author, whatever the case', () => {
    const { approver } = renderDialog({ defaultApprover: 'Elaine Marsh' });
    expect(screen.queryByText(SELF_APPROVAL_HINT)).toBeNull();

    fireEvent.change(approver, { target: { value: ' tom OKAFOR ' } });
    expect(screen.getByText(SELF_APPROVAL_HINT)).toBeTruthy();

    fireEvent.change(approver, { target: { value: 'Tom Okafor-Smith' } });
    expect(screen.queryByText(SELF_APPROVAL_HINT)).toBeNull();
  });

  it('does not call an empty approver a self-approval when the author is unknown', () => {
    renderDialog({ meta: { ...PROCEDURE, author: '' }, defaultApprover: '' });
    expect(screen.queryByText(SELF_APPROVAL_HINT)).toBeNull();
  });

  it('cancels on Escape without approving', () => {
    const { approver, onCancel, onApprove } = renderDialog();
    fireEvent.keyDown(approver, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onApprove).not.toHaveBeenCalled();
  });

  it('cancels on Cancel without approving', () => {
    const { dialog, onCancel, onApprove } = renderDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onApprove).not.toHaveBeenCalled();
  });

  it('shows a refusal passed in as error', () => {
    const { dialog } = renderDialog({ error: 'PRO-001 is already approved.' });
    expect(within(dialog).getByRole('alert').textContent).toBe('PRO-001 is already approved.');
  });

  it('does not approve twice while busy', () => {
    const { dialog, approve, onApprove } = renderDialog({ busy: true });
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Approve' }).disabled).toBe(true);
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    approve();
    expect(onApprove).not.toHaveBeenCalled();
  });
});

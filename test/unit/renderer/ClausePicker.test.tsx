import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClausePicker } from '../../../src-renderer/src/guidance/ClausePicker';
import { CLAUSES } from './catalog-fixture';

afterEach(() => {
  cleanup();
});

function renderPicker(current: string | null = null) {
  const onPick = vi.fn<(clause: string | null) => void>();
  const onCancel = vi.fn<() => void>();
  render(<ClausePicker clauses={CLAUSES} current={current} onPick={onPick} onCancel={onCancel} />);
  const dialog = screen.getByRole('dialog', { name: 'Tag this section with a clause' });
  return { onPick, onCancel, dialog };
}

function type(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Find a clause' }), { target: { value: text } });
}

function optionIds(): string[] {
  return screen.queryAllByRole('option').map((option) => option.querySelector('.clause-number')?.textContent ?? '');
}

function selected(): string[] {
  return screen
    .queryAllByRole('option')
    .filter((option) => option.getAttribute('aria-selected') === 'true')
    .map((option) => option.querySelector('.clause-number')?.textContent ?? '');
}

/** The submit button: its label names the choice. */
function submit(): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>('.dialog-buttons button[type="submit"]');
  if (!button) throw new Error('The picker has no submit button.');
  return button;
}

describe('ClausePicker', () => {
  it('lists every clause and selects the current one', () => {
    renderPicker('7.5');

    expect(optionIds()).toEqual(CLAUSES.map((entry) => entry.id));
    expect(selected()).toEqual(['7.5']);
    expect(submit().textContent).toBe('Tag with 7.5');
  });

  it('selects the first clause whose number starts with what is typed, and lists only those', () => {
    renderPicker();

    type('7.1');

    expect(selected()).toEqual(['7.1']);
    expect(optionIds()).toEqual(['7.1', '7.1.5', '7.1.5.1', '7.1.5.2']);
    expect(submit().textContent).toBe('Tag with 7.1');

    type('7.1.5.');

    expect(selected()).toEqual(['7.1.5.1']);
    expect(submit().textContent).toBe('Tag with 7.1.5.1');
  });

  it('filters by words of the title, whatever their case, without changing the choice', () => {
    renderPicker('5.2');

    type('Documented');

    expect(optionIds()).toEqual(['7.5', '7.5.3']);
    expect(submit().textContent).toBe('Tag with 5.2');

    type('traceab');

    expect(optionIds()).toEqual(['7.1.5.2']);
  });

  it("says 'No clause matches.' when nothing does", () => {
    renderPicker();

    type('xylophone');

    expect(optionIds()).toEqual([]);
    expect(screen.getByText('No clause matches.')).toBeTruthy();
  });

  it('picks the typed clause on submit', () => {
    const { onPick, dialog } = renderPicker('5.2');
    type('9.3');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tag with 9.3' }));

    expect(onPick.mock.calls).toEqual([['9.3']]);
  });

  it('picks a clause chosen by clicking it, or with Enter on it', () => {
    const { onPick } = renderPicker();
    type('management');

    fireEvent.click(screen.getByRole('option', { name: '9.3 Management review' }));
    expect(selected()).toEqual(['9.3']);
    type('design');
    fireEvent.keyDown(screen.getByRole('option', { name: /^8\.3 / }), { key: 'Enter' });
    expect(selected()).toEqual(['8.3']);
    fireEvent.click(submit());

    expect(onPick.mock.calls).toEqual([['8.3']]);
  });

  it("removes the tag with 'Remove the tag': onPick(null)", () => {
    const { onPick, dialog } = renderPicker('7.5');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove the tag (7.5)' }));

    expect(selected()).toEqual([]);
    expect(submit().textContent).toBe('Remove the tag');
    fireEvent.click(submit());
    expect(onPick.mock.calls).toEqual([[null]]);
  });

  it("offers 'Remove the tag' only for a section that has a tag", () => {
    renderPicker();

    expect(screen.queryByRole('button', { name: /^Remove the tag \(/ })).toBeNull();
  });

  it('cancels without picking', () => {
    const { onPick, onCancel, dialog } = renderPicker('7.5');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onPick).not.toHaveBeenCalled();
  });
  it('is one Tab stop, on the chosen clause, and the arrow keys move the choice and the focus', () => {
    renderPicker('7.5');
    const stops = screen.getAllByRole('option').filter((option) => option.tabIndex === 0);
    expect(stops.map((option) => option.querySelector('.clause-number')?.textContent)).toEqual(['7.5']);

    stops[0]?.focus();
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    expect(selected()).toEqual([optionIds()[optionIds().indexOf('7.5') + 1]]);
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
    expect(selected()).toEqual(['7.5']);
    expect(submit().textContent).toBe('Tag with 7.5');
  });

  it('closes on Escape before any clause is chosen', () => {
    const { onCancel, dialog } = renderPicker();

    fireEvent.keyDown(dialog, { key: 'Escape' });

    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

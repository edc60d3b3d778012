import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type JSX, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src-renderer/src/components/Dialog';

afterEach(() => {
  cleanup();
});

interface Options {
  busy?: boolean;
  cancellable?: boolean;
  fields?: boolean;
  /** A first step whose button goes away once pressed, as a form gives way to its summary. */
  steps?: boolean;
}

function Steps(): JSX.Element {
  const [done, setDone] = useState(false);
  return done ? (
    <p>Checked.</p>
  ) : (
    <button type="button" onClick={() => setDone(true)}>
      Check the owner
    </button>
  );
}

/** A page with an "Edit…" button that opens a dialog, as the workbench's buttons do. */
function Page({ options, onCancel }: { options: Options; onCancel: () => void }): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button">Before</button>
      <button type="button" onClick={() => setOpen(true)}>
        Edit…
      </button>
      {open ? (
        <Dialog
          title="Edit the owner"
          submitLabel="Save"
          busy={options.busy ?? false}
          cancellable={options.cancellable ?? true}
          onSubmit={() => setOpen(false)}
          onCancel={() => {
            onCancel();
            setOpen(false);
          }}
        >
          {options.steps ? <Steps /> : null}
          {options.fields === false ? (
            <p>Nothing to fill in.</p>
          ) : (
            <>
              <label>
                Owner
                <input />
              </label>
              <label>
                Note
                <input />
              </label>
            </>
          )}
        </Dialog>
      ) : null}
    </>
  );
}

function openDialog(options: Options = {}) {
  const onCancel = vi.fn<() => void>();
  render(<Page options={options} onCancel={onCancel} />);
  const opener = screen.getByRole('button', { name: 'Edit…' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, onCancel, dialog: screen.getByRole('dialog', { name: 'Edit the owner' }) };
}

/** Presses Tab as the browser would: the dialog may redirect it, else focus moves to the next stop. */
function pressTab(shift = false): void {
  const active = document.activeElement as HTMLElement;
  const proceed = fireEvent.keyDown(active, { key: 'Tab', shiftKey: shift });
  if (!proceed) return;
  const stops = Array.from(document.querySelectorAll<HTMLElement>('button:not([disabled]), input'));
  const next = stops[stops.indexOf(active) + (shift ? -1 : 1)];
  next?.focus();
}

describe('Dialog', () => {
  it('puts the focus in its first field when it opens', () => {
    openDialog();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Owner' }));
  });

  it('focuses the dialog itself when it has no field to fill in', () => {
    const { dialog } = openDialog({ fields: false });
    expect(document.activeElement).toBe(dialog);
  });

  it('keeps Tab inside the dialog: from its last button back to its first field', () => {
    openDialog();
    screen.getByRole('button', { name: 'Save' }).focus();
    pressTab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Owner' }));
  });

  it('keeps Shift+Tab inside the dialog: from its first field to its last button', () => {
    openDialog();
    pressTab(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
  });

  it('lets Tab move normally between the fields and buttons inside', () => {
    openDialog();
    pressTab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Note' }));
    pressTab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('brings back focus that lands outside while it is open', () => {
    openDialog();
    screen.getByRole('button', { name: 'Before' }).focus();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Owner' }));
  });

  it('closes on Escape and gives the focus back to the button that opened it', () => {
    const { opener, onCancel } = openDialog();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Owner' }), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives the focus back after Save too', () => {
    const { opener } = openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('stays open on Escape while its request is under way', () => {
    const { onCancel, dialog } = openDialog({ busy: true });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Edit the owner' })).toBeTruthy();
  });

  it('takes the focus back when the focused control goes away', async () => {
    openDialog({ steps: true });
    const step = screen.getByRole('button', { name: 'Check the owner' });
    step.focus();
    fireEvent.click(step);
    expect(screen.getByText('Checked.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Owner' })));
  });
});

import { type FormEvent, type JSX, type ReactNode, useId, useRef } from 'react';
import { useDialogFocus } from './use-dialog-focus';

interface DialogProps {
  title: string;
  children: ReactNode;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** A problem to show above the buttons (a refused request). */
  error?: string | null;
  busy?: boolean;
  /** A larger dialog, for a gallery or a long form. */
  size?: 'normal' | 'wide';
  /** Keeps the submit button off while the form is not complete. */
  submitDisabled?: boolean;
  /** False when there is nothing to cancel (a summary with only Close). */
  cancellable?: boolean;
  /** Another way to answer, after the submit button (so the first focus never lands on it). */
  secondary?: ReactNode;
  /** A choice without fields whose safe answer is the submit button: focus starts there, so a reflex Enter takes it. */
  focusSubmit?: boolean;
  /** Where focus goes when it closes, instead of back to what opened it (the editor's dialogs give it to the editor). */
  returnFocus?: () => void;
}

/**
 * A small modal form: focus moves into it and stays there until it closes, then goes back
 * to what opened it; Escape cancels (not while a request is under way), Enter submits.
 */
export function Dialog({
  title,
  children,
  submitLabel,
  onSubmit,
  onCancel,
  error,
  busy,
  size = 'normal',
  submitDisabled,
  cancellable = true,
  secondary,
  focusSubmit = false,
  returnFocus,
}: DialogProps): JSX.Element {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useDialogFocus(
    dialogRef,
    () => {
      if (!busy) onCancel();
    },
    returnFocus,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && !submitDisabled) onSubmit();
  };
  return (
    <div className="dialog-backdrop">
      <div
        className={size === 'wide' ? 'dialog dialog-wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={dialogRef}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <form onSubmit={submit}>
          {children}
          {error ? (
            <p className="dialog-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="dialog-buttons">
            {cancellable ? (
              <button type="button" onClick={onCancel}>
                Cancel
              </button>
            ) : null}
            <button
              type="submit"
              className="primary"
              disabled={busy || submitDisabled}
              {...(focusSubmit ? { 'data-autofocus': true } : {})}
            >
              {submitLabel}
            </button>
            {secondary}
          </div>
        </form>
      </div>
    </div>
  );
}

import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

const FIELD = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

/**
 * The elements Tab stops at inside `root`, in order. Of a radio group only the checked
 * button is a stop (the arrow keys move within the group), as the browser does.
 */
export function tabStops(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter((element) => {
    if (element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && element.name) {
      const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`);
      return !Array.from(group).some((radio) => radio.checked);
    }
    return true;
  });
}

/** Where focus goes when a dialog opens: a field marked `data-autofocus`, else its first field, else the dialog. */
function initialFocus(dialog: HTMLElement): HTMLElement {
  return (
    dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabStops(dialog).find((element) => element.matches(FIELD)) ?? dialog
  );
}

/** Gives focus back to what opened the dialog; an item of a menu that has closed gives it to the menu. */
function restoreFocus(opener: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
  opener.focus();
  if (document.activeElement !== opener) opener.closest('details')?.querySelector('summary')?.focus();
}

/**
 * Modal focus for a dialog: focus moves in when it opens, Tab and Shift+Tab go round
 * inside it, focus that escapes (a click on the backdrop) or is dropped is brought back,
 * and when it closes focus returns to the element that opened it. Returns the dialog's
 * key handler.
 */
export function useDialogFocus(
  dialogRef: RefObject<HTMLElement | null>,
  onEscape: () => void,
  /** Puts focus back on close instead of focusing the opener (an editor restores its own caret). */
  returnFocus?: () => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  const returnTo = useRef(returnFocus);
  returnTo.current = returnFocus;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    initialFocus(dialog).focus();
    const keepInside = (event: FocusEvent) => {
      if (event.target instanceof Node && !dialog.contains(event.target)) (tabStops(dialog)[0] ?? dialog).focus();
    };
    document.addEventListener('focusin', keepInside);
    // A control that goes away or is disabled while focused (a form giving way to its
    // summary, a request started) drops the focus to the page: bring it back in.
    const dropped = new MutationObserver(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) initialFocus(dialog).focus();
    });
    dropped.observe(dialog, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
    return () => {
      dropped.disconnect();
      document.removeEventListener('focusin', keepInside);
      // Focusing a text editor's element would put its caret at the start: it restores its own.
      if (returnTo.current) returnTo.current();
      else restoreFocus(opener);
    };
  }, [dialogRef]);

  return (event) => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const stops = tabStops(dialog);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
}

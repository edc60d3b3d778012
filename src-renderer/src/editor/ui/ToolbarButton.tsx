import type { JSX, ReactNode } from 'react';

interface ToolbarButtonProps {
  /** The accessible name: what the button does, in words (the icon alone says nothing to a screen reader). */
  label: string;
  /** Shown on hover: the name and, where there is one, its shortcut. */
  title?: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  /** For a toggle (bold, a list): whether it is on at the cursor. */
  pressed?: boolean;
}

/** An icon button of the toolbar, named for screen readers. */
export function ToolbarButton({ label, title, icon, onClick, disabled, pressed }: ToolbarButtonProps): JSX.Element {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      title={title ?? label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keeps the editor's selection: a click on the toolbar must not move the caret.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {/* A text icon ("1. ≡") is drawn by CSS, so it is not visible text that the accessible
          name would have to contain (WCAG 2.5.3): the name is the label, in words. */}
      {typeof icon === 'string' ? (
        <span className="toolbar-icon" data-icon={icon} aria-hidden="true" />
      ) : (
        <span aria-hidden="true">{icon}</span>
      )}
    </button>
  );
}

/** A thin line between groups of the toolbar. */
export function ToolbarDivider(): JSX.Element {
  return <span className="toolbar-divider" aria-hidden="true" />;
}

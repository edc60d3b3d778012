import { type JSX, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** For an on/off item (a header row): shown as a tick and told to screen readers. */
  checked?: boolean;
  /** Starts a new group with a line above it. */
  separated?: boolean;
}

interface DropdownMenuProps {
  /** The button's visible text and accessible name. */
  label: string;
  title?: string;
  disabled?: boolean;
  items: readonly MenuItem[];
}

/**
 * A toolbar button that opens a menu: arrow keys move between items, Enter or a click
 * chooses one, Escape closes the menu and gives focus back to the button.
 */
export function DropdownMenu({ label, title, disabled, items }: DropdownMenuProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    if (disabled) setOpen(false);
  }, [disabled]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <span className="toolbar-menu">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button toolbar-menu-button"
        title={title ?? label}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((value) => !value)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" aria-label={label} className="toolbar-menu-list" onKeyDown={onMenuKeyDown}>
          {items.map((item) => {
            const className = item.separated ? 'toolbar-menu-item separated' : 'toolbar-menu-item';
            const choose = () => {
              setOpen(false);
              item.onSelect();
            };
            const tick = (
              <span key="tick" className="toolbar-menu-check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
            );
            return item.checked === undefined ? (
              <button key={item.label} type="button" role="menuitem" tabIndex={-1} className={className} onClick={choose}>
                {tick}
                {item.label}
              </button>
            ) : (
              <button
                key={item.label}
                type="button"
                role="menuitemcheckbox"
                aria-checked={item.checked}
                tabIndex={-1}
                className={className}
                onClick={choose}
              >
                {tick}
                {item.label}
              </button>
            );
          })}
        </div>
      ) : null}
    </span>
  );
}

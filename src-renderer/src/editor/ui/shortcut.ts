/** Shortcut labels as the platform writes them: "⌘B" on a Mac, "Ctrl+B" elsewhere. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The label of Ctrl/Cmd plus `keys`, e.g. shortcut('B') or shortcut('Shift+X'). */
export function shortcut(keys: string): string {
  return IS_MAC ? `⌘${keys.replace('Shift+', '⇧')}` : `Ctrl+${keys}`;
}

/** Ctrl on Windows and Linux, Cmd on a Mac, with no Alt. */
export function isModifierKey(event: KeyboardEvent): boolean {
  return (IS_MAC ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey) && !event.altKey;
}

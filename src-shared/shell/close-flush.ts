/**
 * The one conversation between the desktop window and its page outside the contract:
 * before the window closes, the main process asks the page to put unsaved edits on
 * disk (or at least in its journal). Three fixed messages, no generic channel.
 */
export const CLOSE_FLUSH_CHANNELS = {
  /** Page -> main: whether the open document has edits not on disk (sent when that changes). */
  unsaved: 'shell:unsaved-changes',
  /** Main -> page: the window is about to close; flush now. */
  flushRequest: 'shell:flush-request',
  /** Page -> main: the flush is done (saved, or kept in the journal). */
  flushed: 'shell:flushed',
} as const;

/** What the preload exposes to the page as `window.qmsShell`. */
export interface ShellBridge {
  reportUnsavedChanges(unsaved: boolean): void;
  /** The handler (replacing any earlier one) runs when the window is about to close; its promise says when the flush is done. */
  onFlushRequest(handler: () => Promise<void>): void;
}

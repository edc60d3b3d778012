import type { ShellBridge } from '../../../src-shared/shell/close-flush';
import type { SaveStateSource } from './save-controller';

interface Flushable {
  flushNow(): Promise<void>;
}

interface Saving extends SaveStateSource {
  readonly hasUnsavedChanges: boolean;
  saveNow(): Promise<void>;
}

/**
 * Closing the tab or window must not lose edits: the journal is written at once
 * (serialised synchronously, so IndexedDB has the write before the page goes) and a
 * save is tried. In the desktop window the main process waits for this before closing.
 * Returns the cleanup.
 */
export function flushBeforeClose(
  recorder: Flushable,
  controller: Saving,
  target: Window = window,
  shell: ShellBridge | undefined = target.qmsShell,
): () => void {
  const flush = async () => {
    await recorder.flushNow();
    if (controller.hasUnsavedChanges) await controller.saveNow();
  };
  const onLeave = () => void flush();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void flush();
  };
  target.addEventListener('pagehide', onLeave);
  target.addEventListener('beforeunload', onLeave);
  target.document.addEventListener('visibilitychange', onVisibility);

  let stopped = false;
  if (shell) {
    shell.onFlushRequest(async () => {
      if (!stopped) await flush();
    });
    shell.reportUnsavedChanges(controller.hasUnsavedChanges);
  }
  // The state changes rarely (not per keystroke), so telling the main process costs nothing.
  const offState = shell ? controller.subscribe(() => shell.reportUnsavedChanges(controller.hasUnsavedChanges)) : () => {};
  return () => {
    stopped = true;
    offState();
    target.removeEventListener('pagehide', onLeave);
    target.removeEventListener('beforeunload', onLeave);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}

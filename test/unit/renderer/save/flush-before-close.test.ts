import { describe, expect, it, vi } from 'vitest';
import { flushBeforeClose } from '../../../../src-renderer/src/save/flush-before-close';
import type { SaveState } from '../../../../src-renderer/src/save/save-controller';
import type { ShellBridge } from '../../../../src-shared/shell/close-flush';

function setup(options: { unsaved: boolean; shell?: boolean }) {
  const order: string[] = [];
  const recorder = { flushNow: vi.fn(async () => void order.push('journal')) };
  const listeners = new Set<(state: SaveState) => void>();
  const controller = {
    hasUnsavedChanges: options.unsaved,
    current: { kind: 'unsaved' } as SaveState,
    saveNow: vi.fn(async () => void order.push('save')),
    subscribe: (listener: (state: SaveState) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const target = Object.assign(new EventTarget(), { document }) as unknown as Window;
  let flushRequest: (() => Promise<void>) | null = null;
  const reports: boolean[] = [];
  const shell: ShellBridge | undefined = options.shell
    ? {
        reportUnsavedChanges: (unsaved) => reports.push(unsaved),
        onFlushRequest: (handler) => {
          flushRequest = handler;
        },
      }
    : undefined;
  const stop = flushBeforeClose(recorder, controller, target, shell);
  const emitState = (state: SaveState) => {
    for (const listener of listeners) listener(state);
  };
  return { order, recorder, controller, target, document, stop, reports, emitState, flush: () => flushRequest?.() };
}

describe('flushBeforeClose', () => {
  it('when the tab goes away, writes the journal first and then tries to save', async () => {
    const { order, target } = setup({ unsaved: true });
    target.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(order).toEqual(['journal', 'save']));
  });

  it('a tab hidden (switched away, or about to be discarded) flushes too; one shown again does not', async () => {
    const { recorder, document } = setup({ unsaved: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(recorder.flushNow).not.toHaveBeenCalled();
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(recorder.flushNow).toHaveBeenCalledOnce();
  });

  it('does not save what is already saved', async () => {
    const { order, target } = setup({ unsaved: false });
    target.dispatchEvent(new Event('beforeunload'));
    await vi.waitFor(() => expect(order).toEqual(['journal']));
  });

  it('answers the desktop window’s flush request once the save is done, and reports unsaved edits when that changes', async () => {
    const { order, reports, emitState, controller, flush } = setup({ unsaved: true, shell: true });
    expect(reports).toEqual([true]);
    await flush();
    expect(order).toEqual(['journal', 'save']);
    controller.hasUnsavedChanges = false;
    emitState({ kind: 'saved', at: '2026-11-30T10:00:00.000Z' });
    expect(reports).toEqual([true, false]);
  });

  it('after cleanup it listens to nothing', async () => {
    const { recorder, target, stop, reports, emitState, flush } = setup({ unsaved: true, shell: true });
    stop();
    target.dispatchEvent(new Event('pagehide'));
    emitState({ kind: 'unsaved' });
    await flush();
    expect(recorder.flushNow).not.toHaveBeenCalled();
    expect(reports).toEqual([true]);
  });
});

import type { JSX } from 'react';
import type { SaveState, SaveStateSource } from '../save/save-controller';
import { useSaveState } from '../save/use-save-state';

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved at ${timeOf(state.at)}` : 'All changes saved';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'conflict':
      return 'Conflict: changed elsewhere';
    case 'offline':
      return 'Offline — changes kept on this computer';
    case 'failed':
      return 'Not saved';
  }
}

/** The open document's save state; it subscribes to the controller, so typing re-renders only this. */
export function SaveStatus({ controller }: { controller: SaveStateSource | null }): JSX.Element {
  const state = useSaveState(controller);
  return (
    <output className={`save-status save-${state.kind}`} data-testid="save-status" data-state={state.kind} aria-live="polite">
      {describeSaveState(state)}
    </output>
  );
}

import type { JSX } from 'react';
import type { SaveState } from '../save/save-controller';

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
      return 'Not saved: changed elsewhere';
    case 'failed':
      return 'Not saved';
  }
}

export function SaveStatus({ state }: { state: SaveState }): JSX.Element {
  return (
    <output className={`save-status save-${state.kind}`} data-testid="save-status" data-state={state.kind} aria-live="polite">
      {describeSaveState(state)}
    </output>
  );
}

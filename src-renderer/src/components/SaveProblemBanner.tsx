import type { JSX } from 'react';
import type { SaveStateSource } from '../save/save-controller';
import { useSaveState } from '../save/use-save-state';

interface SaveProblemBannerProps {
  controller: SaveStateSource | null;
  onKeepMine: () => void;
  onLoadDisk: () => void;
  /** Saves the user's text as a new document and loads the file on disk into this one. */
  onKeepBoth: () => void;
  onRetry: () => void;
}

/**
 * Says why the open document is not saved and offers the ways out. Nothing is
 * overwritten or discarded unless the user picks it here.
 */
export function SaveProblemBanner({
  controller,
  onKeepMine,
  onLoadDisk,
  onKeepBoth,
  onRetry,
}: SaveProblemBannerProps): JSX.Element | null {
  const state = useSaveState(controller);
  if (state.kind === 'conflict') {
    return (
      <div className="banner banner-error" role="alert">
        <p>{state.message} Your text is still here in the editor.</p>
        <div className="banner-actions">
          <button type="button" onClick={onKeepMine}>
            Keep my text (replace the file on disk)
          </button>
          <button type="button" onClick={onKeepBoth}>
            Keep both (save my text as a new document)
          </button>
          <button type="button" onClick={onLoadDisk}>
            Load the file on disk (discard my changes)
          </button>
        </div>
      </div>
    );
  }
  if (state.kind === 'offline') {
    return (
      <div className="banner banner-warning" role="status">
        <p>
          The program cannot be reached, so your latest changes are not in the file yet. They are kept on this computer and saved
          as soon as the program answers again.
        </p>
        <div className="banner-actions">
          <button type="button" onClick={onRetry}>
            Try again now
          </button>
        </div>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="banner banner-error" role="alert">
        <p>Saving failed: {state.error.message} Your text is still here in the editor.</p>
        <div className="banner-actions">
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return null;
}

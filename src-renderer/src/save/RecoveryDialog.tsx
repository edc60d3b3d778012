import type { JSX } from 'react';
import { Dialog } from '../components/Dialog';
import { ContentPreview } from '../editor/ui/ContentPreview';
import type { JournalEntry } from './edit-journal';
import './save.css';

interface RecoveryDialogProps {
  entry: JournalEntry;
  onRecover: () => void;
  onDiscard: () => void;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Offers back edits that never reached the file (a crash, a closed server). Nothing
 * happens until the user picks: Escape leaves the choice open rather than decide it.
 */
export function RecoveryDialog({ entry, onRecover, onDiscard }: RecoveryDialogProps): JSX.Element {
  return (
    <Dialog
      title={`Unsaved changes to ${entry.documentId}`}
      submitLabel="Recover my changes"
      onSubmit={onRecover}
      onCancel={() => undefined}
      cancellable={false}
      focusSubmit
      size="wide"
      secondary={
        <button type="button" onClick={onDiscard}>
          Discard them
        </button>
      }
    >
      <p className="recovery-intro">
        Changes you made to <strong>{entry.title}</strong> on {when(entry.changedAt)} did not reach the file: the program or its
        server stopped before they were saved. They were kept on this computer. Recover them to go on where you left off (they are
        saved at once), or discard them to keep the file as it is.
      </p>
      <div className="recovery-preview">
        <ContentPreview content={entry.content} label={`Unsaved text of ${entry.title}`} />
      </div>
    </Dialog>
  );
}

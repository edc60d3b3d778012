import type { JSX } from 'react';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { Dialog } from '../components/Dialog';

interface DiscardRevisionDialogProps {
  meta: DocumentMeta;
  inForce: string;
  error: string | null;
  busy: boolean;
  onDiscard: () => void;
  onCancel: () => void;
}

/** Asks before a draft revision is thrown away: it names both revisions and says that the draft's changes are lost. */
export function DiscardRevisionDialog({
  meta,
  inForce,
  error,
  busy,
  onDiscard,
  onCancel,
}: DiscardRevisionDialogProps): JSX.Element {
  return (
    <Dialog
      title={`Discard draft revision ${meta.revision} of ${meta.id}?`}
      submitLabel={`Discard revision ${meta.revision}`}
      error={error}
      busy={busy}
      onSubmit={onDiscard}
      onCancel={onCancel}
    >
      <p className="dialog-lead">
        Every change made in draft revision {meta.revision} of {meta.title} is lost: its text, title, clauses and change summary
        go back to approved revision {inForce}, which stays in force. The document becomes read-only again. The history records
        that you discarded the draft.
      </p>
      <p className="dialog-hint">This cannot be undone. To keep the draft's text, copy it elsewhere first.</p>
    </Dialog>
  );
}

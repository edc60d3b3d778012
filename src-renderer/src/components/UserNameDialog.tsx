import { type JSX, useState } from 'react';
import { Dialog } from './Dialog';

interface UserNameDialogProps {
  current: string | null;
  error: string | null;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** The user's own name: a setting of the program, recorded in the history of what they do. */
export function UserNameDialog({ current, error, onSave, onCancel }: UserNameDialogProps): JSX.Element {
  const [name, setName] = useState(current ?? '');
  return (
    <Dialog title="Your name" submitLabel="Save" error={error} onCancel={onCancel} onSubmit={() => onSave(name.trim())}>
      <p className="dialog-lead">
        Recorded in document history when you submit, approve or revise a document. It is kept on this computer, not in the
        project.
      </p>
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
      </label>
    </Dialog>
  );
}

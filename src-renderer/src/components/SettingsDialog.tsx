import { type JSX, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ResponseOf } from '../../../src-shared/api/contract';
import { Dialog } from './Dialog';

interface SettingsDialogProps {
  api: QmsApi;
  settings: ResponseOf<'get-settings'>;
  onSaved: () => void;
  onCancel: () => void;
}

/** The program's own settings, kept on this computer and not in any project: your name and your templates folder. */
export function SettingsDialog({ api, settings, onSaved, onCancel }: SettingsDialogProps): JSX.Element {
  const [name, setName] = useState(settings.userName ?? '');
  const [folder, setFolder] = useState(settings.userTemplatesDir ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      title="Settings"
      submitLabel="Save"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={async () => {
        if (!name.trim()) return setError('Enter your name.');
        setBusy(true);
        const named = await api.setUserName({ userName: name.trim() });
        const foldered = named.ok ? await api.setTemplatesFolder({ folder: folder.trim() || null }) : named;
        setBusy(false);
        if (!foldered.ok) return setError(foldered.error.message);
        onSaved();
      }}
    >
      <label>
        Your name
        <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
      </label>
      <p className="dialog-hint">Recorded in document history when you create, submit, approve or revise a document.</p>
      <label>
        Your templates folder (optional)
        <span className="dialog-row folder-row">
          <input
            value={folder}
            placeholder="A folder of your own .md templates"
            onChange={(event) => setFolder(event.target.value)}
          />
          {settings.canChooseFolder ? (
            <button
              type="button"
              onClick={async () => {
                const chosen = await api.chooseFolder({ purpose: 'templates' });
                if (chosen.ok && chosen.value.folder) setFolder(chosen.value.folder);
              }}
            >
              Choose…
            </button>
          ) : null}
        </span>
      </label>
      <p className="dialog-hint">
        Templates there appear in the gallery beside the built-in ones, in every project. They follow the same format
        (docs/templates.md); a broken one is listed by name and skipped.
      </p>
    </Dialog>
  );
}

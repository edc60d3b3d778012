import { type JSX, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { Settings } from '../app/use-settings';
import { Dialog } from '../components/Dialog';
import { folderInside, folderNameFor } from '../projects/folder-paths';
import { addressProblem, RemoteAddressField } from './RemoteAddressField';
import { type SignIn, SignInFields } from './SignInFields';

interface OpenSharedProjectDialogProps {
  api: QmsApi;
  settings: Settings;
  /** The desktop program can keep a sign-in in the system's store; browser mode asks each time. */
  canRemember: boolean;
  onOpened: (project: { folder: string; name: string }) => void;
  onCancel: () => void;
}

/** "qms" from https://git.example.com/acme/qms.git: the folder name a shared project is suggested under. */
export function projectNameFromAddress(address: string): string {
  try {
    const last = new URL(address.trim()).pathname.split('/').filter(Boolean).at(-1) ?? '';
    return last.replace(/\.git$/i, '') || 'Shared project';
  } catch {
    return 'Shared project';
  }
}

/**
 * The first copy of a shared project on this machine: its address, the folder to put it
 * in, and a sign-in when the server asks for one; then the window opens it.
 */
export function OpenSharedProjectDialog({
  api,
  settings,
  canRemember,
  onOpened,
  onCancel,
}: OpenSharedProjectDialogProps): JSX.Element {
  const [address, setAddress] = useState('');
  const [folder, setFolder] = useState<string | null>(null);
  const [signIn, setSignIn] = useState<SignIn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = folder ?? folderInside(settings.projectsDir, folderNameFor(projectNameFromAddress(address)));
  const problem = addressProblem(address);

  const open = async () => {
    setBusy(true);
    setError(null);
    const result = await api.openSharedProject({
      remote: address.trim(),
      folder: target,
      ...(signIn?.password ? { credentials: { ...signIn, remember: canRemember && signIn.remember } } : {}),
    });
    setBusy(false);
    if (result.ok) return onOpened(result.value);
    if (result.error.code === 'unauthorized' && !signIn) setSignIn({ username: '', password: '', remember: false });
    setError(result.error.message);
  };
  return (
    <Dialog
      title="Open a shared project"
      submitLabel={signIn ? 'Sign in and open' : 'Open'}
      busy={busy}
      error={error ?? problem}
      submitDisabled={!address.trim() || problem !== null || (signIn !== null && !signIn.password)}
      onSubmit={() => void open()}
      onCancel={onCancel}
    >
      <p>Brings a copy of a project your team shares on its server to this computer, and opens it.</p>
      <RemoteAddressField value={address} onChange={setAddress} />
      <label>
        Folder on this computer
        <span className="dialog-row folder-row">
          <input value={target} onChange={(event) => setFolder(event.target.value)} aria-label="Folder on this computer" />
          {settings.canChooseFolder ? (
            <button
              type="button"
              onClick={async () => {
                const chosen = await api.chooseFolder({ purpose: 'new-project' });
                if (chosen.ok && chosen.value.folder)
                  setFolder(folderInside(chosen.value.folder, folderNameFor(projectNameFromAddress(address))));
              }}
            >
              Choose…
            </button>
          ) : null}
        </span>
      </label>
      {signIn ? (
        <SignInFields
          value={signIn}
          onChange={setSignIn}
          canRemember={canRemember}
          notKept="Used to bring the project only; it is not stored."
        />
      ) : null}
    </Dialog>
  );
}

import type { JSX } from 'react';
import { syncRemoteProblem } from '../../../src-shared/project/sync-remote';

/** Why the address typed so far cannot be used, or null (also while nothing is typed yet). */
export const addressProblem = (address: string): string | null => (address.trim() ? syncRemoteProblem(address) : null);

/** The shared project's address, with where to find it. Used by Sync and by Open a shared project. */
export function RemoteAddressField({ value, onChange }: { value: string; onChange: (value: string) => void }): JSX.Element {
  return (
    <>
      <label>
        Address of the shared project
        <input
          type="url"
          value={value}
          placeholder="https://git.example.com/quality/qms.git"
          autoComplete="url"
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p className="dialog-hint">
        The web address of the project on your organization's server (GitHub, GitLab, Azure DevOps, Gitea or similar). Whoever set
        up the server can give it to you. Leave your user name and password out of it: you are asked for them.
      </p>
    </>
  );
}

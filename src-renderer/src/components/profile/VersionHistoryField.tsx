import { type JSX, useState } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';

interface VersionHistoryFieldProps {
  api: QmsApi;
  /** Whether the project keeps version history already. */
  on: boolean;
  disabled: boolean;
  /** Version history was started: the project is read again. */
  onStarted: () => Promise<unknown>;
}

/**
 * Version history in a quality manager's words: every approval, withdrawal and new revision
 * kept as a version with who did it. Git does the work underneath; the window never says so.
 */
export function VersionHistoryField({ api, on, disabled, onStarted }: VersionHistoryFieldProps): JSX.Element {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    const result = await api.enableVersionHistory({});
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    await onStarted();
  };
  return (
    <fieldset disabled={disabled || busy}>
      <legend>Version history</legend>
      {on ? (
        <p className="profile-hint">
          On: each approval, each document made obsolete and each new revision is kept as a version of the project, with the name
          of who did it and the date.
        </p>
      ) : (
        <>
          <p className="profile-hint">
            Keep every approval, withdrawal and new revision as a version of the project, with who did it and when: a record that
            outlives this program, and the start of sharing the project with others.
          </p>
          <button type="button" onClick={() => void start()}>
            Keep version history
          </button>
        </>
      )}
      {problem ? (
        <p className="dialog-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

import type { JSX } from 'react';

export interface SignIn {
  username: string;
  password: string;
  remember: boolean;
}

/**
 * The sign-in a shared project's server asks for: user name, password or access token, and
 * (in the desktop program only, which has the system's store) whether to remember it.
 */
export function SignInFields({
  value,
  onChange,
  canRemember,
  notKept,
}: {
  value: SignIn;
  onChange: (value: SignIn) => void;
  canRemember: boolean;
  /** What the sign-in is used for when it cannot be remembered. */
  notKept: string;
}): JSX.Element {
  return (
    <>
      <label>
        User name
        <input
          value={value.username}
          autoComplete="username"
          onChange={(event) => onChange({ ...value, username: event.target.value })}
        />
      </label>
      <label>
        Password or access token
        <input
          type="password"
          value={value.password}
          autoComplete="current-password"
          onChange={(event) => onChange({ ...value, password: event.target.value })}
        />
      </label>
      {canRemember ? (
        <label className="dialog-check">
          <input
            type="checkbox"
            checked={value.remember}
            onChange={(event) => onChange({ ...value, remember: event.target.checked })}
          />{' '}
          Remember on this computer (kept by the operating system, never in the project)
        </label>
      ) : (
        <p className="dialog-hint">{notKept}</p>
      )}
    </>
  );
}

import { type JSX, useCallback, useEffect, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ProjectView, SyncAnswer } from '../../../src-shared/api/contract';
import { DOCUMENT_STATUS_LABELS } from '../../../src-shared/project/document-status';
import { SYNC_PHASE_TEXT } from '../../../src-shared/project/sync-remote';
import { Dialog } from '../components/Dialog';
import { ClashCompare } from './ClashCompare';
import { addressProblem, RemoteAddressField } from './RemoteAddressField';
import { type SignIn, SignInFields } from './SignInFields';
import { type SyncChoice, type SyncRun, useSync } from './use-sync';

interface SyncDialogProps {
  api: QmsApi;
  project: ProjectView;
  /** The desktop program can keep a sign-in in the system's store; browser mode asks each time. */
  canRemember: boolean;
  onClose: () => void;
  /** Files may have changed: the window reloads the project and the open document. */
  onSynced: () => void;
}

const CHOICE_LABELS: Record<SyncChoice, string> = {
  mine: 'Keep mine',
  theirs: 'Take theirs',
  both: 'Keep both (theirs becomes a new document)',
};

/**
 * Sync, in a quality manager's words: the shared project's address the first time, a
 * progress bar, a sign-in when the server asks for one, a choice for each document changed
 * both here and elsewhere, and then what came in and what went out.
 */
export function SyncDialog({ api, project, canRemember, onClose, onSynced }: SyncDialogProps): JSX.Element {
  const { run, start } = useSync(api);
  const [address, setAddress] = useState(project.syncRemote ?? '');
  const [started, setStarted] = useState(false);
  const go = useCallback(
    (order: Parameters<typeof start>[0]) => {
      setStarted(true);
      void start(order);
    },
    [start],
  );
  // With a shared project set when the dialog opened, Sync starts at once: the user already said so.
  // (Only then: the project read again after this sync has one, and must not start another.)
  const [remoteAtOpen] = useState(project.syncRemote);
  const autoStarted = useRef(false);
  useEffect(() => {
    if (remoteAtOpen && !autoStarted.current) {
      autoStarted.current = true;
      go({});
    }
  }, [remoteAtOpen, go]);
  // Files changed on disk: the window reloads what it shows.
  const done = run.state === 'done';
  const synced = useRef(onSynced);
  synced.current = onSynced;
  useEffect(() => {
    if (done) synced.current();
  }, [done]);
  const title = 'Sync with the shared project';
  if (run.state === 'done') return <SyncSummary answer={run.answer} onClose={onClose} />;
  if (run.state === 'choices')
    return (
      <SyncChoices
        api={api}
        project={project}
        run={run}
        onChoose={(choices) => go({ ...run.order, choices })}
        onCancel={onClose}
      />
    );
  if (run.state === 'sign-in')
    return (
      <SignInStep
        run={run}
        canRemember={canRemember}
        onSignIn={(credentials) => go({ ...run.order, credentials })}
        onCancel={onClose}
      />
    );
  if (run.state === 'running' || (started && run.state === 'idle'))
    return (
      <Dialog title={title} submitLabel="Sync" busy onSubmit={() => undefined} onCancel={onClose}>
        <SyncProgressBar run={run} />
      </Dialog>
    );
  const problem = addressProblem(address);
  return (
    <Dialog
      title={title}
      submitLabel={run.state === 'failed' ? 'Try again' : 'Sync'}
      submitDisabled={!address.trim() || problem !== null}
      error={run.state === 'failed' ? run.message : problem}
      onSubmit={() => go(run.state === 'failed' ? { ...run.order, remote: address.trim() } : { remote: address.trim() })}
      onCancel={onClose}
    >
      <p>
        Sync sends your drafts and approvals to the shared project and brings in everyone else's. You can work without a
        connection and sync later.
      </p>
      <RemoteAddressField value={address} onChange={setAddress} />
    </Dialog>
  );
}

function SyncProgressBar({ run }: { run: SyncRun }): JSX.Element {
  const progress = run.state === 'running' ? run.progress : null;
  const label = progress && progress.phase !== 'waiting' ? SYNC_PHASE_TEXT[progress.phase] : 'Starting…';
  return (
    <div className="export-progress">
      {progress && progress.total > 0 ? (
        <progress aria-label="Sync progress" max={progress.total} value={Math.min(progress.done, progress.total)} />
      ) : (
        <progress aria-label="Sync progress" />
      )}
      <p aria-live="polite">{label}…</p>
    </div>
  );
}

function SignInStep({
  run,
  canRemember,
  onSignIn,
  onCancel,
}: {
  run: Extract<SyncRun, { state: 'sign-in' }>;
  canRemember: boolean;
  onSignIn: (credentials: SignIn) => void;
  onCancel: () => void;
}): JSX.Element {
  // After a refused sign-in the user name stays; the password is typed again.
  const [signIn, setSignIn] = useState<SignIn>({
    username: run.order.credentials?.username ?? '',
    password: '',
    remember: false,
  });
  return (
    <Dialog
      title="Sign in to the shared project"
      submitLabel="Sign in and sync"
      submitDisabled={signIn.password === ''}
      error={run.message}
      onSubmit={() => onSignIn({ ...signIn, username: signIn.username.trim(), remember: canRemember && signIn.remember })}
      onCancel={onCancel}
    >
      <SignInFields
        value={signIn}
        onChange={setSignIn}
        canRemember={canRemember}
        notKept="Used for this sync only; it is not stored."
      />
    </Dialog>
  );
}

function SyncChoices({
  api,
  project,
  run,
  onChoose,
  onCancel,
}: {
  api: QmsApi;
  project: ProjectView;
  run: Extract<SyncRun, { state: 'choices' }>;
  onChoose: (choices: Record<string, SyncChoice>) => void;
  onCancel: () => void;
}): JSX.Element {
  const [choices, setChoices] = useState<Record<string, SyncChoice>>({});
  const [comparing, setComparing] = useState<string | null>(null);
  const complete = run.clashes.every((clash) => choices[clash.id] !== undefined);
  const status = (value: string) => DOCUMENT_STATUS_LABELS[value as keyof typeof DOCUMENT_STATUS_LABELS]?.toLowerCase() ?? value;
  return (
    <Dialog
      title="Changed here and in the shared project"
      submitLabel="Finish sync"
      size="wide"
      submitDisabled={!complete}
      onSubmit={() => onChoose(choices)}
      onCancel={onCancel}
    >
      <p>
        {run.clashes.length === 1 ? 'This document was' : 'These documents were'} changed both here and by someone else since your
        last sync. Nothing has been changed yet: choose what to keep for each.
      </p>
      {run.clashes.map((clash) => (
        <fieldset key={clash.id} className="sync-clash">
          <legend>
            {clash.id} {clash.title}
          </legend>
          <p className="dialog-hint">
            Yours: {status(clash.mine.status)}, revision {clash.mine.revision}. {clash.theirs.by}'s: {status(clash.theirs.status)}
            , revision {clash.theirs.revision}
            {clash.theirs.title !== clash.title ? `, titled "${clash.theirs.title}"` : ''}.
          </p>
          {comparing === clash.id ? (
            <ClashCompare api={api} project={project} clash={clash} onClose={() => setComparing(null)} />
          ) : (
            <button type="button" className="sync-compare" onClick={() => setComparing(clash.id)}>
              Compare the two versions of {clash.id}
            </button>
          )}
          {(Object.keys(CHOICE_LABELS) as SyncChoice[]).map((choice) => (
            <label key={choice} className="radio">
              <input
                type="radio"
                name={`sync-${clash.id}`}
                checked={choices[clash.id] === choice}
                onChange={() => setChoices((current) => ({ ...current, [clash.id]: choice }))}
              />{' '}
              {choice === 'theirs'
                ? `Take ${clash.theirs.by}'s`
                : CHOICE_LABELS[choice].replace('theirs', `${clash.theirs.by}'s`)}
            </label>
          ))}
        </fieldset>
      ))}
    </Dialog>
  );
}

const list = (changes: readonly { id: string; title: string }[]) => (
  <ul>
    {changes.map((change) => (
      <li key={change.id}>
        {change.id} {change.title}
      </li>
    ))}
  </ul>
);

export function SyncSummary({
  answer,
  onClose,
}: {
  answer: Extract<SyncAnswer, { outcome: 'synced' }>;
  onClose: () => void;
}): JSX.Element {
  const host = (() => {
    try {
      return new URL(answer.remote).host;
    } catch {
      return answer.remote;
    }
  })();
  return (
    <Dialog title="Sync finished" submitLabel="Close" cancellable={false} onSubmit={onClose} onCancel={onClose}>
      <div className="sync-summary" role="status">
        <p>{answer.upToDate ? `Up to date with ${host}: nothing to send or bring in.` : `Synced with ${host}.`}</p>
        {answer.received.length > 0 ? (
          <>
            <h3>Came in ({answer.received.length})</h3>
            {list(answer.received)}
          </>
        ) : null}
        {answer.sent.length > 0 ? (
          <>
            <h3>Went out ({answer.sent.length})</h3>
            {list(answer.sent)}
          </>
        ) : null}
        {answer.renumbered.map((r) => (
          <p key={r.to}>
            {r.from} "{r.title}" is now {r.to}: {r.from} had been given to another document on the other copy.
          </p>
        ))}
        {answer.reconciled.map((r) => (
          <p key={r.id}>
            {r.id}:{' '}
            {r.choice === 'mine'
              ? 'your version kept.'
              : r.choice === 'theirs'
                ? 'the other version taken.'
                : `both kept; the other version is ${r.copy}.`}
          </p>
        ))}
        {answer.approvalsKept.map((a) => (
          <p key={a.id}>
            {a.id}: the approval of revision {a.approvedRevision} stands
            {a.draftRevision ? `; the edits made meanwhile are draft revision ${a.draftRevision}.` : '.'}
          </p>
        ))}
        {answer.profileClashes.length > 0 ? (
          <p>Profile: both copies changed {answer.profileClashes.join(', ')}; yours was kept.</p>
        ) : null}
        {answer.keptTwice.map((k) => (
          <p key={k.copy}>
            {k.path} was changed on both copies; the other one is kept as {k.copy}.
          </p>
        ))}
      </div>
    </Dialog>
  );
}

import { type JSX, useId } from 'react';
import type { DocumentVersionView } from '../../../src-shared/api/contract';
import { dateTimeText } from '../components/date-time';
import type { VersionPair } from './use-version-compare';
import { versionPhrase, versionState } from './version-labels';
import './revisions.css';

/** The versions of the open document as loaded: null while they load. */
export type VersionsState = { versions: DocumentVersionView[]; error: string | null } | null;

interface VersionsListProps {
  state: VersionsState;
  onCompare: (pair: VersionPair) => void;
}

/**
 * The versions the project's version history kept of the document, newest first: when,
 * who, why, and what the document was then, each comparable with the current text or
 * with the version before it.
 */
export function VersionsList({ state, onCompare }: VersionsListProps): JSX.Element {
  const headingId = useId();
  const versions = state?.versions ?? [];
  return (
    <section className="versions" aria-labelledby={headingId}>
      <h2 id={headingId}>Versions</h2>
      {state === null ? <p className="muted">Loading versions…</p> : null}
      {state?.error ? (
        <p className="revision-side-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state && !state.error && versions.length === 0 ? (
        <p className="muted">No version of this document has been kept yet: one is kept at each approval and new revision.</p>
      ) : null}
      <ol>
        {versions.map((version, index) => {
          const previous = versions[index + 1];
          const name = versionPhrase(version);
          const what = versionState(version);
          return (
            <li key={version.id}>
              <span className="history-when">{dateTimeText(version.date)}</span>
              <span className="history-what">{version.message}</span>
              <span className="history-who">{version.author}</span>
              <span className="version-row">
                {what ? <span className="version-state">{what}</span> : null}
                <button
                  type="button"
                  aria-label={`Compare with current: ${name}`}
                  onClick={() => onCompare({ base: version, with: 'current' })}
                >
                  Compare with current
                </button>
                {previous ? (
                  <button
                    type="button"
                    aria-label={`Compare with previous: ${name}`}
                    onClick={() => onCompare({ base: previous, with: version })}
                  >
                    Compare with previous
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import type { JSX, ReactNode } from 'react';
import type { HistoryEntry } from '../../../src-shared/control/history';
import { describeHistoryEntry } from '../../../src-shared/control/history-text';
import { dateTimeText } from './date-time';

/**
 * The document's history, newest first: who did what, when, from which revision to which;
 * then what is given as `children` (its versions, when the project keeps version history).
 */
export function HistoryPanel({ entries, children }: { entries: HistoryEntry[] | null; children?: ReactNode }): JSX.Element {
  return (
    <section className="history-panel" aria-label="History">
      {entries === null ? <p className="muted">Loading history…</p> : null}
      {entries?.length === 0 ? <p className="muted">No history recorded for this document yet.</p> : null}
      <ol>
        {[...(entries ?? [])].reverse().map((entry) => (
          <li key={`${entry.at}-${entry.event}-${entry.to.status}`}>
            <span className="history-when">{dateTimeText(entry.at)}</span>
            <span className="history-what">{describeHistoryEntry(entry)}</span>
            <span className="history-who">{entry.by}</span>
            {entry.note ? <span className="history-note">{entry.note}</span> : null}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}

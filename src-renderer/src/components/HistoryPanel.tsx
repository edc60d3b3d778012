import type { JSX } from 'react';
import type { HistoryEntry } from '../../../src-shared/control/history';
import { describeHistoryEntry } from '../../../src-shared/control/history-text';

function when(iso: string): string {
  const date = new Date(iso);
  return `${date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })} ${date.toLocaleTimeString(
    undefined,
    {
      hour: '2-digit',
      minute: '2-digit',
    },
  )}`;
}

/** The document's history, newest first: who did what, when, from which revision to which. */
export function HistoryPanel({ entries }: { entries: HistoryEntry[] | null }): JSX.Element {
  return (
    <section className="history-panel" aria-label="History">
      {entries === null ? <p className="muted">Loading history…</p> : null}
      {entries?.length === 0 ? <p className="muted">No history recorded for this document yet.</p> : null}
      <ol>
        {[...(entries ?? [])].reverse().map((entry) => (
          <li key={`${entry.at}-${entry.event}-${entry.to.status}`}>
            <span className="history-when">{when(entry.at)}</span>
            <span className="history-what">{describeHistoryEntry(entry)}</span>
            <span className="history-who">{entry.by}</span>
            {entry.note ? <span className="history-note">{entry.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

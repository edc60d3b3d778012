import { type JSX, useState } from 'react';
import { clauseDepth } from '../../../src-shared/guidance/catalog-checks';
import type { ClauseEntry } from '../../../src-shared/guidance/catalog-schema';
import { Dialog } from '../components/Dialog';

interface ClausePickerProps {
  clauses: readonly ClauseEntry[];
  current: string | null;
  onPick: (clause: string | null) => void;
  onCancel: () => void;
}

/** Choose the clause the current section addresses: type a number or words of the title. */
export function ClausePicker({ clauses, current, onPick, onCancel }: ClausePickerProps): JSX.Element {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | null>(current);
  const needle = filter.trim().toLowerCase();
  const shown = clauses.filter((entry) => !needle || entry.id.startsWith(needle) || entry.title.toLowerCase().includes(needle));
  return (
    <Dialog
      title="Tag this section with a clause"
      submitLabel={chosen ? `Tag with ${chosen}` : current ? 'Remove the tag' : 'Choose a clause'}
      busy={!chosen && !current}
      onCancel={onCancel}
      onSubmit={() => onPick(chosen)}
    >
      <label>
        Find a clause
        <input
          value={filter}
          placeholder="7.5 or “documented”"
          onChange={(event) => {
            setFilter(event.target.value);
            const first = clauses.find((entry) => entry.id.startsWith(event.target.value.trim()));
            if (first && /^\d/.test(event.target.value.trim())) setChosen(first.id);
          }}
        />
      </label>
      <div className="clause-picker-list" role="listbox" aria-label="Clauses">
        {shown.map((entry) => (
          <div
            key={entry.id}
            role="option"
            tabIndex={0}
            aria-selected={entry.id === chosen}
            className={`clause-option depth-${clauseDepth(entry.id)}`}
            onClick={() => setChosen(entry.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                setChosen(entry.id);
              }
            }}
          >
            <span className="clause-number">{entry.id}</span> {entry.title}
          </div>
        ))}
        {shown.length === 0 ? <p className="muted">No clause matches.</p> : null}
      </div>
      {current ? (
        <button type="button" className="link-button" onClick={() => setChosen(null)}>
          Remove the tag ({current})
        </button>
      ) : null}
    </Dialog>
  );
}

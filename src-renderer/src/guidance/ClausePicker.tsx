import { type JSX, useState } from 'react';
import { clauseDepth } from '../../../src-shared/guidance/catalog-checks';
import type { ClauseEntry } from '../../../src-shared/guidance/catalog-schema';
import { Dialog } from '../components/Dialog';

interface ClausePickerProps {
  clauses: readonly ClauseEntry[];
  current: string | null;
  onPick: (clause: string | null) => void;
  onCancel: () => void;
  /** Where focus goes when it closes (the editor puts its own caret back). */
  returnFocus?: () => void;
}

/** Choose the clause the current section addresses: type a number or words of the title. */
export function ClausePicker({ clauses, current, onPick, onCancel, returnFocus }: ClausePickerProps): JSX.Element {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | null>(current);
  const needle = filter.trim().toLowerCase();
  const shown = clauses.filter((entry) => !needle || entry.id.startsWith(needle) || entry.title.toLowerCase().includes(needle));
  const tabStop = shown.some((entry) => entry.id === chosen) ? chosen : (shown[0]?.id ?? null);
  return (
    <Dialog
      {...(returnFocus ? { returnFocus } : {})}
      title="Tag this section with a clause"
      submitLabel={chosen ? `Tag with ${chosen}` : current ? 'Remove the tag' : 'Choose a clause'}
      submitDisabled={!chosen && !current}
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
      {/* One Tab stop for the whole list (the chosen clause, else the first); the arrow keys move within it. */}
      <div className="clause-picker-list" role="listbox" aria-label="Clauses">
        {shown.map((entry, index) => (
          <div
            key={entry.id}
            role="option"
            tabIndex={entry.id === tabStop ? 0 : -1}
            aria-selected={entry.id === chosen}
            className={`clause-option depth-${clauseDepth(entry.id)}`}
            onClick={() => setChosen(entry.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                setChosen(entry.id);
              } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const next = shown[index + (event.key === 'ArrowDown' ? 1 : -1)];
                if (!next) return;
                setChosen(next.id);
                const sibling =
                  event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
                if (sibling instanceof HTMLElement) sibling.focus();
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

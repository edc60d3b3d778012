import type { JSX } from 'react';
import type { DocumentMeta } from '../../../src-shared/project/schema';

export interface ManualEntry {
  meta: DocumentMeta;
  included: boolean;
}

interface ManualPickerProps {
  entries: readonly ManualEntry[];
  onChange: (entries: ManualEntry[]) => void;
}

/** The documents of the manual: which go in (each at its revision in force, or its draft marked DRAFT) and in what order. */
export function ManualPicker({ entries, onChange }: ManualPickerProps): JSX.Element {
  const move = (from: number, to: number) => {
    const next = [...entries];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <ol className="manual-picker" aria-label="Documents in the manual">
      {entries.map((entry, index) => {
        const { meta } = entry;
        const state = meta.effective
          ? `revision ${meta.effective.revision} in force`
          : 'not yet approved: goes in as a draft, marked DRAFT';
        return (
          <li key={meta.id}>
            <label>
              <input
                type="checkbox"
                checked={entry.included}
                onChange={(event) =>
                  onChange(entries.map((e, i) => (i === index ? { ...e, included: event.target.checked } : e)))
                }
              />{' '}
              <span className="doc-id">{meta.id}</span> {meta.title} <span className="muted">({state})</span>
            </label>
            <span className="manual-picker-moves">
              <button
                type="button"
                aria-label={`Move ${meta.id} up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${meta.id} down`}
                disabled={index === entries.length - 1}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

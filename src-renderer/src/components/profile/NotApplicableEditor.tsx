import type { JSX } from 'react';
import type { ClauseEntry } from '../../../../src-shared/guidance/catalog-schema';
import { exclusionVerdict } from '../../../../src-shared/guidance/exclusions';
import type { ProfileEdit } from '../../../../src-shared/project/profile-rules';
import { TextField } from './TextField';

type Items = ProfileEdit['organization']['notApplicable'];

interface NotApplicableEditorProps {
  items: Items;
  clauses: readonly ClauseEntry[] | null;
  disabled: boolean;
  onChange: (items: Items) => void;
}

/**
 * Requirements declared not applicable, each with its justification and the verdict of
 * the exclusion rules (src-shared/guidance/exclusions): acceptable, acceptable with a
 * caution, or one an auditor will treat as a nonconformity.
 */
export function NotApplicableEditor({ items, clauses, disabled, onChange }: NotApplicableEditorProps): JSX.Element {
  const firstFree = clauses?.find((entry) => entry.id.startsWith('8.') && !items.some((item) => item.clause === entry.id));
  return (
    <fieldset disabled={disabled}>
      <legend>Requirements not applicable</legend>
      <p className="profile-hint">
        Only a requirement you cannot apply, and whose absence does not affect conformity: in practice parts of clause 8.
      </p>
      {items.map((item, index) => {
        const verdict = exclusionVerdict(item.clause);
        return (
          <div className="profile-exclusion" key={item.clause}>
            <label className="profile-field">
              Clause
              <select
                value={item.clause}
                onChange={(event) =>
                  onChange(items.map((other, i) => (i === index ? { ...other, clause: event.target.value } : other)))
                }
              >
                {(clauses ?? []).map((entry) => (
                  <option
                    key={entry.id}
                    value={entry.id}
                    disabled={entry.id !== item.clause && items.some((o) => o.clause === entry.id)}
                  >
                    {entry.id} {entry.title}
                  </option>
                ))}
                {clauses?.some((entry) => entry.id === item.clause) ? null : <option value={item.clause}>{item.clause}</option>}
              </select>
            </label>
            <TextField
              label={`Justification for ${item.clause}`}
              multiline
              value={item.justification}
              onChange={(justification) => onChange(items.map((other, i) => (i === index ? { ...other, justification } : other)))}
            />
            <p className={verdict.acceptable ? 'verdict verdict-caution' : 'verdict verdict-bad'}>
              {verdict.acceptable ? `Acceptable with care: ${verdict.caution}` : verdict.reason}
            </p>
            <button type="button" onClick={() => onChange(items.filter((_, i) => i !== index))}>
              Remove {item.clause}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        disabled={!firstFree}
        onClick={() => firstFree && onChange([...items, { clause: firstFree.id, justification: '' }])}
      >
        Declare a requirement not applicable
      </button>
    </fieldset>
  );
}

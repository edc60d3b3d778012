import type { JSX } from 'react';
import { REVISION_SCHEMES } from '../../../../src-shared/control/revision';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '../../../../src-shared/project/document-types';
import type { ProfileEdit } from '../../../../src-shared/project/profile-rules';

const SCHEME_LABELS: Record<ProfileEdit['revisionScheme'], string> = {
  numeric: 'Numbers: 1, 2, 3',
  decimal: 'Decimal: 0.1 drafts, 1.0 approved',
  letters: 'Letters: A, B, C',
};

interface DocumentControlFieldsProps {
  draft: ProfileEdit;
  documentCount: number;
  disabled: boolean;
  onChange: (draft: ProfileEdit) => void;
}

/** Numbering prefixes per document type, the revision scheme and the review period. */
export function DocumentControlFields({ draft, documentCount, disabled, onChange }: DocumentControlFieldsProps): JSX.Element {
  const schemeFixed = documentCount > 0;
  return (
    <fieldset disabled={disabled}>
      <legend>Document control</legend>
      <div className="profile-grid">
        <label className="profile-field">
          Revision scheme
          <select
            value={draft.revisionScheme}
            disabled={schemeFixed}
            onChange={(event) => onChange({ ...draft, revisionScheme: event.target.value as ProfileEdit['revisionScheme'] })}
          >
            {REVISION_SCHEMES.map((scheme) => (
              <option key={scheme} value={scheme}>
                {SCHEME_LABELS[scheme]}
              </option>
            ))}
          </select>
          {schemeFixed ? (
            <span className="profile-hint">Fixed once the project has documents: their revision labels follow it.</span>
          ) : null}
        </label>
        <label className="profile-field">
          Review period (months)
          <input
            type="number"
            min={1}
            max={120}
            value={Number.isFinite(draft.reviewPeriodMonths) ? draft.reviewPeriodMonths : ''}
            onChange={(event) => onChange({ ...draft, reviewPeriodMonths: Number.parseInt(event.target.value, 10) })}
          />
          <span className="profile-hint">An approved document is due for review this long after approval.</span>
        </label>
      </div>
      <p className="profile-hint">
        Number prefixes: a new document is numbered PREFIX-001 onwards by its type. Existing numbers never change.
      </p>
      <div className="profile-prefixes">
        {DOCUMENT_TYPES.map((type) => (
          <label key={type} className="profile-field">
            {DOCUMENT_TYPE_LABELS[type]}
            <input
              value={draft.prefixes[type] ?? ''}
              maxLength={10}
              onChange={(event) =>
                onChange({ ...draft, prefixes: { ...draft.prefixes, [type]: event.target.value.toUpperCase() } })
              }
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

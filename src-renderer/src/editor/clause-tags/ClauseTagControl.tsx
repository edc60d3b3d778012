import type { JSX } from 'react';
import { useSectionClause } from './useSectionClause';

/** "§ 7.5.3": the clause the section at the cursor addresses; opens the clause picker. */
export function ClauseTagControl({
  disabled,
  onTagSection,
}: {
  disabled: boolean;
  onTagSection?: (() => void) | undefined;
}): JSX.Element {
  const section = useSectionClause();
  return (
    <button
      type="button"
      className="toolbar-button toolbar-clause"
      disabled={disabled || !onTagSection}
      onClick={onTagSection}
      title="Tag the section at the cursor with the ISO 9001 clause it addresses"
    >
      § {section ?? 'Tag section…'}
    </button>
  );
}

import { useCallback } from 'react';
import { type FieldContext, fieldDisplayText, missingFieldText } from '../../../src-shared/fields/field-catalog';

/** How a linked field reads in a comparison: its value now, the same on both sides. */
export function useFieldText(fieldValues: FieldContext | null): (path: string) => string {
  return useCallback(
    (path: string) => (fieldValues ? fieldDisplayText(path, fieldValues) : missingFieldText(path)),
    [fieldValues],
  );
}

import { createContext, type JSX, type ReactNode, useContext } from 'react';
import { type FieldContext, fieldDefinition, resolveField } from '../../../../src-shared/fields/field-catalog';

/**
 * What linked fields resolve against: the project profile, the open document's control
 * data and the project's settings. Field views read it at render time, so a change to
 * the profile shows in every field at once and no value is ever written into the text.
 */
const FieldValuesContext = createContext<FieldContext | null>(null);

export function FieldValuesProvider({ value, children }: { value: FieldContext | null; children: ReactNode }): JSX.Element {
  return <FieldValuesContext.Provider value={value}>{children}</FieldValuesContext.Provider>;
}

export interface FieldDisplay {
  text: string;
  missing: boolean;
  /** The field's name and where its value comes from, for a tooltip. */
  hint: string;
}

/** What a field shows now: its value, or "[Label]" marked as missing. */
export function useFieldDisplay(path: string): FieldDisplay {
  const context = useContext(FieldValuesContext);
  const definition = fieldDefinition(path);
  const label = definition?.label ?? path;
  if (!definition)
    return { text: `[${path}]`, missing: true, hint: `${path}: a field this version of the program does not know` };
  const resolved = context ? resolveField(path, context) : null;
  if (!resolved || resolved.missing) {
    return { text: `[${label}]`, missing: true, hint: `${label}: no value yet. Fill it in in ${definition.source}.` };
  }
  return { text: resolved.value, missing: false, hint: `${label}, from ${definition.source}` };
}

import { type JSX, useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
}

/** A labelled text input or text area, with a hint under its label. */
export function TextField({ label, value, onChange, hint, multiline, required }: TextFieldProps): JSX.Element {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    required,
    'aria-describedby': hint ? hintId : undefined,
    'aria-invalid': required && !value.trim() ? true : undefined,
  };
  return (
    <div className="profile-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="profile-hint">
          {hint}
        </span>
      ) : null}
      {multiline ? (
        <textarea rows={3} {...common} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

import type { ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
};

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  isRequired?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled form control with an optional hint and an inline error read with it. */
export function Field(props: FieldProps) {
  const { id, name, label, hint, error, isRequired = false, className, children } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  const classes = ['field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        {isRequired && (
          <span className="field-required" aria-hidden="true">
            Required
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children({
        id,
        name,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(isRequired ? { required: true } : {}),
      })}
    </div>
  );
}

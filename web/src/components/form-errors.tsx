import { useEffect, useRef } from 'react';
import type { FieldProblem } from '../api.js';

export type FormErrors = { message: string; fields: FieldProblem[] } | null;

/** The message for one field, if there is one. */
export function errorFor(errors: FormErrors, field: string): string | undefined {
  return errors?.fields.find((problem) => problem.field === field)?.message;
}

type Props = {
  errors: FormErrors;
  /** The id of the control for a field name, when the form has one. */
  idFor: (field: string) => string | undefined;
  title?: string;
};

/**
 * A summary at the top of a form: what went wrong, with a link to each field. It takes
 * focus when it appears so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ errors, idFor, title = 'Some details need a fix' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors) ref.current?.focus();
  }, [errors]);
  if (!errors) return null;
  const hasFields = errors.fields.length > 0;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary-title">{hasFields ? title : 'That did not work'}</h2>
      {hasFields ? (
        <ul>
          {errors.fields.map((problem) => {
            const id = idFor(problem.field);
            return (
              <li key={`${problem.field}:${problem.message}`}>
                {id ? (
                  <a
                    href={`#${id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(id)?.focus();
                    }}
                  >
                    {problem.message}
                  </a>
                ) : (
                  problem.message
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{errors.message}</p>
      )}
    </div>
  );
}

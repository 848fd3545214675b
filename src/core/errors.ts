/** What went wrong, as a code each edge maps once (HTTP status, CLI exit code). */
export type ReboundErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'confirmation_required'
  | 'conflict'
  | 'data_dir_in_use'
  | 'invalid_backup'
  | 'step_blocked';

/** One field that failed validation, named the way the user typed it. */
export type FieldProblem = { field: string; message: string };

/**
 * The one error type the domain throws. `message` is written for the user: kind, plain,
 * and saying how to fix it.
 */
export class ReboundError extends Error {
  readonly code: ReboundErrorCode;
  readonly fields: FieldProblem[];

  constructor(code: ReboundErrorCode, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'ReboundError';
    this.code = code;
    this.fields = fields;
  }
}

export function isReboundError(error: unknown): error is ReboundError {
  return error instanceof ReboundError;
}

export function notFound(what: string, id: string): ReboundError {
  return new ReboundError(
    'not_found',
    `We couldn't find ${what} "${id}". It may have been deleted.`,
  );
}

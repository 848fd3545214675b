import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isReboundError, type FieldProblem, type ReboundErrorCode } from '../core/errors.js';

const statusByCode: Record<ReboundErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_backup: 400,
  not_found: 404,
  confirmation_required: 409,
  conflict: 409,
  data_dir_in_use: 503,
  step_blocked: 409,
};

export function errorBody(code: string, message: string, fields: FieldProblem[] = []) {
  return { error: { code, message, fields } };
}

/** The one place errors become HTTP responses. Unknown errors never leak a stack. */
export function respondToError(error: unknown, c: Context) {
  if (isReboundError(error)) {
    return c.json(errorBody(error.code, error.message, error.fields), statusByCode[error.code]);
  }
  if (error instanceof HTTPException) {
    const message =
      error.status === 400
        ? 'The request body is not valid JSON. Send a JSON object.'
        : error.message || 'The request could not be handled.';
    return c.json(errorBody('invalid_input', message), error.status);
  }
  console.error('Unexpected error while handling', c.req.method, c.req.path, error);
  return c.json(
    errorBody(
      'internal',
      'Sorry, something went wrong on our side. Your data is safe; please try again.',
    ),
    500,
  );
}

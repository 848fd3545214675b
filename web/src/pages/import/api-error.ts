import { ApiError } from '../../api.js';

const sorry = 'Sorry, something went wrong on our side. Your data is safe; please try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The server's one error shape, { error: { code, message, fields } }, as an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message = error && typeof error.message === 'string' ? error.message : sorry;
  const code = error && typeof error.code === 'string' ? error.code : 'internal';
  const fields = Array.isArray(error?.fields)
    ? error.fields.flatMap((item: unknown) =>
        isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
          ? [{ field: item.field, message: item.message }]
          : [],
      )
    : [];
  return new ApiError(status, code, message, fields);
}

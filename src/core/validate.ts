import type { z } from 'zod';
import { ReboundError, type FieldProblem } from './errors.js';

/** Zod issues as field problems a person can act on. */
export function toFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : 'input',
    message: issue.message,
  }));
}

/** Parse or throw one ReboundError naming every bad field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = toFieldProblems(result.error);
  // Each message names its field in words ("Applied date must be…"), for the CLI and the UI.
  const summary = fields.map((f) => f.message).join(' ');
  throw new ReboundError('invalid_input', `Some details need a fix. ${summary}`, fields);
}

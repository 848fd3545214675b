import { OpenAPIHono } from '@hono/zod-openapi';
import { toFieldProblems } from '../core/validate.js';
import { errorBody } from './errors.js';

/** A router whose request validation answers in our one error shape, naming each field. */
export function newRouter() {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const fields = toFieldProblems(result.error);
      // Each message names its field in words ("Applied date must be…"), for the CLI and the UI.
      const summary = fields.map((f) => f.message).join(' ');
      return c.json(errorBody('invalid_input', `Some details need a fix. ${summary}`, fields), 400);
    },
  });
}

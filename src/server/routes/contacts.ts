import { createRoute, z } from '@hono/zod-openapi';
import { contactInputSchema, contactPatchSchema } from '../../core/inputs.js';
import * as tracker from '../../core/tracker/index.js';
import type { TrackerContext } from '../../core/tracker/index.js';
import { newRouter } from '../router.js';
import {
  confirmQuery,
  contactSchema,
  errorResponses,
  errorSchema,
  idParams,
  json,
} from '../schemas.js';

const tags = ['Contacts'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const list = createRoute({
  method: 'get',
  path: '/contacts',
  tags,
  summary: 'All contacts, by name',
  responses: { 200: json(z.array(contactSchema), 'Contacts') },
});
const create = createRoute({
  method: 'post',
  path: '/contacts',
  tags,
  summary: 'Add a contact',
  request: body(contactInputSchema),
  responses: { 201: json(contactSchema, 'The new contact'), ...errorResponses },
});
const read = createRoute({
  method: 'get',
  path: '/contacts/{id}',
  tags,
  summary: 'One contact',
  request: { params: idParams },
  responses: { 200: json(contactSchema, 'The contact'), ...errorResponses },
});
const update = createRoute({
  method: 'patch',
  path: '/contacts/{id}',
  tags,
  summary: 'Change a contact',
  request: { params: idParams, ...body(contactPatchSchema) },
  responses: { 200: json(contactSchema, 'The contact'), ...errorResponses },
});
const remove = createRoute({
  method: 'delete',
  path: '/contacts/{id}',
  tags,
  summary: 'Delete a contact (needs ?confirm=true)',
  request: { params: idParams, query: confirmQuery },
  responses: {
    200: json(contactSchema, 'The deleted contact'),
    409: json(errorSchema, 'Not confirmed; nothing was deleted'),
    ...errorResponses,
  },
});

const linkBody = z.union([
  z.object({ contactId: z.string().min(1, { error: 'Choose a contact.' }) }),
  contactInputSchema,
]);
const link = createRoute({
  method: 'post',
  path: '/applications/{id}/contacts',
  tags,
  summary: 'Link a contact to an application: an existing one by id, or a new one',
  request: { params: idParams, ...body(linkBody) },
  responses: { 201: json(contactSchema, 'The linked contact'), ...errorResponses },
});
const unlink = createRoute({
  method: 'delete',
  path: '/applications/{id}/contacts/{contactId}',
  tags,
  summary: 'Unlink a contact from an application (the contact is kept)',
  request: { params: idParams.extend({ contactId: z.string().min(1) }) },
  responses: { 200: json(z.object({ isUnlinked: z.boolean() }), 'Unlinked'), ...errorResponses },
});

export function contactRoutes(ctx: TrackerContext) {
  return newRouter()
    .openapi(list, async (c) => c.json(await tracker.listContacts(ctx), 200))
    .openapi(create, async (c) => c.json(await tracker.addContact(ctx, c.req.valid('json')), 201))
    .openapi(read, async (c) =>
      c.json(await tracker.requireContact(ctx, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await tracker.updateContact(ctx, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      const isConfirmed = c.req.valid('query').confirm === 'true';
      return c.json(
        await tracker.deleteContact(ctx, c.req.valid('param').id, { isConfirmed }),
        200,
      );
    })
    .openapi(link, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const contact =
        'contactId' in input
          ? await tracker.linkContact(ctx, id, input.contactId)
          : await tracker.addContactToApplication(ctx, id, input);
      return c.json(contact, 201);
    })
    .openapi(unlink, async (c) => {
      const { id, contactId } = c.req.valid('param');
      await tracker.unlinkContact(ctx, id, contactId);
      return c.json({ isUnlinked: true }, 200);
    });
}

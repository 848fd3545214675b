import { notFound, ReboundError } from '../errors.js';
import {
  contactInputSchema,
  contactPatchSchema,
  type ContactInput,
  type ContactPatch,
} from '../inputs.js';
import type { Contact } from '../records.js';
import { validate } from '../validate.js';
import { makeEvent, requireApplication } from './applications.js';
import { nowIso, type TrackerContext } from './context.js';

export async function requireContact(ctx: TrackerContext, id: string): Promise<Contact> {
  const contact = await ctx.store.contacts.get(ctx.userId, id);
  if (!contact) throw notFound('a contact with id', id);
  return contact;
}

export async function addContact(ctx: TrackerContext, input: ContactInput): Promise<Contact> {
  const valid = validate(contactInputSchema, input);
  const at = nowIso(ctx);
  const contact: Contact = {
    id: ctx.newId(),
    userId: ctx.userId,
    ...valid,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.contacts.insert(contact);
  return contact;
}

export async function updateContact(
  ctx: TrackerContext,
  id: string,
  patch: ContactPatch,
): Promise<Contact> {
  const valid = validate(contactPatchSchema, patch);
  const updated: Contact = { ...(await requireContact(ctx, id)), ...valid, updatedAt: nowIso(ctx) };
  await ctx.store.contacts.update(updated);
  return updated;
}

export async function listContacts(ctx: TrackerContext): Promise<Contact[]> {
  return ctx.store.contacts.list(ctx.userId);
}

export async function deleteContact(
  ctx: TrackerContext,
  id: string,
  options: { isConfirmed: boolean },
): Promise<Contact> {
  const contact = await requireContact(ctx, id);
  if (!options.isConfirmed) {
    throw new ReboundError(
      'confirmation_required',
      `Deleting ${contact.name} removes them from every application they are linked to. Confirm to delete.`,
    );
  }
  await ctx.store.contacts.delete(ctx.userId, id);
  return contact;
}

export async function linkContact(
  ctx: TrackerContext,
  applicationId: string,
  contactId: string,
): Promise<Contact> {
  await requireApplication(ctx, applicationId);
  const contact = await requireContact(ctx, contactId);
  await ctx.store.transaction(async (store) => {
    const isNew = await store.contacts.link({
      userId: ctx.userId,
      applicationId,
      contactId,
      createdAt: nowIso(ctx),
    });
    if (isNew) {
      await store.events.insert(
        makeEvent(ctx, applicationId, { type: 'contact_linked', detail: contact.name }),
      );
    }
  });
  return contact;
}

/** Creates a contact and links it to the application in one step, as the forms do. */
export async function addContactToApplication(
  ctx: TrackerContext,
  applicationId: string,
  input: ContactInput,
): Promise<Contact> {
  await requireApplication(ctx, applicationId);
  const contact = await addContact(ctx, input);
  return linkContact(ctx, applicationId, contact.id);
}

export async function unlinkContact(
  ctx: TrackerContext,
  applicationId: string,
  contactId: string,
): Promise<void> {
  await requireApplication(ctx, applicationId);
  const contact = await requireContact(ctx, contactId);
  await ctx.store.transaction(async (store) => {
    if (await store.contacts.unlink(ctx.userId, applicationId, contactId)) {
      await store.events.insert(
        makeEvent(ctx, applicationId, { type: 'contact_unlinked', detail: contact.name }),
      );
    }
  });
}

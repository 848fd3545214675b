import { z } from 'zod';
import {
  composeDraft,
  draftKinds,
  type ComposerContext,
  type Draft,
  type DraftKind,
} from '../composer/index.js';
import { tones } from '../composer/types.js';
import { validate } from '../validate.js';
import { requireApplication } from './applications.js';
import type { TrackerContext } from './context.js';
import { getSettings } from './playbook.js';
import { furthestStage } from '../timeline.js';

export const draftOptionsSchema = z.object({
  kind: z.enum(draftKinds, { error: `Kind must be one of: ${draftKinds.join(', ')}.` }),
  tone: z.enum(tones, { error: 'Tone must be warm, formal or brief.' }).optional(),
  seed: z.coerce.number({ error: 'Seed must be a whole number.' }).int().min(0).optional(),
  detail: z.string().trim().max(500).optional(),
  wantsFeedback: z.boolean().optional(),
  futureInterest: z.boolean().optional(),
});
export type DraftOptions = z.input<typeof draftOptionsSchema>;

/** A stable per-application seed, so the same application keeps its wording between visits. */
function seedOf(id: string): number {
  let hash = 7;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 2_147_483_647;
  return hash;
}

/**
 * The composer's context for a stored application: who to write to (the first linked
 * contact), what was applied for and how far it got, and the sign-off from the settings.
 */
export async function composeForApplication(
  ctx: TrackerContext,
  applicationId: string,
  input: DraftOptions,
): Promise<Draft> {
  const options = validate(draftOptionsSchema, input);
  const application = await requireApplication(ctx, applicationId);
  const [contacts, events, rejections, settings] = await Promise.all([
    ctx.store.contacts.listForApplication(ctx.userId, applicationId),
    ctx.store.events.listForApplication(ctx.userId, applicationId),
    ctx.store.rejections.listForApplication(ctx.userId, applicationId),
    getSettings(ctx),
  ]);
  const stage = rejections.at(-1)?.stageAtRejection ?? furthestStage(events);
  const context: ComposerContext = {
    recipientName: contacts[0]?.name ?? null,
    role: application.role,
    company: application.company,
    stage,
    detail: options.detail ?? null,
    wantsFeedback: options.wantsFeedback ?? stage !== 'applied',
    futureInterest: options.futureInterest ?? true,
    senderName: settings.senderName,
    email: settings.senderEmail,
    phone: settings.senderPhone,
    linkedinUrl: settings.senderLinkedinUrl,
    linkedinAccount: settings.linkedinAccount,
    tone: options.tone ?? 'warm',
    seed: options.seed ?? seedOf(applicationId),
  };
  return composeDraft(options.kind satisfies DraftKind, context);
}

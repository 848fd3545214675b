import { ReboundError } from '../errors.js';
import { checkinWriter } from './blocks/checkin.js';
import { feedbackFollowupWriter } from './blocks/feedback-followup.js';
import { feedbackRequestWriter } from './blocks/feedback-request.js';
import { feedbackThanksWriter } from './blocks/feedback-thanks.js';
import { reaffirmWriter } from './blocks/reaffirm.js';
import { replyWriter } from './blocks/reply.js';
import { closing } from './blocks/shared.js';
import { composeLinkedinNote } from './linkedin-note.js';
import { createPick } from './random.js';
import { render, toDraft, type EmailWriter } from './text.js';
import {
  draftKinds,
  isDraftKind,
  type ComposerContext,
  type Draft,
  type DraftKind,
} from './types.js';
import { buildView } from './view.js';

const emailWriters: Record<Exclude<DraftKind, 'linkedin'>, EmailWriter> = {
  reply: replyWriter,
  'feedback-request': feedbackRequestWriter,
  'feedback-followup': feedbackFollowupWriter,
  reaffirm: reaffirmWriter,
  checkin: checkinWriter,
  'feedback-thanks': feedbackThanksWriter,
};

/**
 * Writes one draft from the user's context. Pure and deterministic: the same kind, context
 * and seed always give the same draft; other seeds choose other wording variants. Missing
 * values are left out gracefully, never shown as placeholders.
 */
export function composeDraft(kind: DraftKind, context: ComposerContext): Draft {
  if (!isDraftKind(kind)) {
    throw new ReboundError(
      'invalid_input',
      `We can't write that kind of draft. Choose one of: ${draftKinds.join(', ')}.`,
      [{ field: 'kind', message: `Kind must be one of: ${draftKinds.join(', ')}.` }],
    );
  }
  const view = buildView(context);
  if (kind === 'linkedin') return composeLinkedinNote(view);
  const writer = emailWriters[kind];
  const pick = createPick(view.seed);
  const subject = writer.subject(view, pick);
  const paragraphs = [...writer.body(view, pick), closing(view, pick, writer.hasContact)];
  return toDraft(kind, subject, render(paragraphs, '\n\n'), null);
}

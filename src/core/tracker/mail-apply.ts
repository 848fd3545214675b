import type { RejectionStage } from '../classify/types.js';
import { maxRejectionTextLength } from '../inputs.js';
import type { ReboundStore } from '../ports.js';
import type { Application, MailMessage } from '../records.js';
import { stageRank, type Stage } from '../stages.js';
import { furthestStage } from '../timeline.js';
import { changeStage } from './applications.js';
import type { TrackerContext } from './context.js';
import { logRejection } from './rejections.js';

const impliedStage: Record<RejectionStage, Stage | null> = {
  after_application: 'applied',
  after_screen: 'screen',
  after_interview: 'technical',
  after_final: 'final',
  unknown: null,
};

/**
 * Changes the application the way a confident email says: a rejection is logged (with the
 * stage it implies when that is further than what was known), an interview invite moves a
 * fresh application to screening, an offer moves it to offer. True when something changed.
 */
export async function applyEmail(
  ctx: TrackerContext,
  application: Application,
  message: MailMessage,
): Promise<boolean> {
  if (message.label === 'rejection') {
    const implied = message.stage ? impliedStage[message.stage] : null;
    const known =
      implied === null
        ? null
        : furthestStage(await ctx.store.events.listForApplication(ctx.userId, application.id));
    const isFurther = implied !== null && known !== null && stageRank(implied) > stageRank(known);
    await logRejection(ctx, application.id, {
      text: message.bodyText.slice(0, maxRejectionTextLength) || message.subject || '(empty)',
      receivedAt: message.receivedAt,
      sender: message.sender.slice(0, 320) || null,
      isReapplyInvited: message.reapplyInvited,
      ...(isFurther ? { stageAtRejection: implied } : {}),
    });
    return true;
  }
  const target = stageAfter(application, message);
  if (target === null) return false;
  await changeStage(ctx, application.id, { stage: target, at: message.receivedAt });
  return true;
}

/** The stage an offer or interview invite moves the application to, if any. */
function stageAfter(application: Application, message: MailMessage): Stage | null {
  const target: Stage | null =
    message.label === 'offer'
      ? 'offer'
      : message.label === 'interview_invite' && application.stage === 'applied'
        ? 'screen'
        : null;
  return target !== null && stageRank(target) > stageRank(application.stage) ? target : null;
}

/** True when applying the email would change the application (so it needs writes). */
export function wouldChange(application: Application, message: MailMessage): boolean {
  return message.label === 'rejection' || stageAfter(application, message) !== null;
}

/** What a piece of work wrote, so a review decision can be undone exactly. */
export type RecordedChanges = {
  createdApplicationIds: string[];
  createdEventIds: string[];
  createdRejectionIds: string[];
  /** Applications that existed before, as they were before the first change. */
  applicationsBefore: Application[];
};

/**
 * The same store, noting every record inserted and every application changed. Tracker
 * services stay unaware; the review queue learns exactly what its decision did.
 */
export function recordChanges(store: ReboundStore): {
  store: ReboundStore;
  changes: RecordedChanges;
} {
  const changes: RecordedChanges = {
    createdApplicationIds: [],
    createdEventIds: [],
    createdRejectionIds: [],
    applicationsBefore: [],
  };
  const wrap = (inner: ReboundStore): ReboundStore => ({
    ...inner,
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    applications: {
      ...inner.applications,
      insert: async (row) => {
        await inner.applications.insert(row);
        changes.createdApplicationIds.push(row.id);
      },
      update: async (row) => {
        const isKnown =
          changes.createdApplicationIds.includes(row.id) ||
          changes.applicationsBefore.some((a) => a.id === row.id);
        if (!isKnown) {
          const before = await inner.applications.get(row.userId, row.id);
          if (before) changes.applicationsBefore.push(before);
        }
        await inner.applications.update(row);
      },
    },
    events: {
      ...inner.events,
      insert: async (row) => {
        await inner.events.insert(row);
        changes.createdEventIds.push(row.id);
      },
    },
    rejections: {
      ...inner.rejections,
      insert: async (row) => {
        await inner.rejections.insert(row);
        changes.createdRejectionIds.push(row.id);
      },
    },
  });
  return { store: wrap(store), changes };
}

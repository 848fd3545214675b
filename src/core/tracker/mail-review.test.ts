import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryTracker } from '../../store/memory-tracker.test-helpers.js';
import type { OpenStore } from '../../store/open-store.js';
import { isReboundError } from '../errors.js';
import type { MailMessage } from '../records.js';
import {
  addApplication,
  changeStage,
  getApplicationDetail,
  listApplications,
} from './applications.js';
import type { TrackerContext } from './context.js';
import { undoMailDecision } from './mail-decision.js';
import { getMailDetail, listApplicationMail, listReviewQueue } from './mail-messages.js';
import { decideOnMail } from './mail-review.js';

let opened: OpenStore;
let ctx: TrackerContext;

beforeEach(async () => {
  ({ ctx, opened } = await openMemoryTracker());
});

afterEach(() => opened.close());

/** An email the import left for review, as stored; the test decides what it says. */
async function waiting(overrides: Partial<MailMessage> = {}): Promise<MailMessage> {
  const message: MailMessage = {
    id: ctx.newId(),
    userId: ctx.userId,
    messageId: `${ctx.newId()}@ironbark.example`,
    applicationId: null,
    receivedAt: '2026-02-20T10:00:00.000Z',
    subject: 'Your application: Controls Engineer',
    sender: 'Tobias Reinholt <tobias@ironbark.example>',
    label: 'rejection',
    confidence: 0.6,
    stage: 'after_interview',
    reapplyInvited: false,
    company: 'Ironbark Robotics',
    role: 'Controls Engineer',
    contactName: 'Tobias Reinholt',
    bodyText: 'Thank you for interviewing with us. Unfortunately we will not continue.',
    bodyHtml: '<p>Thank you for interviewing with us.</p>',
    status: 'needs_review',
    createdAt: '2026-02-20T10:00:00.000Z',
    ...overrides,
  };
  await ctx.store.mail.insertIfNew(message);
  return message;
}

async function expectCode(work: Promise<unknown>, code: string): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isReboundError(error)) {
      expect(error.code).toBe(code);
      return error.message;
    }
    throw error;
  }
  throw new Error(`Expected a ${code} error.`);
}

describe('decideOnMail and undoMailDecision', () => {
  it('accepts a rejection on the suggested application with its stage, and undo puts all back', async () => {
    const app = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Controls Engineer',
    });
    const message = await waiting({ applicationId: app.id });
    const before = await ctx.store.backup.read(ctx.userId);

    const decided = await decideOnMail(ctx, message.id, { action: 'accept' });
    expect(decided).toMatchObject({ status: 'applied', applicationId: app.id });
    const detail = await getApplicationDetail(ctx, app.id);
    expect(detail.application).toMatchObject({ stage: 'technical', outcome: 'rejected' });
    expect(detail.rejections.map((r) => r.stageAtRejection)).toEqual(['technical']);
    expect((await listReviewQueue(ctx)).map((i) => i.id)).toEqual([]);
    expect((await getMailDetail(ctx, message.id)).canUndo).toBe(true);

    const undone = await undoMailDecision(ctx, message.id);
    expect(undone).toMatchObject({ status: 'needs_review', applicationId: app.id, decision: null });
    const after = await ctx.store.backup.read(ctx.userId);
    expect(after.rejections).toEqual([]);
    expect(after.events).toEqual(before.events);
    expect(after.applications.map((a) => [a.stage, a.outcome])).toEqual([['applied', 'open']]);
    expect((await listReviewQueue(ctx)).map((i) => i.id)).toEqual([message.id]);
  });

  it('creates the application from the email when accepting one that matches none; undo removes it', async () => {
    const message = await waiting();
    const decided = await decideOnMail(ctx, message.id, { action: 'accept' });
    const apps = await listApplications(ctx);
    expect(apps.map((a) => [a.company, a.role, a.fromSource, a.outcome])).toEqual([
      ['Ironbark Robotics', 'Controls Engineer', 'email', 'rejected'],
    ]);
    expect(decided.applicationId).toBe(apps[0]?.id);
    await undoMailDecision(ctx, message.id);
    expect(await listApplications(ctx)).toEqual([]);
    expect(await ctx.store.rejections.list(ctx.userId)).toEqual([]);
    expect((await getMailDetail(ctx, message.id)).applicationId).toBeNull();
  });

  it('says what to do when the email names no company or role to create an application from', async () => {
    const message = await waiting({ company: null, role: null });
    const text = await expectCode(
      decideOnMail(ctx, message.id, { action: 'accept' }),
      'invalid_input',
    );
    expect(text).toMatch(/Link it to one of your applications instead/);
    expect((await getMailDetail(ctx, message.id)).status).toBe('needs_review');
  });

  it('relabels and keeps it for review, or relabels and applies; undo restores label and stage', async () => {
    const app = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Controls Engineer',
    });
    const kept = await waiting({ applicationId: app.id });
    const relabelled = await decideOnMail(ctx, kept.id, {
      action: 'relabel',
      label: 'interview_invite',
    });
    expect(relabelled).toMatchObject({
      status: 'needs_review',
      label: 'interview_invite',
      stage: null,
    });
    // A decision is already recorded: a second one must wait for undo.
    await expectCode(decideOnMail(ctx, kept.id, { action: 'dismiss' }), 'conflict');
    await undoMailDecision(ctx, kept.id);

    const applied = await decideOnMail(ctx, kept.id, {
      action: 'relabel',
      label: 'interview_invite',
      apply: true,
    });
    expect(applied).toMatchObject({ status: 'applied', label: 'interview_invite' });
    expect((await getApplicationDetail(ctx, app.id)).application.stage).toBe('screen');
    const undone = await undoMailDecision(ctx, kept.id);
    expect(undone).toMatchObject({
      label: 'rejection',
      stage: 'after_interview',
      status: 'needs_review',
    });
    const detail = await getApplicationDetail(ctx, app.id);
    expect(detail.application.stage).toBe('applied');
    expect(detail.timeline.map((e) => e.type)).toEqual(['created']);
  });

  it('links to another application than the one suggested', async () => {
    const suggested = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Data Analyst',
    });
    const other = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Controls Engineer',
    });
    const message = await waiting({ applicationId: suggested.id, stage: 'after_application' });
    await decideOnMail(ctx, message.id, { action: 'link', applicationId: other.id });
    expect((await getApplicationDetail(ctx, other.id)).application.outcome).toBe('rejected');
    expect((await getApplicationDetail(ctx, suggested.id)).application.outcome).toBe('open');
    expect((await listApplicationMail(ctx, other.id)).map((m) => m.id)).toEqual([message.id]);
    await expectCode(
      decideOnMail(ctx, message.id, { action: 'link', applicationId: 'nope' }),
      'conflict',
    );
  });

  it('dismisses without changing any application, and undo brings it back to the queue', async () => {
    const app = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Controls Engineer',
    });
    const message = await waiting({ applicationId: app.id });
    const before = await ctx.store.backup.read(ctx.userId);
    expect(await decideOnMail(ctx, message.id, { action: 'dismiss' })).toMatchObject({
      status: 'dismissed',
    });
    const after = await ctx.store.backup.read(ctx.userId);
    expect({ ...after, mailMessages: [] }).toEqual({ ...before, mailMessages: [] });
    await undoMailDecision(ctx, message.id);
    expect((await listReviewQueue(ctx)).map((i) => i.id)).toEqual([message.id]);
  });

  it('leaves a change the user made since in place, and refuses to delete an application they added to', async () => {
    const app = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Controls Engineer',
    });
    const onExisting = await waiting({
      applicationId: app.id,
      label: 'interview_invite',
      stage: null,
    });
    await decideOnMail(ctx, onExisting.id, { action: 'accept' });
    await changeStage(ctx, app.id, { stage: 'final' });
    await undoMailDecision(ctx, onExisting.id);
    const detail = await getApplicationDetail(ctx, app.id);
    expect(detail.application.stage).toBe('final');
    expect(detail.timeline.map((e) => [e.type, e.stage])).toEqual([
      ['created', 'applied'],
      ['stage_changed', 'final'],
    ]);

    const creating = await waiting({ company: 'Larkspur Analytics', role: 'Data Analyst' });
    const decided = await decideOnMail(ctx, creating.id, { action: 'accept' });
    await changeStage(ctx, decided.applicationId ?? '', { stage: 'screen' });
    const text = await expectCode(undoMailDecision(ctx, creating.id), 'conflict');
    expect(text).toMatch(/would lose your changes/);
  });

  it('answers clearly for a bad action, an unknown email and nothing to undo', async () => {
    const message = await waiting();
    await expectCode(decideOnMail(ctx, message.id, { action: 'archive' }), 'invalid_input');
    await expectCode(
      decideOnMail(ctx, message.id, { action: 'relabel', label: 'spam' }),
      'invalid_input',
    );
    await expectCode(decideOnMail(ctx, 'missing', { action: 'dismiss' }), 'not_found');
    await expectCode(undoMailDecision(ctx, message.id), 'conflict');
  });
});

describe('listReviewQueue', () => {
  it('lists waiting emails oldest first with the application they may belong to and why', async () => {
    const app = await addApplication(ctx, {
      company: 'Ironbark Robotics',
      role: 'Controls Engineer',
    });
    const later = await waiting({
      receivedAt: '2026-02-21T10:00:00.000Z',
      confidence: 0.9,
      applicationId: app.id,
      role: null,
    });
    const earlier = await waiting({ receivedAt: '2026-02-19T10:00:00.000Z' });
    await waiting({ status: 'applied' });
    const queue = await listReviewQueue(ctx);
    expect(queue.map((i) => [i.id, i.suggestedApplication?.id ?? null])).toEqual([
      [earlier.id, null],
      [later.id, app.id],
    ]);
    expect(queue[0]?.reason).toMatch(/not sure this is rejection/);
    expect(queue[1]?.reason).toMatch(/no role/);
  });

  it('says which phrases led to the label, read again from the email', async () => {
    await waiting({
      subject: 'Your application',
      bodyText:
        'Thank you for applying. After careful consideration, we have decided not to move forward with your application.',
      label: 'rejection',
    });
    const [item] = await listReviewQueue(ctx);
    expect(item?.cues.join(' ')).toMatch(/not to move forward/);
  });
});

import { z } from 'zod';
import { isCalendarDate } from '../dates.js';
import { ReboundError, notFound } from '../errors.js';
import { checkSmartGoal, type SmartCheck } from '../goals/smart.js';
import { suggestGoals, type GoalSuggestion } from '../goals/suggest.js';
import { daysUntil, readTimeFrame } from '../goals/time-frame.js';
import { withoutNul } from '../inputs.js';
import type { Goal, GoalEntry } from '../records.js';
import { validate } from '../validate.js';
import { nowIso, type TrackerContext } from './context.js';
import { loadLearning, relevantThemes, type Learning } from './learning.js';

const goalText = z
  .string({ error: 'Goal must be text.' })
  .transform(withoutNul)
  .pipe(
    z
      .string()
      .trim()
      .min(1, { error: 'Write the goal in a few words, for example "Apply to 3 jobs by Friday".' })
      .max(500, { error: 'Goal is too long: keep it under 500 characters.' }),
  );

/** A deadline as YYYY-MM-DD or in words ("next Friday", "in two weeks"). */
const deadlineText = z
  .string({ error: 'Deadline must be text.' })
  .trim()
  .max(100, { error: 'Deadline is too long; write a date like 2026-04-30 or "next Friday".' });

export const goalInputSchema = z.object({
  text: goalText,
  deadline: deadlineText.nullable().optional(),
  /** The feedback theme or funnel stage it answers; taken from the check when left out. */
  theme: z.string().trim().max(60).nullable().optional(),
  target: z
    .number({ error: 'Target must be a number.' })
    .int({ error: 'Target must be a whole number.' })
    .min(1, { error: 'Target must be at least 1.' })
    .max(10_000, { error: 'Target must be at most 10,000.' })
    .nullable()
    .optional(),
  origin: z.enum(['user', 'suggested'], { error: 'Origin must be user or suggested.' }).optional(),
});
export type GoalInput = z.input<typeof goalInputSchema>;

export const goalCheckSchema = z.object({
  text: goalText,
  deadline: deadlineText.nullable().optional(),
});

export const goalProgressSchema = z
  .object({
    note: z
      .string({ error: 'Note must be text.' })
      .transform(withoutNul)
      .pipe(
        z.string().trim().max(2000, { error: 'Note is too long: keep it under 2,000 characters.' }),
      )
      .nullable()
      .optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    amount: z
      .number({ error: 'Amount must be a number.' })
      .int({ error: 'Amount must be a whole number.' })
      .min(1, { error: 'Amount must be at least 1.' })
      .max(1000, { error: 'Amount must be at most 1,000 at a time.' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .refine((entry) => entry.note !== null || entry.amount !== null, {
    error: 'Add a note, an amount, or both: for example "sent 2 applications" with amount 2.',
    path: ['note'],
  });
export type GoalProgressInput = z.input<typeof goalProgressSchema>;

export type GoalProgress = {
  done: number;
  target: number | null;
  share: number | null;
  daysLeft: number | null;
  isOverdue: boolean;
};
export type GoalView = Goal & { entries: GoalEntry[]; progress: GoalProgress; check: SmartCheck };

function resolveDeadline(deadline: string | null | undefined, reference: Date): string | null {
  if (deadline === undefined || deadline === null || deadline === '') return null;
  if (isCalendarDate(deadline)) return deadline;
  const read = readTimeFrame(deadline, reference).deadline;
  if (read === null) {
    throw new ReboundError(
      'invalid_input',
      `Some details need a fix. We could not read "${deadline}" as a date. Write it like 2026-04-30, "next Friday" or "in two weeks".`,
      [{ field: 'deadline', message: 'Deadline must be a date.' }],
    );
  }
  return read;
}

function contextOf(learning: Learning, deadline: string | null) {
  return {
    reference: learning.now,
    themes: relevantThemes(learning),
    bottleneck: learning.diagnosis.bottleneck?.from ?? null,
    deadline,
  };
}

export function viewGoal(goal: Goal, entries: GoalEntry[], learning: Learning): GoalView {
  const done = entries.reduce((sum, e) => sum + (e.amount ?? 0), 0);
  const daysLeft = goal.deadline ? daysUntil(goal.deadline, learning.now) : null;
  return {
    ...goal,
    entries,
    progress: {
      done,
      target: goal.target,
      share: goal.target ? Math.min(1, done / goal.target) : null,
      daysLeft,
      isOverdue: goal.completedAt === null && daysLeft !== null && daysLeft < 0,
    },
    check: checkSmartGoal(goal.text, contextOf(learning, goal.deadline)),
  };
}

async function requireGoal(ctx: TrackerContext, id: string): Promise<Goal> {
  const goal = await ctx.store.goals.get(ctx.userId, id);
  if (!goal) throw notFound('a goal with id', id);
  return goal;
}

/** Which SMART letters a goal meets, checked against the user's own feedback and funnel. */
export async function checkGoal(ctx: TrackerContext, input: unknown): Promise<SmartCheck> {
  const { text, deadline } = validate(goalCheckSchema, input);
  const learning = await loadLearning(ctx);
  return checkSmartGoal(text, contextOf(learning, resolveDeadline(deadline, learning.now)));
}

export async function addGoal(ctx: TrackerContext, input: GoalInput): Promise<GoalView> {
  const valid = validate(goalInputSchema, input);
  const learning = await loadLearning(ctx);
  const check = checkSmartGoal(
    valid.text,
    contextOf(learning, resolveDeadline(valid.deadline, learning.now)),
  );
  const at = nowIso(ctx);
  const goal: Goal = {
    id: ctx.newId(),
    userId: ctx.userId,
    text: valid.text,
    theme: valid.theme ?? check.theme ?? null,
    target: valid.target ?? (check.target !== null ? Math.ceil(check.target) : null),
    deadline: check.deadline,
    origin: valid.origin ?? 'user',
    completedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.goals.insert(goal);
  return viewGoal(goal, [], learning);
}

/** Open goals first (nearest deadline first), then completed ones. */
export async function listGoals(ctx: TrackerContext): Promise<GoalView[]> {
  const [goals, entries, learning] = await Promise.all([
    ctx.store.goals.list(ctx.userId),
    ctx.store.goalEntries.list(ctx.userId),
    loadLearning(ctx),
  ]);
  const order = (g: Goal) =>
    `${g.completedAt === null ? 0 : 1}${g.deadline ?? '9999'}${g.createdAt}`;
  return [...goals]
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((g) =>
      viewGoal(
        g,
        entries.filter((e) => e.goalId === g.id),
        learning,
      ),
    );
}

export async function getGoal(ctx: TrackerContext, id: string): Promise<GoalView> {
  const goal = await requireGoal(ctx, id);
  const [entries, learning] = await Promise.all([
    ctx.store.goalEntries.list(ctx.userId, [id]),
    loadLearning(ctx),
  ]);
  return viewGoal(goal, entries, learning);
}

/** Adds a journal entry: a note, an amount toward the target, or both. */
export async function logGoalProgress(
  ctx: TrackerContext,
  id: string,
  input: GoalProgressInput,
): Promise<GoalView> {
  const { note, amount } = validate(goalProgressSchema, input);
  const goal = await requireGoal(ctx, id);
  const at = nowIso(ctx);
  await ctx.store.transaction(async (store) => {
    await store.goalEntries.insert({
      id: ctx.newId(),
      userId: ctx.userId,
      goalId: id,
      at,
      note,
      amount,
    });
    await store.goals.update({ ...goal, updatedAt: at });
  });
  return getGoal(ctx, id);
}

export async function completeGoal(ctx: TrackerContext, id: string): Promise<GoalView> {
  const goal = await requireGoal(ctx, id);
  if (goal.completedAt === null) {
    const at = nowIso(ctx);
    await ctx.store.goals.update({ ...goal, completedAt: at, updatedAt: at });
  }
  return getGoal(ctx, id);
}

/** Deleting loses the journal, so it needs the user's confirmation. */
export async function deleteGoal(
  ctx: TrackerContext,
  id: string,
  options: { isConfirmed: boolean },
): Promise<Goal> {
  const goal = await requireGoal(ctx, id);
  if (!options.isConfirmed) {
    const entries = await ctx.store.goalEntries.list(ctx.userId, [id]);
    throw new ReboundError(
      'confirmation_required',
      `Deleting "${goal.text}" also removes its ${entries.length} journal ${entries.length === 1 ? 'entry' : 'entries'}. Confirm to delete, or mark it done to keep the record.`,
    );
  }
  await ctx.store.goals.delete(ctx.userId, id);
  return goal;
}

/** Goals worth setting now: from the bottleneck, frequent feedback themes and self-assessments. */
export async function getGoalSuggestions(ctx: TrackerContext): Promise<GoalSuggestion[]> {
  const [learning, goals] = await Promise.all([
    loadLearning(ctx),
    ctx.store.goals.list(ctx.userId),
  ]);
  return suggestGoals({
    diagnosis: learning.diagnosis.verdict === 'too-early' ? null : learning.diagnosis,
    themes: learning.themes.totals,
    hints: learning.hints,
    existing: goals.filter((g) => g.completedAt === null),
    today: learning.now.toISOString().slice(0, 10),
  });
}

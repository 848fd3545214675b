import type { Command } from 'commander';
import type { SmartCheck } from '../../core/goals/index.js';
import {
  addGoal,
  checkGoal,
  completeGoal,
  deleteGoal,
  getGoalSuggestions,
  getInsights,
  listGoals,
  logGoalProgress,
  updateSettings,
  type GoalView,
} from '../../core/tracker/index.js';
import { weekLines } from '../format-insights.js';
import { formatTable, printData, say } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

export function formatCheck(check: SmartCheck): string {
  const lines = check.letters.map(
    (l) => `${l.letter} ${l.isMet ? '✓' : '✗'} ${l.name.padEnd(11)} ${l.why}`,
  );
  const summary =
    check.missing.length === 0
      ? 'All five SMART letters are met.'
      : `Met: ${check.met.join('') || 'none'}. To work on: ${check.missing.join('')}.`;
  return [summary, ...lines].join('\n');
}

function progressOf(goal: GoalView): string {
  if (goal.completedAt !== null) return 'done';
  const p = goal.progress;
  const count = p.target !== null ? `${p.done}/${p.target}` : `${goal.entries.length} entries`;
  return p.isOverdue ? `${count}, past deadline` : count;
}

function formatGoalList(goals: GoalView[]): string {
  if (goals.length === 0) {
    return 'No goals yet. Add one with: rebound goals add "Apply to 3 tailored jobs by Friday"\nOr see suggestions: rebound goals suggest';
  }
  return formatTable(
    ['ID', 'GOAL', 'DEADLINE', 'PROGRESS', 'SMART'],
    goals.map((g) => [g.id, g.text, g.deadline ?? '', progressOf(g), g.check.met.join('')]),
  );
}

const toAmount = (value: string | undefined) => (value === undefined ? undefined : Number(value));

export function registerGoals(program: Command): void {
  const goals = program
    .command('goals')
    .description(
      'SMART goals with a journal: add, list, progress, done, delete, check, suggest, week',
    );
  const run = <T>(work: Parameters<typeof withTracker<T>>[1]) =>
    withTracker(program.opts<GlobalOptions>(), work);

  goals
    .command('add')
    .description('add a goal and see which SMART letters it meets')
    .argument('<text>', 'the goal, e.g. "Apply to 3 tailored jobs by Friday"')
    .option('--deadline <date>', 'YYYY-MM-DD or words like "next Friday"')
    .option('--json', 'print JSON')
    .action(async (text: string, options: { deadline?: string; json?: boolean }) => {
      const goal = await run((ctx) => addGoal(ctx, { text, deadline: options.deadline }));
      printData(
        goal,
        options,
        () => `Added goal ${goal.id}: ${goal.text}\n${formatCheck(goal.check)}`,
      );
    });

  goals
    .command('list')
    .description('list goals, open ones first')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const list = await run((ctx) => listGoals(ctx));
      printData(list, options, () => formatGoalList(list));
    });

  goals
    .command('progress')
    .description('log progress in the goal journal: a note, an amount, or both')
    .argument('<id>', 'the goal id')
    .option('--note <text>', 'what you did')
    .option('--amount <n>', 'how much toward the target, e.g. 1 application')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { note?: string; amount?: string; json?: boolean }) => {
      const goal = await run((ctx) =>
        logGoalProgress(ctx, id, { note: options.note, amount: toAmount(options.amount) }),
      );
      printData(goal, options, () => `Logged. ${goal.text}: ${progressOf(goal)}.`);
    });

  goals
    .command('done')
    .description('mark a goal done')
    .argument('<id>', 'the goal id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const goal = await run((ctx) => completeGoal(ctx, id));
      printData(goal, options, () => `Done: ${goal.text}. Well done.`);
    });

  goals
    .command('delete')
    .description('delete a goal and its journal')
    .argument('<id>', 'the goal id')
    .option('--yes', 'confirm: the journal goes too')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { yes?: boolean; json?: boolean }) => {
      const goal = await run((ctx) => deleteGoal(ctx, id, { isConfirmed: options.yes === true }));
      printData(goal, options, () => `Deleted goal: ${goal.text}`);
    });

  goals
    .command('check')
    .description('say which SMART letters a goal meets, and why')
    .argument('<text>', 'the goal text')
    .option('--deadline <date>', 'YYYY-MM-DD or words like "next Friday"')
    .option('--json', 'print JSON')
    .action(async (text: string, options: { deadline?: string; json?: boolean }) => {
      const check = await run((ctx) => checkGoal(ctx, { text, deadline: options.deadline }));
      printData(check, options, () => formatCheck(check));
    });

  goals
    .command('week')
    .description("this week's plan: the weekly target, check-ins due and open goals")
    .option('--target <n>', 'set the weekly target of tailored applications first (1–15)')
    .option('--json', 'print JSON')
    .action(async (options: { target?: string; json?: boolean }) => {
      const insights = await run(async (ctx) => {
        if (options.target !== undefined) {
          await updateSettings(ctx, { weeklyTarget: Number(options.target) });
        }
        return getInsights(ctx);
      });
      const week = { weekly: insights.weekly, checkins: insights.checkins, goals: insights.goals };
      printData(week, options, () => weekLines(insights).join('\n'));
    });

  goals
    .command('suggest')
    .description('goals suggested by your funnel, feedback and self-assessments')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const suggestions = await run((ctx) => getGoalSuggestions(ctx));
      if (suggestions.length === 0 && !options.json) {
        say(
          'No suggestions yet: they come from feedback, self-assessments and a funnel of about 10 applications.',
        );
        return;
      }
      printData(suggestions, options, () =>
        suggestions.map((s) => `- ${s.text}\n  ${s.reason}`).join('\n'),
      );
    });
}

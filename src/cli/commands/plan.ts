import type { Command } from 'commander';
import { validate } from '../../core/validate.js';
import { timestampSchema } from '../../core/inputs.js';
import { getPlan, getSettings, getToday, recordStep } from '../../core/tracker/index.js';
import { formatPlan, formatToday } from '../format-plan.js';
import { printData, say } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

const parseNow = (now: string | undefined) =>
  now === undefined ? undefined : new Date(validate(timestampSchema, now));

type SentOptions = {
  kind: string;
  at?: string;
  skip?: boolean;
  includes?: string;
  confirm?: boolean;
  json?: boolean;
};

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('the steps after a rejection: what to do, when, and why')
    .argument('<id>', 'the application id')
    .option('--now <time>', 'compute as if it were this time (ISO 8601)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { now?: string; json?: boolean }) => {
      const { plan, settings } = await withTracker(program.opts<GlobalOptions>(), async (ctx) => ({
        plan: await getPlan(ctx, id, parseNow(options.now)),
        settings: await getSettings(ctx),
      }));
      printData(plan, options, () => formatPlan(plan, settings.timeZone));
    });

  program
    .command('today')
    .description('every step due or overdue, the most urgent first')
    .option('--now <time>', 'compute as if it were this time (ISO 8601)')
    .option('--json', 'print JSON')
    .action(async (options: { now?: string; json?: boolean }) => {
      const { items, settings } = await withTracker(program.opts<GlobalOptions>(), async (ctx) => ({
        items: await getToday(ctx, parseNow(options.now)),
        settings: await getSettings(ctx),
      }));
      printData(items, options, () => formatToday(items, settings.timeZone));
    });

  program
    .command('sent')
    .description('record a step as sent (or --skip it)')
    .argument('<id>', 'the application id')
    .requiredOption(
      '--kind <kind>',
      'reply, feedback-request, feedback-followup, reaffirm, linkedin, checkin, feedback-thanks, self-assessment',
    )
    .option('--at <time>', 'when you sent it (ISO 8601; default now)')
    .option('--includes <elements>', 'what the message carried, e.g. feedback_ask,future_interest')
    .option('--skip', 'record that you chose not to do this step')
    .option('--confirm', 'record it even during the pause after the rejection')
    .option('--json', 'print the updated plan as JSON')
    .action(async (id: string, options: SentOptions) => {
      const plan = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        recordStep(ctx, id, {
          // The core schema names the valid kinds when this one isn't.
          kind: options.kind as never,
          status: options.skip ? 'skipped' : 'done',
          at: options.at,
          includes:
            options.includes
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean) ?? [],
          isCoolOffOverridden: options.confirm === true,
        }),
      );
      printData(
        plan,
        options,
        () => `Recorded: ${options.kind} ${options.skip ? 'skipped' : 'sent'}.`,
      );
      if (!options.json) say(`Next: rebound plan ${id}`);
    });
}

import type { Command } from 'commander';
import { ReboundError } from '../../core/errors.js';
import { findThemes } from '../../core/themes/index.js';
import { logFeedback } from '../../core/tracker/playbook.js';
import { formatApplicationLine } from '../format.js';
import { say } from '../output.js';
import { readText } from '../read-input.js';
import { withTracker, type GlobalOptions } from '../session.js';
import { formatReport, plainReport } from './themes.js';

type FeedbackOptions = { text?: string; file?: string; received?: string; json?: boolean };

async function feedbackText(source: string | undefined, options: FeedbackOptions): Promise<string> {
  const given = [options.text !== undefined, options.file !== undefined, source === '-'].filter(
    Boolean,
  );
  if (given.length !== 1) {
    throw new ReboundError(
      'invalid_input',
      'Give the feedback once: --text "…", --file feedback.txt, or - to read it from standard input.',
    );
  }
  const text = options.text ?? (await readText(options.file ?? '-'));
  if (text.trim() === '') {
    throw new ReboundError(
      'invalid_input',
      'The feedback is empty. Paste what the employer said and try again.',
    );
  }
  return text;
}

export function registerFeedback(program: Command): void {
  program
    .command('feedback')
    .description('record the feedback an employer gave on a rejection, and see what it points to')
    .argument('<id>', 'the application id')
    .argument('[source]', '"-" to read the feedback from standard input')
    .option('--text <text>', 'the feedback text')
    .option('--file <path>', 'a file with the feedback text')
    .option('--received <time>', 'when it arrived (ISO 8601; default now)')
    .option('--json', 'print JSON')
    .action(async (id: string, source: string | undefined, options: FeedbackOptions) => {
      const text = await feedbackText(source, options);
      const plan = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        logFeedback(ctx, id, { text, receivedAt: options.received }),
      );
      const report = findThemes(text);
      if (options.json) {
        const recorded = { applicationId: plan.application.id, ...plainReport(report) };
        process.stdout.write(`${JSON.stringify(recorded, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `Recorded the feedback for ${formatApplicationLine(plan.application)}\n\n${formatReport(report)}\n`,
      );
      say('Feedback is a gift, even when it is hard to read. One small step at a time is enough.');
    });
}

import type { Command } from 'commander';
import {
  composeDraft,
  composerContextSchema,
  draftKinds,
  isDraftKind,
} from '../../core/composer/index.js';
import type { Draft } from '../../core/composer/index.js';
import { ReboundError } from '../../core/errors.js';
import { composeForApplication } from '../../core/tracker/index.js';
import { validate } from '../../core/validate.js';
import { printData } from '../output.js';
import { readText } from '../read-input.js';
import { withTracker, type GlobalOptions } from '../session.js';

const kindHelp = draftKinds.join(', ');

function formatDraft(draft: Draft): string {
  const count =
    draft.limit === null ? `${draft.words} words` : `${draft.chars} of ${draft.limit} characters`;
  return [draft.subject ? `Subject: ${draft.subject}\n` : '', draft.body, '', `(${count})`].join(
    '\n',
  );
}

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('a draft for a step, written for this application')
    .argument('<id>', 'the application id')
    .requiredOption('--kind <kind>', kindHelp)
    .option('--tone <tone>', 'warm, formal or brief (default warm)')
    .option('--seed <n>', 'pick other wording (a whole number)')
    .option('--detail <text>', 'one specific good moment from the process to mention')
    .option('--json', 'print JSON')
    .action(
      async (
        id: string,
        options: { kind: string; tone?: string; seed?: string; detail?: string; json?: boolean },
      ) => {
        const draft = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
          // The core schema names the valid kinds and tones when these aren't.
          composeForApplication(ctx, id, {
            kind: options.kind as never,
            tone: options.tone as never,
            seed: options.seed,
            detail: options.detail,
          }),
        );
        printData(draft, options, () => formatDraft(draft));
      },
    );

  program
    .command('compose')
    .description('the composer on its own, from a context file (JSON)')
    .requiredOption('--kind <kind>', kindHelp)
    .requiredOption(
      '--context <file>',
      'JSON with recipientName, role, company, stage, detail, skills, …',
    )
    .option('--json', 'print JSON')
    .action(async (options: { kind: string; context: string; json?: boolean }) => {
      let context: unknown;
      try {
        context = JSON.parse(await readText(options.context));
      } catch (error) {
        if (error instanceof ReboundError) throw error;
        throw new ReboundError('invalid_input', `${options.context} is not valid JSON.`);
      }
      const { kind } = options;
      if (!isDraftKind(kind)) {
        throw new ReboundError('invalid_input', `Kind must be one of: ${kindHelp}.`);
      }
      const draft = composeDraft(kind, validate(composerContextSchema, context));
      printData(draft, options, () => formatDraft(draft));
    });
}

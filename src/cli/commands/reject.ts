import type { Command } from 'commander';
import { ReboundError } from '../../core/errors.js';
import { logRejection } from '../../core/tracker/index.js';
import { formatApplicationLine } from '../format.js';
import { printData, say } from '../output.js';
import { readText } from '../read-input.js';
import { withTracker, type GlobalOptions } from '../session.js';

type RejectOptions = {
  text?: string;
  file?: string;
  received?: string;
  from?: string;
  json?: boolean;
};

async function rejectionText(source: string | undefined, options: RejectOptions): Promise<string> {
  const given = [options.text !== undefined, options.file !== undefined, source === '-'].filter(
    Boolean,
  );
  if (given.length !== 1) {
    throw new ReboundError(
      'invalid_input',
      'Give the rejection once: --text "…", --file email.txt, or - to read it from standard input.',
    );
  }
  if (options.text !== undefined) return options.text;
  return readText(options.file ?? '-');
}

export function registerReject(program: Command): void {
  program
    .command('reject')
    .description('log a rejection for an application; the stage it reached is kept')
    .argument('<id>', 'the application id')
    .argument('[source]', '"-" to read the email from standard input')
    .option('--text <text>', 'the rejection email text')
    .option('--file <path>', 'a file with the rejection email text')
    .option('--received <time>', 'when it arrived (ISO 8601; default now)')
    .option('--from <sender>', 'who sent it')
    .option('--json', 'print JSON')
    .action(async (id: string, source: string | undefined, options: RejectOptions) => {
      const text = await rejectionText(source, options);
      const logged = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        logRejection(ctx, id, { text, receivedAt: options.received, sender: options.from }),
      );
      printData(
        logged,
        options,
        () => `Logged the rejection for ${formatApplicationLine(logged.application)}`,
      );
      if (!options.json) {
        say('That stings, and it is a normal part of every search. Rebound kept how far you got.');
      }
    });
}

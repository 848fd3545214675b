import type { Command } from 'commander';
import { addApplication } from '../../core/tracker/index.js';
import { formatApplicationLine } from '../format.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

type AddOptions = {
  company: string;
  role: string;
  stage?: string;
  applied?: string;
  url?: string;
  source?: string;
  location?: string;
  notes?: string;
  json?: boolean;
};

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('add an application')
    .requiredOption('--company <name>', 'the company')
    .requiredOption('--role <title>', 'the role')
    .option('--stage <stage>', 'applied, screen, technical, final or offer (default applied)')
    .option('--applied <date>', 'the date you applied, YYYY-MM-DD')
    .option('--url <url>', 'the job posting')
    .option('--source <source>', 'where you found it')
    .option('--location <location>', 'where the job is')
    .option('--notes <notes>', 'anything to remember')
    .option('--json', 'print JSON')
    .action(async (options: AddOptions) => {
      const application = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        addApplication(ctx, {
          company: options.company,
          role: options.role,
          stage: options.stage as never, // validated by the core schema, which names bad values
          appliedOn: options.applied,
          postingUrl: options.url,
          source: options.source,
          location: options.location,
          notes: options.notes,
        }),
      );
      printData(application, options, () => `Added ${formatApplicationLine(application)}`);
    });
}

import type { Command } from 'commander';
import { fileApplication, unfileApplication } from '../../core/tracker/index.js';
import { formatApplicationLine } from '../format.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

export function registerFile(program: Command): void {
  program
    .command('file')
    .description('file an ended application away from the list (kept, and still counted)')
    .argument('<id>', 'the application id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const application = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        fileApplication(ctx, id),
      );
      printData(application, options, () => `Filed away ${formatApplicationLine(application)}`);
    });

  program
    .command('unfile')
    .description('bring a filed application back to the list')
    .argument('<id>', 'the application id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const application = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        unfileApplication(ctx, id),
      );
      printData(
        application,
        options,
        () => `Back in the list: ${formatApplicationLine(application)}`,
      );
    });
}

import type { Command } from 'commander';
import { changeStage } from '../../core/tracker/index.js';
import { formatApplicationLine } from '../format.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

export function registerStage(program: Command): void {
  program
    .command('stage')
    .description('move an application to a stage: applied, screen, technical, final or offer')
    .argument('<id>', 'the application id')
    .argument('<stage>', 'the stage it reached')
    .option('--at <time>', 'when it happened (ISO 8601; default now)')
    .option('--json', 'print JSON')
    .action(async (id: string, stage: string, options: { at?: string; json?: boolean }) => {
      const application = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        // The core schema checks the stage name and says which ones exist.
        changeStage(ctx, id, { stage: stage as never, at: options.at }),
      );
      printData(application, options, () => `Moved ${formatApplicationLine(application)}`);
    });
}

import type { Command } from 'commander';
import { getApplicationDetail, listApplications } from '../../core/tracker/index.js';
import { formatApplicationDetail, formatApplicationList } from '../format.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

type ListOptions = {
  stage?: string;
  outcome?: string;
  company?: string;
  search?: string;
  filed?: boolean;
  json?: boolean;
};

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list applications, newest activity first')
    .option('--stage <stage>', 'only this stage')
    .option('--outcome <outcome>', 'only this outcome (open, rejected, ghosted, withdrawn, …)')
    .option('--company <name>', 'only companies whose name contains this')
    .option('--search <text>', 'search company, role, notes and location')
    .option('--filed', 'include applications filed away')
    .option('--json', 'print JSON')
    .action(async (options: ListOptions) => {
      const applications = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        listApplications(ctx, {
          stage: options.stage,
          outcome: options.outcome,
          company: options.company,
          q: options.search,
          filed: options.filed === true,
        }),
      );
      printData(applications, options, () => formatApplicationList(applications));
    });

  program
    .command('show')
    .description('show an application: stage reached, outcome, timeline and contacts')
    .argument('<id>', 'the application id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const detail = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
        getApplicationDetail(ctx, id),
      );
      printData(detail, options, () => formatApplicationDetail(detail));
    });
}

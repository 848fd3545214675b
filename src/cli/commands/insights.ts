import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ReboundError } from '../../core/errors.js';
import type { Insights } from '../../core/tracker/index.js';
import { getInsights, getSankeySvg } from '../../core/tracker/index.js';
import { formatInsights } from '../format-insights.js';
import { printData, say } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

type InsightsOptions = { json?: boolean; svg?: string };

async function writeSvg(path: string, svg: string): Promise<void> {
  try {
    await writeFile(path, svg, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'an error';
    throw new ReboundError(
      'invalid_input',
      `Could not write ${path} (${reason}). Check that the folder exists and you can write there.`,
    );
  }
}

export function registerInsights(program: Command): void {
  program
    .command('insights')
    .description('what to work on next: the diagnosis and the funnel across all applications')
    .option('--json', 'print JSON')
    .option('--svg <file>', 'write the Sankey diagram of your search to this SVG file')
    .action(async (options: InsightsOptions) => {
      const global = program.opts<GlobalOptions>();
      if (options.svg !== undefined) {
        const svg = await withTracker(global, (ctx) => getSankeySvg(ctx));
        await writeSvg(options.svg, svg);
        say(`Wrote the Sankey diagram of your search to ${options.svg}.`);
        return;
      }
      const insights: Insights = await withTracker(global, (ctx) => getInsights(ctx));
      printData(insights, options, () => formatInsights(insights));
    });
}

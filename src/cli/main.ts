#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { exitCodes, reportError } from './output.js';

const program = new Command('rebound')
  .description('Turn a job rejection into a graceful reply and a lesson.')
  .option(
    '--data-dir <dir>',
    'where the embedded database lives (default ~/.rebound, or REBOUND_DATA_DIR)',
  )
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

type Register = (program: Command) => void;

// Each command's module, loaded only when that command runs: `rebound import mbox` then
// carries neither insights nor goals nor their models in memory. Help, no command or an
// unknown one loads them all, in the order `rebound --help` lists them.
const commandModules: [names: string[], load: () => Promise<Register>][] = [
  [['start'], async () => (await import('./commands/start.js')).registerStart],
  [['add'], async () => (await import('./commands/add.js')).registerAdd],
  [['list', 'show'], async () => (await import('./commands/list.js')).registerList],
  [['stage'], async () => (await import('./commands/stage.js')).registerStage],
  [['reject'], async () => (await import('./commands/reject.js')).registerReject],
  [['export', 'import'], async () => (await import('./commands/backup.js')).registerBackup],
  [['plan', 'today', 'sent'], async () => (await import('./commands/plan.js')).registerPlan],
  [['draft', 'compose'], async () => (await import('./commands/draft.js')).registerDraft],
  [['review'], async () => (await import('./commands/review.js')).registerReview],
  [['classify'], async () => (await import('./commands/classify.js')).registerClassify],
  [['feedback'], async () => (await import('./commands/feedback.js')).registerFeedback],
  [['themes'], async () => (await import('./commands/themes.js')).registerThemes],
  [['insights'], async () => (await import('./commands/insights.js')).registerInsights],
  [['goals'], async () => (await import('./commands/goals.js')).registerGoals],
  [['file', 'unfile'], async () => (await import('./commands/file.js')).registerFile],
];

/** The command named on the command line, after the global options (only --data-dir). */
function commandName(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--data-dir') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

const named = commandName(process.argv.slice(2));
const needed = commandModules.filter(([names]) => named !== undefined && names.includes(named));
for (const [, load] of needed.length > 0 ? needed : commandModules) (await load())(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
  } else {
    process.exitCode = reportError(error);
  }
}

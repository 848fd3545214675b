#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerAdd } from './commands/add.js';
import { registerBackup } from './commands/backup.js';
import { registerClassify } from './commands/classify.js';
import { registerDraft } from './commands/draft.js';
import { registerFeedback } from './commands/feedback.js';
import { registerFile } from './commands/file.js';
import { registerGoals } from './commands/goals.js';
import { registerInsights } from './commands/insights.js';
import { registerList } from './commands/list.js';
import { registerPlan } from './commands/plan.js';
import { registerReject } from './commands/reject.js';
import { registerReview } from './commands/review.js';
import { registerStage } from './commands/stage.js';
import { registerStart } from './commands/start.js';
import { registerThemes } from './commands/themes.js';
import { exitCodes, reportError } from './output.js';

const program = new Command('rebound')
  .description('Turn a job rejection into a graceful reply and a lesson.')
  .option(
    '--data-dir <dir>',
    'where the embedded database lives (default ~/.rebound, or REBOUND_DATA_DIR)',
  )
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerStart(program);
registerAdd(program);
registerList(program);
registerStage(program);
registerReject(program);
registerBackup(program);
registerPlan(program);
registerDraft(program);
registerReview(program);
registerClassify(program);
registerFeedback(program);
registerThemes(program);
registerInsights(program);
registerGoals(program);
registerFile(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
  } else {
    process.exitCode = reportError(error);
  }
}

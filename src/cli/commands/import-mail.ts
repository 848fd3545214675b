import type { Command } from 'commander';
import { ReboundError } from '../../core/errors.js';
import { importMessages, type MailImportReport } from '../../core/tracker/index.js';
import { parseRawMessages } from '../../mail/mail-items.js';
import { readEml } from '../../mail/read-eml.js';
import { readMbox } from '../../mail/read-mbox.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

export type MailKind = 'eml' | 'mbox';

export function isMailKind(value: string): value is MailKind {
  return value === 'eml' || value === 'mbox';
}

function describeMailReport(report: MailImportReport): string {
  const labels = Object.entries(report.employerByLabel)
    .map(([label, n]) => `${n} ${label.replace('_', ' ')}`)
    .join(', ');
  const lines = [
    `Read ${report.read} emails${labels ? `: ${labels}` : ''}.`,
    `Applications created: ${report.applicationsCreated}; updated: ${report.applicationsUpdated}.`,
  ];
  if (report.needsReview > 0) lines.push(`${report.needsReview} need your review.`);
  if (report.alreadyImported > 0) lines.push(`${report.alreadyImported} were already imported.`);
  if (report.skipped > 0) lines.push(`${report.skipped} were not from employers and were skipped.`);
  if (report.unparsable.length > 0) {
    lines.push(`Could not read ${report.unparsable.length}:`);
    for (const item of report.unparsable) lines.push(`  ${item.source}: ${item.reason}`);
  }
  return lines.join('\n');
}

/** Progress on a terminal only, rewriting one line; piped stderr stays quiet. */
function showProgress(report: MailImportReport): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\rImporting… ${report.read} emails read`);
}

/** `rebound import eml PATH...` and `rebound import mbox FILE`. */
export async function importMail(
  program: Command,
  kind: MailKind,
  paths: string[],
  options: { json?: boolean },
): Promise<void> {
  if (paths.length === 0 || (kind === 'mbox' && paths.length > 1)) {
    throw new ReboundError(
      'invalid_input',
      kind === 'eml'
        ? 'Name the .eml files or folders to import: rebound import eml PATH...'
        : 'Name one mbox file to import: rebound import mbox FILE',
    );
  }
  const raw = kind === 'eml' ? readEml(paths) : readMbox(paths[0] ?? '');
  const report = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
    importMessages(ctx, parseRawMessages(raw), showProgress),
  );
  if (process.stderr.isTTY && report.read > 0) process.stderr.write('\n');
  printData(report, options, () => describeMailReport(report));
}

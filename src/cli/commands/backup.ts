import type { Command } from 'commander';
import { ReboundError } from '../../core/errors.js';
import type { SpreadsheetImportReport } from '../../core/tracker/index.js';
import { printData, say } from '../output.js';
import { importMail, isMailKind } from './import-mail.js';
import { addImapOptions, type ImapFlags } from './import-imap-options.js';
import { readBytes, readText } from '../read-input.js';
import { withTracker, type GlobalOptions } from '../session.js';

function describeSpreadsheetReport(report: SpreadsheetImportReport): string {
  const verb = report.isDryRun ? 'Would import' : 'Imported';
  const lines = [`${verb} ${report.imported.length} of ${report.rowsRead} rows.`];
  if (report.alreadyThere.length > 0)
    lines.push(`${report.alreadyThere.length} were already in Rebound.`);
  if (report.skipped.length > 0) {
    lines.push(`Skipped ${report.skipped.length}:`);
    for (const row of report.skipped) lines.push(`  line ${row.line}: ${row.reason}`);
  }
  if (report.ignoredColumns.length > 0)
    lines.push(`Columns not used: ${report.ignoredColumns.join(', ')}.`);
  return lines.join('\n');
}

async function importCsv(
  program: Command,
  path: string,
  options: { dryRun?: boolean; json?: boolean },
) {
  // Loaded when used: `rebound import mbox` should not carry the whole tracker in memory.
  const { readSpreadsheet } = await import('../../import/read-spreadsheet.js');
  const { importSpreadsheet } = await import('../../core/tracker/index.js');
  const file = readSpreadsheet(await readBytes(path));
  const report = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
    importSpreadsheet(ctx, file.headers, file.rows, { isDryRun: options.dryRun === true }),
  );
  const full = {
    ...report,
    rowsRead: report.rowsRead + file.unreadable.length,
    skipped: [...file.unreadable, ...report.skipped].sort((a, b) => a.line - b.line),
  };
  printData(full, options, () => describeSpreadsheetReport(full));
}

async function importJson(program: Command, path: string, options: { json?: boolean }) {
  let document: unknown;
  try {
    document = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof ReboundError) throw error;
    throw new ReboundError(
      'invalid_backup',
      `${path} is not valid JSON, so it can't be a Rebound backup. Nothing was imported.`,
    );
  }
  const { importBackup } = await import('../../core/tracker/index.js');
  const report = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
    importBackup(ctx, document),
  );
  printData(
    report,
    options,
    () => `Restored ${report.imported} records (${report.alreadyThere} were already there).`,
  );
}

export function registerBackup(program: Command): void {
  program
    .command('export')
    .description('write everything as a JSON backup to stdout: rebound export > backup.json')
    .action(async () => {
      const { exportBackup } = await import('../../core/tracker/index.js');
      const backup = await withTracker(program.opts<GlobalOptions>(), (ctx) => exportBackup(ctx));
      process.stdout.write(`${JSON.stringify(backup, null, 2)}\n`);
      if (process.stdout.isTTY) say('Tip: redirect this to a file: rebound export > backup.json');
    });

  addImapOptions(program.command('import'))
    .description(
      'import a backup (.json), a spreadsheet (.csv), or mail: import eml PATH... | import mbox FILE | import imap --host H --user U',
    )
    .argument('<file>', 'backup.json, applications.csv, "eml" / "mbox" and paths, or "imap"')
    .argument('[paths...]', 'for eml: .eml files or folders; for mbox: the mbox file')
    .option('--dry-run', 'for a spreadsheet: show what would be imported, change nothing')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        path: string,
        paths: string[],
        options: { dryRun?: boolean; json?: boolean } & ImapFlags,
      ) => {
        if (path === 'imap') {
          const { importImap } = await import('./import-imap.js');
          return importImap(program, paths, options);
        }
        if (isMailKind(path)) return importMail(program, path, paths, options);
        if (paths.length > 0) {
          throw new ReboundError(
            'invalid_input',
            `import reads one file at a time; to import mail, start with "eml" or "mbox".`,
          );
        }
        if (/\.json$/i.test(path)) return importJson(program, path, options);
        if (/\.(csv|txt|tsv)$/i.test(path)) return importCsv(program, path, options);
        throw new ReboundError(
          'invalid_input',
          `${path}: import reads a backup (.json) or a spreadsheet saved as CSV (.csv).`,
        );
      },
    );
}

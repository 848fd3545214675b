import { isReboundError, ReboundError } from '../errors.js';
import { mapColumns, readSpreadsheetRow, type ColumnMap } from '../spreadsheet-row.js';
import { validate } from '../validate.js';
import { applicationInputSchema } from '../inputs.js';
import type { Application } from '../records.js';
import { addApplication, setOutcome } from './applications.js';
import { addContactToApplication } from './contacts.js';
import type { TrackerContext } from './context.js';

/** A row as the CSV reader gives it: its line in the file and its cells by header. */
export type SpreadsheetRow = { line: number; values: Record<string, string> };

export type SkippedRow = { line: number; reason: string };

export type SpreadsheetImportReport = {
  isDryRun: boolean;
  rowsRead: number;
  columns: ColumnMap;
  ignoredColumns: string[];
  imported: Application[];
  alreadyThere: SkippedRow[];
  skipped: SkippedRow[];
};

const keyOf = (a: { company: string; role: string; appliedOn?: string | null }) =>
  [a.company, a.role, a.appliedOn ?? ''].map((part) => part.trim().toLowerCase()).join('\u0001');

function requireColumns(headers: readonly string[]): { columns: ColumnMap; ignored: string[] } {
  const mapped = mapColumns(headers);
  const missing = [
    mapped.columns.company === undefined ? 'Company' : null,
    mapped.columns.role === undefined ? 'Position (or Role, Title)' : null,
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) {
    throw new ReboundError(
      'invalid_input',
      `The spreadsheet needs a ${missing.join(' and a ')} column. Its columns are: ${headers.join(', ') || '(none)'}.`,
      missing.map((name) => ({ field: name, message: 'Column not found.' })),
    );
  }
  return mapped;
}

/**
 * Adds the spreadsheet's applications. Rows already imported (same company, role and
 * date) are left alone, so running it twice adds nothing; bad rows are reported by line
 * and every good row is kept.
 */
export async function importSpreadsheet(
  ctx: TrackerContext,
  headers: readonly string[],
  rows: readonly SpreadsheetRow[],
  options: { isDryRun: boolean },
): Promise<SpreadsheetImportReport> {
  const { columns, ignored } = requireColumns(headers);
  const existing = await ctx.store.applications.list(ctx.userId, {});
  const seen = new Set(existing.map(keyOf));
  const report: SpreadsheetImportReport = {
    isDryRun: options.isDryRun,
    rowsRead: rows.length,
    columns,
    ignoredColumns: ignored,
    imported: [],
    alreadyThere: [],
    skipped: [],
  };
  for (const row of rows) {
    const reading = readSpreadsheetRow(row.values, columns);
    if (!reading.isValid) {
      report.skipped.push({ line: row.line, reason: reading.reason });
      continue;
    }
    try {
      const valid = validate(applicationInputSchema, reading.application);
      if (seen.has(keyOf(valid))) {
        report.alreadyThere.push({
          line: row.line,
          reason: `${valid.role} at ${valid.company} is already in Rebound.`,
        });
        continue;
      }
      seen.add(keyOf(valid));
      if (options.isDryRun) {
        report.imported.push({
          ...valid,
          id: '',
          userId: ctx.userId,
          outcome: reading.status.outcome,
          fromSource: 'spreadsheet',
          filedAt: null,
          createdAt: '',
          updatedAt: '',
        });
        continue;
      }
      let application = await addApplication(ctx, valid, 'spreadsheet');
      if (reading.status.outcome !== 'open') {
        application = await setOutcome(ctx, application.id, { outcome: reading.status.outcome });
      }
      if (reading.contactName) {
        await addContactToApplication(ctx, application.id, {
          name: reading.contactName,
          company: application.company,
        });
      }
      report.imported.push(application);
    } catch (error) {
      if (!isReboundError(error)) throw error;
      const detail = error.fields.map((f) => f.message).join(' ') || error.message;
      report.skipped.push({ line: row.line, reason: detail });
    }
  }
  return report;
}

import { parse } from 'csv-parse/sync';
import type { SkippedRow, SpreadsheetRow } from '../core/tracker/index.js';

export type SpreadsheetFile = {
  headers: string[];
  rows: SpreadsheetRow[];
  /** Rows that could not be read at all (broken quoting, bad bytes), by line. */
  unreadable: SkippedRow[];
};

const replacementChar = '\uFFFD';

/**
 * Reads a CSV export from a spreadsheet or tracker. A broken row is reported by line and
 * skipped; every other row is kept.
 */
export function readSpreadsheet(bytes: Uint8Array): SpreadsheetFile {
  const text = new TextDecoder('utf-8').decode(bytes);
  const unreadable: SkippedRow[] = [];
  let headers: string[] = [];
  const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
    bom: true,
    columns: (header: string[]) => {
      headers = header.map((h) => h.trim());
      return headers.map((h, i) => h || `column ${i + 1}`);
    },
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) {
        const line = (error as { lines?: number }).lines ?? 0;
        unreadable.push({
          line,
          reason: `This line can't be read as CSV (${error.message.replace(/^Invalid [^:]*: /, '')}). Check its quotes.`,
        });
      }
      return undefined;
    },
  });
  const rows: SpreadsheetRow[] = [];
  for (const { record, info } of records) {
    if (Object.values(record).some((value) => value.includes(replacementChar))) {
      unreadable.push({
        line: info.lines,
        reason:
          'This row has bytes that are not UTF-8 text. Save the spreadsheet as "CSV UTF-8" and import again.',
      });
      continue;
    }
    rows.push({ line: info.lines, values: record });
  }
  return { headers, rows, unreadable };
}

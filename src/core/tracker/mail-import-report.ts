import type { EmailLabel } from '../classify/types.js';
import { isReboundError } from '../errors.js';
import type { TrackerContext } from './context.js';
import { importMessage, type IncomingMail, type MailImportResult } from './mail-import.js';

/** One item a mail reader hands over: a parsed email, or why it could not be read. */
export type MailItem = { source: string } & ({ mail: IncomingMail } | { problem: string });

export type MailImportReport = {
  read: number;
  /** Employer emails by what they are; non-employer mail is counted in `skipped`. */
  employerByLabel: Partial<Record<Exclude<EmailLabel, 'other'>, number>>;
  applicationsCreated: number;
  applicationsUpdated: number;
  needsReview: number;
  alreadyImported: number;
  skipped: number;
  unparsable: { source: string; reason: string }[];
};

export function emptyMailReport(): MailImportReport {
  return {
    read: 0,
    employerByLabel: {},
    applicationsCreated: 0,
    applicationsUpdated: 0,
    needsReview: 0,
    alreadyImported: 0,
    skipped: 0,
    unparsable: [],
  };
}

function count(report: MailImportReport, result: MailImportResult): void {
  if (result.status === 'already_imported') report.alreadyImported++;
  if (result.status === 'skipped') report.skipped++;
  if (result.status === 'needs_review') report.needsReview++;
  if (result.label !== null && result.label !== 'other') {
    report.employerByLabel[result.label] = (report.employerByLabel[result.label] ?? 0) + 1;
  }
  if (result.isApplicationCreated) report.applicationsCreated++;
  if (result.isApplicationUpdated) report.applicationsUpdated++;
}

/**
 * Imports a stream of emails one by one. A message that can't be read or imported is
 * reported in `unparsable` and the import goes on.
 */
export async function importMessages(
  ctx: TrackerContext,
  items: AsyncIterable<MailItem> | Iterable<MailItem>,
  onProgress?: (report: MailImportReport) => void,
): Promise<MailImportReport> {
  const report = emptyMailReport();
  for await (const item of items) {
    report.read++;
    if ('problem' in item) {
      report.unparsable.push({ source: item.source, reason: item.problem });
    } else {
      try {
        count(report, await importMessage(ctx, item.mail));
      } catch (error) {
        if (!isReboundError(error)) throw error;
        report.unparsable.push({ source: item.source, reason: error.message });
      }
    }
    onProgress?.(report);
  }
  return report;
}

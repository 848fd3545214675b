/** An import report as the server sends it (the core's MailImportReport fits it). */
export type MailImportReport = {
  read: number;
  employerByLabel: Partial<Record<string, number>>;
  applicationsCreated: number;
  applicationsUpdated: number;
  needsReview: number;
  alreadyImported: number;
  skipped: number;
  /** The first messages that could not be read, with why. */
  unparsable: { source: string; reason: string }[];
  /** How many could not be read in all, when the server counts more than it lists. */
  unparsableCount?: number;
};

export function emptyReport(): MailImportReport {
  return {
    read: 0,
    employerByLabel: {},
    applicationsCreated: 0,
    applicationsUpdated: 0,
    needsReview: 0,
    alreadyImported: 0,
    skipped: 0,
    unparsable: [],
    unparsableCount: 0,
  };
}

/** How many messages could not be read, whether or not each one is listed. */
export function unreadableCount(report: MailImportReport): number {
  return Math.max(report.unparsableCount ?? 0, report.unparsable.length);
}

/** Two reports as one, for several files imported in one go. */
export function addReports(a: MailImportReport, b: MailImportReport): MailImportReport {
  const employerByLabel = { ...a.employerByLabel };
  for (const [label, n] of Object.entries(b.employerByLabel)) {
    employerByLabel[label] = (employerByLabel[label] ?? 0) + (n ?? 0);
  }
  return {
    read: a.read + b.read,
    employerByLabel,
    applicationsCreated: a.applicationsCreated + b.applicationsCreated,
    applicationsUpdated: a.applicationsUpdated + b.applicationsUpdated,
    needsReview: a.needsReview + b.needsReview,
    alreadyImported: a.alreadyImported + b.alreadyImported,
    skipped: a.skipped + b.skipped,
    unparsable: [...a.unparsable, ...b.unparsable],
    unparsableCount: unreadableCount(a) + unreadableCount(b),
  };
}

import { format, isValid, parse } from 'date-fns';
import type { ApplicationInput } from './inputs.js';
import { parseStatusName, type StatusMeaning } from './stage-names.js';

/** The fields we read from a spreadsheet, and the headers people use for each. */
const headerPatterns = {
  company: /^(company|company name|employer|organi[sz]ation|org)$/,
  role: /^(position|role|title|job title|job|job role|position title)$/,
  appliedOn: /^(date applied|applied|applied on|applied date|application date|date)$/,
  status: /^(status|stage|state|current status|application status)$/,
  postingUrl: /^(link|url|posting|posting url|job link|job url|job posting)$/,
  notes: /^(notes?|comments?)$/,
  contact: /^(contact|contact name|recruiter|hiring manager|contact person)$/,
  location: /^(location|city|place)$/,
  source: /^(source|found on|found via|channel)$/,
} as const;

export type SpreadsheetField = keyof typeof headerPatterns;
export type ColumnMap = Partial<Record<SpreadsheetField, string>>;

function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[_\-:]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Which column holds which field, and which columns we leave alone. */
export function mapColumns(headers: readonly string[]): { columns: ColumnMap; ignored: string[] } {
  const columns: ColumnMap = {};
  const ignored: string[] = [];
  for (const header of headers) {
    const name = normaliseHeader(header);
    const field = (Object.keys(headerPatterns) as SpreadsheetField[]).find(
      (candidate) => columns[candidate] === undefined && headerPatterns[candidate].test(name),
    );
    if (field) columns[field] = header;
    else if (header.trim() !== '') ignored.push(header);
  }
  return { columns, ignored };
}

const dateFormats = [
  'yyyy-MM-dd',
  'yyyy/MM/dd',
  'M/d/yyyy',
  'M/d/yy',
  'd.M.yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
];

/** A spreadsheet date as YYYY-MM-DD, or null when it isn't a real date. */
export function parseSpreadsheetDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const isoPrefix = /^\d{4}-\d{2}-\d{2}(?=[T ])/.exec(text);
  const candidate = isoPrefix ? isoPrefix[0] : text;
  const reference = new Date(2000, 0, 1);
  for (const pattern of dateFormats) {
    const date = parse(candidate, pattern, reference);
    if (isValid(date) && date.getFullYear() >= 1970 && date.getFullYear() <= 2200) {
      return format(date, 'yyyy-MM-dd');
    }
  }
  return null;
}

export type RowReading =
  | {
      isValid: true;
      application: ApplicationInput;
      status: StatusMeaning;
      contactName: string | null;
    }
  | { isValid: false; reason: string };

const cell = (values: Record<string, string>, column: string | undefined): string =>
  column === undefined ? '' : (values[column] ?? '').trim();

/** One spreadsheet row read into an application, or the reason it can't be. */
export function readSpreadsheetRow(values: Record<string, string>, columns: ColumnMap): RowReading {
  const company = cell(values, columns.company);
  const role = cell(values, columns.role);
  if (company === '' && role === '')
    return { isValid: false, reason: 'The row has no company and no role.' };
  if (company === '') return { isValid: false, reason: `The row for "${role}" has no company.` };
  if (role === '') return { isValid: false, reason: `The row for ${company} has no role.` };

  const rawDate = cell(values, columns.appliedOn);
  const appliedOn = rawDate === '' ? null : parseSpreadsheetDate(rawDate);
  if (rawDate !== '' && appliedOn === null) {
    return {
      isValid: false,
      reason: `"${rawDate}" in ${columns.appliedOn ?? 'the date column'} is not a date we can read; write it as YYYY-MM-DD.`,
    };
  }
  const rawStatus = cell(values, columns.status);
  const status =
    rawStatus === ''
      ? { stage: 'applied' as const, outcome: 'open' as const }
      : parseStatusName(rawStatus);
  if (status === null) {
    return {
      isValid: false,
      reason: `"${rawStatus}" in ${columns.status ?? 'the status column'} is not a stage we know; use applied, screen, technical, final, offer, rejected, ghosted or withdrawn.`,
    };
  }
  const optional = (field: SpreadsheetField) => cell(values, columns[field]) || null;
  return {
    isValid: true,
    application: {
      company,
      role,
      appliedOn,
      stage: status.stage,
      postingUrl: optional('postingUrl'),
      notes: optional('notes'),
      location: optional('location'),
      source: optional('source'),
    },
    status,
    contactName: optional('contact'),
  };
}

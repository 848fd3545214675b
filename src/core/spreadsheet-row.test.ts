import { describe, expect, it } from 'vitest';
import { mapColumns, parseSpreadsheetDate, readSpreadsheetRow } from './spreadsheet-row.js';

describe('mapColumns', () => {
  it('maps the headers trackers and spreadsheets use', () => {
    const { columns, ignored } = mapColumns([
      'Company',
      'Job Title',
      'Date Applied',
      'Status',
      'Link',
      'Notes',
      'Recruiter',
      'Salary',
    ]);
    expect(columns).toEqual({
      company: 'Company',
      role: 'Job Title',
      appliedOn: 'Date Applied',
      status: 'Status',
      postingUrl: 'Link',
      notes: 'Notes',
      contact: 'Recruiter',
    });
    expect(ignored).toEqual(['Salary']);
  });

  it('accepts Position, Role and Stage spelled in other cases', () => {
    expect(mapColumns(['company_name', 'POSITION', 'stage']).columns).toEqual({
      company: 'company_name',
      role: 'POSITION',
      status: 'stage',
    });
  });
});

describe('parseSpreadsheetDate', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    ['3/14/2026', '2026-03-14'],
    ['14.3.2026', '2026-03-14'],
    ['Mar 14, 2026', '2026-03-14'],
    ['14 March 2026', '2026-03-14'],
    ['2026-03-14T10:00:00Z', '2026-03-14'],
  ])('reads %j', (raw, expected) => {
    expect(parseSpreadsheetDate(raw)).toBe(expected);
  });

  it.each(['2026-02-30', '13/45/2026', 'next week', 'soon'])(
    'rejects impossible date %j',
    (raw) => {
      expect(parseSpreadsheetDate(raw)).toBeNull();
    },
  );
});

describe('readSpreadsheetRow', () => {
  const { columns } = mapColumns(['Company', 'Position', 'Date Applied', 'Status', 'Contact']);

  it('reads a full row with a rejection status and a contact', () => {
    const reading = readSpreadsheetRow(
      {
        Company: 'Nordlys',
        Position: 'Data Analyst',
        'Date Applied': '2026-01-05',
        Status: 'Rejected after onsite',
        Contact: 'Åsa Lindqvist',
      },
      columns,
    );
    expect(reading).toMatchObject({
      isValid: true,
      application: {
        company: 'Nordlys',
        role: 'Data Analyst',
        appliedOn: '2026-01-05',
        stage: 'final',
      },
      status: { stage: 'final', outcome: 'rejected' },
      contactName: 'Åsa Lindqvist',
    });
  });

  it('names the bad date and the fix', () => {
    const reading = readSpreadsheetRow(
      { Company: 'A', Position: 'B', 'Date Applied': '2026-02-30' },
      columns,
    );
    expect(reading).toEqual({
      isValid: false,
      reason: expect.stringContaining('"2026-02-30"') as unknown,
    });
  });

  it('names an unknown stage and lists the known ones', () => {
    const reading = readSpreadsheetRow({ Company: 'A', Position: 'B', Status: 'banana' }, columns);
    expect(reading.isValid).toBe(false);
    expect(!reading.isValid && reading.reason).toMatch(/"banana".*applied, screen, technical/);
  });

  it('says which of company and role is missing', () => {
    expect(readSpreadsheetRow({ Company: '', Position: 'Dev' }, columns)).toEqual({
      isValid: false,
      reason: 'The row for "Dev" has no company.',
    });
  });
});

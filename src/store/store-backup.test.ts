import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupRecords } from '../core/ports.js';
import * as tracker from '../core/tracker/index.js';
import {
  expectReboundError,
  startTime,
  storeTargets,
  testPostgres,
  useFreshStore,
} from './store-targets.test-helpers.js';

const postgres = testPostgres();
beforeAll(() => postgres.start(), 120_000);
afterAll(() => postgres.stop());

const empty: BackupRecords = {
  applications: [],
  events: [],
  rejections: [],
  contacts: [],
  applicationContacts: [],
};

const headers = ['Company', 'Position', 'Date Applied', 'Status', 'Recruiter', 'Salary'];
const row = (line: number, cells: string[]): tracker.SpreadsheetRow => ({
  line,
  values: Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ''])),
});
const sheet = [
  row(2, ['Acme', 'Backend Engineer', '2026-02-01', 'Phone screen', 'Jane Doe', '90k']),
  row(3, ['', 'Frontend Engineer', '2026-02-02', 'Applied']),
  row(4, ['Globex', 'Data Engineer', '3/4/2026', 'Rejected after onsite']),
  row(5, ['Initech', 'QA', 'someday', 'Applied']),
  row(6, ['Umbrella', 'SRE', '2026-02-03', 'banana']),
  row(7, ['ACME', 'backend engineer', '2026-02-01', 'Technical']),
  row(8, ['Hooli', 'PM', '', '']),
];

describe.each(storeTargets(postgres))('stored data on $name', (target) => {
  const current = useFreshStore(target);

  async function fillStore() {
    const { ctx, clock } = current();
    const acme = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev', notes: 'n' });
    clock.advance();
    const globex = await tracker.addApplication(ctx, { company: 'Globex', role: 'QA' });
    clock.advance();
    await tracker.changeStage(ctx, acme.id, { stage: 'technical' });
    await tracker.logRejection(ctx, acme.id, { text: 'No, sorry.', sender: 'hr@acme.example' });
    clock.advance();
    const jane = await tracker.addContactToApplication(ctx, acme.id, { name: 'Jane' });
    await tracker.linkContact(ctx, globex.id, jane.id);
    clock.advance();
    await tracker.addContact(ctx, { name: 'Unlinked Ulla', email: 'ulla@example.com' });
  }

  describe('stored values', () => {
    it('gives timestamps back as the same ISO strings, to the millisecond', async () => {
      const { ctx } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const written = { ...app, createdAt: '1999-12-31T23:59:59.999Z' };
      await ctx.store.applications.update({ ...written, updatedAt: '2026-03-02T09:00:00.123Z' });
      expect(await ctx.store.applications.get('local', app.id)).toEqual({
        ...written,
        updatedAt: '2026-03-02T09:00:00.123Z',
      });
      await tracker.logRejection(ctx, app.id, {
        text: 'No.',
        receivedAt: '2026-03-14T09:30:00+02:00',
      });
      const [rejection] = await ctx.store.rejections.listForApplication('local', app.id);
      expect(rejection?.receivedAt).toBe('2026-03-14T07:30:00.000Z');
    });

    it('stores pasted text with a NUL character and other unicode without error', async () => {
      const { ctx } = current();
      const app = await tracker.addApplication(ctx, {
        company: 'Zoë & Co',
        role: 'Dev',
        notes: 'line one\u0000line two — 🙏',
      });
      await tracker.logRejection(ctx, app.id, { text: 'Dear\u0000 Ana,\r\nthank you 💙' });
      const detail = await tracker.getApplicationDetail(ctx, app.id);
      expect(detail.application.notes).toBe('line oneline two — 🙏');
      expect(detail.rejections.map((r) => r.rawText)).toEqual(['Dear Ana,\r\nthank you 💙']);
    });
  });

  describe('backup', () => {
    it('exports and imports into a fresh store with every record and id intact', async () => {
      await fillStore();
      const { ctx, clock } = current();
      const exportedAt = clock.advance();
      const backup = await tracker.exportBackup(ctx);
      expect(backup).toMatchObject({ format: 'rebound-backup', version: 1, exportedAt });
      expect(backup.applications.map((a) => a.id)).toEqual(['id-1', 'id-3']);
      expect(backup.contacts.map((c) => c.name)).toEqual(['Jane', 'Unlinked Ulla']);
      expect(backup.events).toHaveLength(6);
      expect(backup.rejections).toHaveLength(1);
      expect(backup.applicationContacts).toHaveLength(2);
      const total = 13;

      const fresh = await target.open();
      try {
        const into = { ...ctx, store: fresh.store };
        expect(await tracker.importBackup(into, JSON.parse(JSON.stringify(backup)))).toEqual({
          read: total,
          imported: total,
          alreadyThere: 0,
        });
        const records: BackupRecords = {
          applications: backup.applications,
          events: backup.events,
          rejections: backup.rejections,
          contacts: backup.contacts,
          applicationContacts: backup.applicationContacts,
        };
        expect(await fresh.store.backup.read('local')).toEqual(records);
        expect(await tracker.importBackup(into, backup)).toEqual({
          read: total,
          imported: 0,
          alreadyThere: total,
        });
        expect(await fresh.store.backup.read('local')).toEqual(records);
        const detail = await tracker.getApplicationDetail(into, 'id-1');
        expect(detail.furthestStage).toBe('technical');
        expect(detail.contacts.map((c) => c.name)).toEqual(['Jane']);
      } finally {
        await fresh.close();
      }
    });

    it('refuses a file that is not a valid backup and writes nothing', async () => {
      await fillStore();
      const { ctx } = current();
      const good = await tracker.exportBackup(ctx);
      const badStage = {
        ...good,
        applications: good.applications.map((a) => ({ ...a, id: `${a.id}-x`, stage: 'hired' })),
      };
      const before = await ctx.store.backup.read('local');
      for (const garbage of [
        null,
        'not json at all',
        {},
        { ...good, format: 'something-else' },
        { ...good, version: 2 },
        { ...good, events: 'none' },
        badStage,
        {
          ...good,
          applications: [],
          events: good.events.map((e) => ({ ...e, id: `${e.id}-x`, applicationId: 'nowhere' })),
        },
        { ...good, exportedAt: 'yesterday' },
        { ...good, events: good.events.map((e) => ({ ...e, id: `${e.id}-y`, at: 'not a date' })) },
        {
          ...good,
          applications: good.applications.map((a) => ({
            ...a,
            id: `${a.id}-z`,
            appliedOn: '2026-02-30',
          })),
        },
      ]) {
        await expectReboundError(tracker.importBackup(ctx, garbage), 'invalid_backup');
      }
      expect(await ctx.store.backup.read('local')).toEqual(before);
    });
  });

  it('imports text with a NUL character instead of failing the whole backup', async () => {
    await fillStore();
    const { ctx } = current();
    const backup = await tracker.exportBackup(ctx);
    const fresh = await target.open();
    try {
      const into = { ...ctx, store: fresh.store };
      const withNul = {
        ...backup,
        applications: backup.applications.map((a) => ({ ...a, notes: 'a\u0000b' })),
      };
      expect((await tracker.importBackup(into, withNul)).imported).toBe(13);
      expect((await fresh.store.applications.get('local', 'id-1'))?.notes).toBe('ab');
    } finally {
      await fresh.close();
    }
  });

  describe('spreadsheet import', () => {
    it('keeps the good rows and reports the bad ones by line', async () => {
      const { ctx } = current();
      const report = await tracker.importSpreadsheet(ctx, headers, sheet, { isDryRun: false });
      expect(report).toMatchObject({ isDryRun: false, rowsRead: 7, ignoredColumns: ['Salary'] });
      expect(report.imported.map((a) => [a.company, a.stage, a.outcome, a.appliedOn])).toEqual([
        ['Acme', 'screen', 'open', '2026-02-01'],
        ['Globex', 'final', 'rejected', '2026-03-04'],
        ['Hooli', 'applied', 'open', null],
      ]);
      expect(report.skipped.map((s) => s.line)).toEqual([3, 5, 6]);
      expect(report.skipped[1]?.reason).toContain('"someday"');
      expect(report.skipped[2]?.reason).toContain('"banana"');
      expect(report.alreadyThere.map((s) => s.line)).toEqual([7]);

      const stored = await tracker.listApplications(ctx);
      expect(stored.map((a) => a.company).sort()).toEqual(['Acme', 'Globex', 'Hooli']);
      expect(stored.every((a) => a.fromSource === 'spreadsheet')).toBe(true);
      expect([...stored].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...report.imported].sort((a, b) => a.id.localeCompare(b.id)),
      );
      const acme = report.imported[0];
      const detail = await tracker.getApplicationDetail(ctx, acme?.id ?? '');
      expect(detail.contacts).toMatchObject([{ name: 'Jane Doe', company: 'Acme' }]);
      expect(detail.application.createdAt).toBe(startTime);
    });

    it('adds nothing when the same sheet is imported again', async () => {
      const { ctx } = current();
      await tracker.importSpreadsheet(ctx, headers, sheet, { isDryRun: false });
      const before = await ctx.store.backup.read('local');
      const again = await tracker.importSpreadsheet(ctx, headers, sheet, { isDryRun: false });
      expect(again.imported).toEqual([]);
      expect(again.alreadyThere.map((s) => s.line)).toEqual([2, 4, 7, 8]);
      expect(again.skipped.map((s) => s.line)).toEqual([3, 5, 6]);
      expect(await ctx.store.backup.read('local')).toEqual(before);
    });

    it('writes nothing on a dry run but reports what it would import', async () => {
      const { ctx } = current();
      const report = await tracker.importSpreadsheet(ctx, headers, sheet, { isDryRun: true });
      expect(report.isDryRun).toBe(true);
      expect(report.imported.map((a) => a.company)).toEqual(['Acme', 'Globex', 'Hooli']);
      expect(report.skipped.map((s) => s.line)).toEqual([3, 5, 6]);
      expect(await ctx.store.backup.read('local')).toEqual(empty);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tracker from '../core/tracker/index.js';
import { describeLearningContract } from './store-contract-learn.test-helpers.js';
import type { ApplicationInput } from '../core/inputs.js';
import type { Application, MailAccount, MailImport, MailMessage } from '../core/records.js';
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

describe.each(storeTargets(postgres))('store contract on $name', (target) => {
  const current = useFreshStore(target);
  describeLearningContract(current);
  const companies = (apps: Application[]) => apps.map((a) => a.company);

  describe('applications', () => {
    it('adds an application and reads back exactly what was written', async () => {
      const { ctx } = current();
      const added = await tracker.addApplication(ctx, {
        company: '  Acme  ',
        role: 'Backend Engineer',
        postingUrl: 'https://acme.example/jobs/1',
        location: 'Berlin',
        appliedOn: '2026-02-27',
        notes: 'Referred by Sam',
        stage: 'screen',
      });
      expect(added).toEqual({
        id: 'id-1',
        userId: 'local',
        company: 'Acme',
        role: 'Backend Engineer',
        postingUrl: 'https://acme.example/jobs/1',
        source: null,
        location: 'Berlin',
        appliedOn: '2026-02-27',
        notes: 'Referred by Sam',
        stage: 'screen',
        outcome: 'open',
        fromSource: 'manual',
        filedAt: null,
        createdAt: startTime,
        updatedAt: startTime,
      });
      expect(await ctx.store.applications.get('local', 'id-1')).toEqual(added);
      const detail = await tracker.getApplicationDetail(ctx, 'id-1');
      expect(detail.timeline.map((e) => [e.id, e.type, e.stage, e.at])).toEqual([
        ['id-2', 'created', 'screen', startTime],
      ]);
    });

    it('updates the given fields and keeps the rest', async () => {
      const { ctx, clock } = current();
      const added = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev', notes: 'a' });
      const later = clock.advance(5);
      await tracker.updateApplication(ctx, added.id, { notes: 'second call booked', source: '' });
      expect(await ctx.store.applications.get('local', added.id)).toEqual({
        ...added,
        notes: 'second call booked',
        source: null,
        updatedAt: later,
      });
    });

    it('deletes only when confirmed, with its events, rejections and contact links', async () => {
      const { ctx } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const keep = await tracker.addApplication(ctx, { company: 'Globex', role: 'Dev' });
      await tracker.logRejection(ctx, app.id, { text: 'We went with someone else.' });
      const contact = await tracker.addContactToApplication(ctx, app.id, { name: 'Jane Doe' });
      await tracker.linkContact(ctx, keep.id, contact.id);
      const before = await ctx.store.backup.read('local');

      const error = await expectReboundError(
        tracker.deleteApplication(ctx, app.id, { isConfirmed: false }),
        'confirmation_required',
      );
      expect(String(error)).toContain('3 timeline entries and 1 logged rejections');
      expect(await ctx.store.backup.read('local')).toEqual(before);

      await tracker.deleteApplication(ctx, app.id, { isConfirmed: true });
      const after = await ctx.store.backup.read('local');
      expect(after.applications.map((a) => a.id)).toEqual([keep.id]);
      expect(after.events.every((e) => e.applicationId === keep.id)).toBe(true);
      expect(after.rejections).toEqual([]);
      expect(after.applicationContacts.map((l) => l.applicationId)).toEqual([keep.id]);
      expect(after.contacts).toEqual([contact]);
      expect(await ctx.store.applications.delete('local', app.id)).toBe(false);
      await expectReboundError(
        tracker.deleteApplication(ctx, app.id, { isConfirmed: true }),
        'not_found',
      );
    });
  });

  describe('listing', () => {
    async function addFour() {
      const { ctx, clock } = current();
      const add = async (input: ApplicationInput) => {
        clock.advance();
        return tracker.addApplication(ctx, input);
      };
      const acme = await add({ company: 'Acme Corp', role: 'Backend Engineer', stage: 'final' });
      await add({ company: 'École Polytechnique', role: 'Researcher', location: 'Paris' });
      await add({ company: 'Globex', role: 'Data_Engineer', notes: 'Pays 100% remote' });
      await add({ company: 'Initech', role: 'QA', location: 'Remote\\EU', stage: 'screen' });
      clock.advance();
      await tracker.logRejection(ctx, acme.id, { text: 'No.' });
    }

    it('filters by stage, outcome and company substring, ignoring case', async () => {
      await addFour();
      const { ctx } = current();
      const list = async (filter: object) => companies(await tracker.listApplications(ctx, filter));
      expect(await list({ stage: 'screen' })).toEqual(['Initech']);
      expect(await list({ outcome: 'rejected' })).toEqual(['Acme Corp']);
      expect(await list({ outcome: 'open', stage: 'final' })).toEqual([]);
      expect(await list({ company: 'acme CORP' })).toEqual(['Acme Corp']);
      expect(await list({ company: 'ÉCOLE' })).toEqual(['École Polytechnique']);
      expect(await list({ company: 'tech' })).toEqual(['Initech', 'École Polytechnique']);
    });

    it('searches company, role, notes and location with q, taking % _ and \\ literally', async () => {
      await addFour();
      const { ctx } = current();
      const q = async (text: string) => companies(await tracker.listApplications(ctx, { q: text }));
      expect(await q('backend')).toEqual(['Acme Corp']);
      expect(await q('PARIS')).toEqual(['École Polytechnique']);
      expect(await q('remote')).toEqual(['Initech', 'Globex']);
      expect(await q('100%')).toEqual(['Globex']);
      expect(await q('%')).toEqual(['Globex']);
      expect(await q('_')).toEqual(['Globex']);
      expect(await q('a_e')).toEqual(['Globex']);
      expect(await q('\\')).toEqual(['Initech']);
      expect(await q('nowhere')).toEqual([]);
    });

    it('lists the most recently updated first', async () => {
      await addFour();
      const { ctx, clock } = current();
      const [, ecole] = await ctx.store.backup.read('local').then((b) => b.applications);
      clock.advance();
      await tracker.updateApplication(ctx, ecole?.id ?? '', { notes: 'Called back' });
      expect(companies(await tracker.listApplications(ctx))).toEqual([
        'École Polytechnique',
        'Acme Corp',
        'Initech',
        'Globex',
      ]);
    });
  });

  describe('stages and rejections', () => {
    it('records a stage change on the timeline, once', async () => {
      const { ctx, clock } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const at = clock.advance();
      await tracker.changeStage(ctx, app.id, { stage: 'technical' });
      await tracker.changeStage(ctx, app.id, { stage: 'technical' });
      const detail = await tracker.getApplicationDetail(ctx, app.id);
      expect(detail.application).toMatchObject({ stage: 'technical', updatedAt: at });
      expect(detail.timeline.map((e) => [e.type, e.stage, e.at])).toEqual([
        ['created', 'applied', startTime],
        ['stage_changed', 'technical', at],
      ]);
    });

    it('keeps the furthest stage when a rejection comes', async () => {
      const { ctx, clock } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      clock.advance();
      await tracker.changeStage(ctx, app.id, { stage: 'final' });
      const at = clock.advance();
      const logged = await tracker.logRejection(ctx, app.id, { text: 'Sadly, no.' });
      expect(logged.rejection).toMatchObject({ stageAtRejection: 'final', receivedAt: at });
      const detail = await tracker.getApplicationDetail(ctx, app.id);
      expect(detail.application).toMatchObject({ stage: 'final', outcome: 'rejected' });
      expect(detail.furthestStage).toBe('final');
      expect(detail.rejections).toEqual([logged.rejection]);
      expect(detail.timeline.map((e) => [e.type, e.stage, e.outcome])).toEqual([
        ['created', 'applied', null],
        ['stage_changed', 'final', null],
        ['rejection_logged', 'final', 'rejected'],
      ]);
    });

    it('records a further stage named by the rejection as reached', async () => {
      const { ctx, clock } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      clock.advance();
      const receivedAt = '2026-03-05T08:15:00.000Z';
      await tracker.logRejection(ctx, app.id, {
        text: 'Thank you for the onsite.',
        stageAtRejection: 'final',
        receivedAt,
        sender: 'jobs@acme.example',
        isReapplyInvited: true,
      });
      const detail = await tracker.getApplicationDetail(ctx, app.id);
      expect(detail.application).toMatchObject({ stage: 'final', outcome: 'rejected' });
      expect(detail.furthestStage).toBe('final');
      expect(detail.rejections[0]).toMatchObject({
        stageAtRejection: 'final',
        receivedAt,
        sender: 'jobs@acme.example',
        isReapplyInvited: true,
      });
      expect(detail.timeline.map((e) => [e.type, e.stage, e.at])).toEqual([
        ['created', 'applied', startTime],
        ['stage_changed', 'final', receivedAt],
        ['rejection_logged', 'final', receivedAt],
      ]);
    });
  });

  describe('contacts', () => {
    it('links a contact once, lists it, and unlinks it', async () => {
      const { ctx, clock } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const zed = await tracker.addContact(ctx, { name: 'Zed Recruiter', email: 'zed@acme.io' });
      const amy = await tracker.addContact(ctx, { name: 'Amy Manager', company: 'Acme' });
      expect(await tracker.listContacts(ctx)).toEqual([amy, zed]);
      clock.advance();
      await tracker.linkContact(ctx, app.id, zed.id);
      await tracker.linkContact(ctx, app.id, zed.id);
      expect(await ctx.store.contacts.listForApplication('local', app.id)).toEqual([zed]);
      clock.advance();
      await tracker.unlinkContact(ctx, app.id, zed.id);
      await tracker.unlinkContact(ctx, app.id, zed.id);
      const detail = await tracker.getApplicationDetail(ctx, app.id);
      expect(detail.contacts).toEqual([]);
      expect(detail.timeline.map((e) => e.description)).toEqual([
        'Application added',
        'Contact added: Zed Recruiter',
        'Contact removed: Zed Recruiter',
      ]);
      expect(await ctx.store.contacts.get('local', zed.id)).toEqual(zed);
    });

    it('deleting a contact removes its links but not the application', async () => {
      const { ctx } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const jane = await tracker.addContactToApplication(ctx, app.id, { name: 'Jane' });
      await expectReboundError(
        tracker.deleteContact(ctx, jane.id, { isConfirmed: false }),
        'confirmation_required',
      );
      expect(await ctx.store.contacts.listForApplication('local', app.id)).toEqual([jane]);
      await tracker.deleteContact(ctx, jane.id, { isConfirmed: true });
      expect(await ctx.store.contacts.listForApplication('local', app.id)).toEqual([]);
      expect(await ctx.store.applications.get('local', app.id)).toEqual(app);
    });
  });

  it('writes nothing from a transaction that throws', async () => {
    const { ctx } = current();
    const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
    const failure = new Error('boom');
    await expect(
      ctx.store.transaction(async (store) => {
        await store.applications.insert({ ...app, id: 'tx-app', company: 'Ghost' });
        await store.events.insert(tracker.makeEvent(ctx, app.id, { type: 'created' }));
        await store.applications.update({ ...app, outcome: 'withdrawn' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await ctx.store.backup.read('local')).toMatchObject({
      applications: [app],
      events: [{ type: 'created', applicationId: app.id }],
    });
  });

  it("keeps each user's records invisible to other users", async () => {
    const { ctx, as, addUser } = current();
    await addUser('other');
    const other = as('other');
    const theirs = await tracker.addApplication(other, { company: 'Secret', role: 'Dev' });
    const contact = await tracker.addContactToApplication(other, theirs.id, { name: 'Spy' });
    const { application: rejected } = await tracker.logRejection(other, theirs.id, { text: 'No' });
    expect(await tracker.listApplications(ctx)).toEqual([]);
    expect(await tracker.listApplications(ctx, { q: 'secret' })).toEqual([]);
    expect(await tracker.listContacts(ctx)).toEqual([]);
    expect(await ctx.store.applications.get('local', theirs.id)).toBeNull();
    expect(await ctx.store.contacts.listForApplication('local', theirs.id)).toEqual([]);
    expect(await ctx.store.events.listForApplication('local', theirs.id)).toEqual([]);
    expect(await ctx.store.rejections.listForApplication('local', theirs.id)).toEqual([]);
    await ctx.store.applications.update({ ...theirs, userId: 'local', company: 'Mine now' });
    expect(await ctx.store.applications.delete('local', theirs.id)).toBe(false);
    expect(await ctx.store.contacts.delete('local', contact.id)).toBe(false);
    await expectReboundError(tracker.changeStage(ctx, theirs.id, { stage: 'offer' }), 'not_found');
    expect(await ctx.store.backup.read('local')).toEqual({
      applications: [],
      events: [],
      rejections: [],
      contacts: [],
      applicationContacts: [],
    });
    expect(await other.store.applications.get('other', theirs.id)).toEqual(rejected);
    expect(await tracker.listContacts(other)).toEqual([contact]);
  });
  describe('mail', () => {
    it('stores an imported email once and lists those waiting for review', async () => {
      const { ctx } = current();
      const mail: tracker.IncomingMail = {
        messageId: '<a1@acme.example>',
        inReplyTo: null,
        references: [],
        date: 'Fri, 27 Jun 2025 18:12:40 +0100',
        subject: 'Backend Engineer at Acme',
        from: 'Ana <ana@acme.example>',
        text: 'Thank you for interviewing with us for the Backend Engineer role. Unfortunately, we have decided to pursue other candidates.',
      };
      const first = await tracker.importMessage(ctx, mail);
      expect(first).toMatchObject({ status: 'applied', isApplicationCreated: true });
      expect(await tracker.importMessage(ctx, mail)).toMatchObject({ status: 'already_imported' });
      const [stored] = await ctx.store.mail.findByMessageIds(ctx.userId, ['a1@acme.example']);
      expect(stored).toMatchObject({
        receivedAt: '2025-06-27T17:12:40.000Z',
        applicationId: first.applicationId,
        label: 'rejection',
      });
      // Names the company of the one application there, but no role: the user decides.
      const review = await tracker.importMessage(ctx, {
        ...mail,
        messageId: '<a2@acme.example>',
        subject: 'Your application at Acme',
        text: 'Thank you for your interest in Acme. After careful consideration, we have decided not to move forward with your application.\n\nAcme',
      });
      expect(review.status).toBe('needs_review');
      const waiting = await ctx.store.mail.listNeedingReview(ctx.userId);
      expect(waiting.map((m) => m.messageId)).toEqual(['a2@acme.example']);
    });
  });

  describe('mail messages and import runs', () => {
    const message = (
      ctx: tracker.TrackerContext,
      n: number,
      overrides: Partial<MailMessage> = {},
    ) =>
      ({
        id: `mail-${n}`,
        userId: ctx.userId,
        messageId: `m${n}@acme.example`,
        applicationId: null,
        receivedAt: `2026-02-0${n}T10:00:00.000Z`,
        subject: `Subject ${n}`,
        sender: 'Ana <ana@acme.example>',
        label: 'other',
        confidence: 0.9,
        stage: null,
        reapplyInvited: null,
        company: null,
        role: null,
        contactName: null,
        bodyText: '',
        bodyHtml: null,
        decision: null,
        status: 'skipped',
        createdAt: startTime,
        ...overrides,
      }) satisfies MailMessage;

    it('inserts many at once, skipping Message-IDs already there, and reads one back by id', async () => {
      const { ctx } = current();
      expect(await ctx.store.mail.insertManyIfNew([message(ctx, 1), message(ctx, 2)])).toBe(2);
      expect(
        await ctx.store.mail.insertManyIfNew([
          message(ctx, 3, { id: 'other-id', messageId: 'm1@acme.example' }),
        ]),
      ).toBe(0);
      expect(await ctx.store.mail.get('local', 'mail-2')).toEqual(message(ctx, 2));
      expect(await ctx.store.mail.get('local', 'missing')).toBeNull();
    });

    it('updates a message with its sanitized HTML and decision, and lists by status and application', async () => {
      const { ctx } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      await ctx.store.mail.insertManyIfNew([
        message(ctx, 1, { status: 'needs_review', label: 'rejection' }),
        message(ctx, 2, { status: 'applied', label: 'rejection', applicationId: app.id }),
        message(ctx, 3),
      ]);
      const decided = {
        ...message(ctx, 1, { status: 'applied', label: 'rejection' }),
        applicationId: app.id,
        bodyHtml: '<p>Thank you</p>',
        decision: { action: 'accept', createdEventIds: ['e1'] },
      } satisfies MailMessage;
      await ctx.store.mail.update(decided);
      expect(await ctx.store.mail.get('local', 'mail-1')).toEqual(decided);
      const ids = (messages: MailMessage[]) => messages.map((m) => m.id);
      expect(ids(await ctx.store.mail.list('local', { applicationId: app.id }))).toEqual([
        'mail-1',
        'mail-2',
      ]);
      expect(ids(await ctx.store.mail.list('local', { status: 'skipped' }))).toEqual(['mail-3']);
      expect(ids(await ctx.store.mail.list('local', {}))).toEqual(['mail-1', 'mail-2', 'mail-3']);
    });

    it('removes only the events and rejections a decision names', async () => {
      const { ctx } = current();
      const app = await tracker.addApplication(ctx, { company: 'Acme', role: 'Dev' });
      const { rejection } = await tracker.logRejection(ctx, app.id, { text: 'No, thank you.' });
      const events = await ctx.store.events.listForApplication('local', app.id);
      const logged = events.filter((e) => e.type === 'rejection_logged').map((e) => e.id);
      await ctx.store.mail.deleteDecisionRecords('local', {
        eventIds: logged,
        rejectionIds: [rejection.id],
      });
      expect(
        (await ctx.store.events.listForApplication('local', app.id)).map((e) => e.type),
      ).toEqual(['created']);
      expect(await ctx.store.rejections.list('local')).toEqual([]);
    });

    it('records an import run, its offset and report, and finds the latest by source', async () => {
      const { ctx, clock } = current();
      const run = {
        id: 'run-1',
        userId: 'local',
        kind: 'mbox',
        sourceKey: '/home/sam/inbox.mbox:1000:1',
        resumeOffset: null,
        report: { read: 0 },
        startedAt: startTime,
        finishedAt: null,
      } satisfies MailImport;
      await ctx.store.mailImports.start(run);
      await ctx.store.mailImports.updateOffset('local', 'run-1', 5_000_000_000, { read: 200 });
      expect(await ctx.store.mailImports.findBySourceKey('local', run.sourceKey)).toEqual({
        ...run,
        resumeOffset: 5_000_000_000,
        report: { read: 200 },
      });
      const later = clock.advance(5);
      await ctx.store.mailImports.finish('local', 'run-1', later, { read: 400 });
      await ctx.store.mailImports.start({
        ...run,
        id: 'run-2',
        sourceKey: 'other',
        startedAt: later,
      });
      expect(await ctx.store.mailImports.findBySourceKey('local', run.sourceKey)).toMatchObject({
        finishedAt: later,
        report: { read: 400 },
      });
      expect(await ctx.store.mailImports.findBySourceKey('local', 'unknown')).toBeNull();
      expect((await ctx.store.mailImports.listRecent('local', 1)).map((r) => r.id)).toEqual([
        'run-2',
      ]);
      expect((await ctx.store.mailImports.listRecent('local', 5)).map((r) => r.id)).toEqual([
        'run-2',
        'run-1',
      ]);
    });
  });

  describe('mail accounts', () => {
    const account = (overrides: Partial<MailAccount> = {}): MailAccount => ({
      id: 'acct-1',
      userId: 'local',
      host: 'imap.example.com',
      port: 993,
      username: 'jo@example.com',
      tls: true,
      folder: 'INBOX',
      passwordCipher: 'v1:c2VhbGVk',
      uidValidity: null,
      lastUid: null,
      createdAt: startTime,
      updatedAt: startTime,
      ...overrides,
    });

    it('stores an account, records how far its folder was read, and deletes it', async () => {
      const { ctx, clock } = current();
      const first = account();
      const second = account({
        id: 'acct-2',
        host: 'imap.other.example',
        createdAt: clock.advance(),
      });
      await ctx.store.mailAccounts.insert(first);
      await ctx.store.mailAccounts.insert(second);
      expect(await ctx.store.mailAccounts.get('local', 'acct-1')).toEqual(first);

      // UIDVALIDITY is kept as text and UIDs above 2^31 survive: both are 32-bit unsigned.
      const synced = {
        uidValidity: '4294967295',
        lastUid: 4_000_000_000,
        updatedAt: clock.advance(),
      };
      await ctx.store.mailAccounts.updateSyncState('local', 'acct-1', synced);
      expect(await ctx.store.mailAccounts.get('local', 'acct-1')).toEqual({ ...first, ...synced });

      const reconnected = { ...first, ...synced, passwordCipher: 'v1:bmV3', folder: 'Jobs' };
      await ctx.store.mailAccounts.update(reconnected);
      expect(await ctx.store.mailAccounts.get('local', 'acct-1')).toEqual(reconnected);
      expect((await ctx.store.mailAccounts.list('local')).map((a) => a.id)).toEqual([
        'acct-1',
        'acct-2',
      ]);

      expect(await ctx.store.mailAccounts.delete('local', 'acct-1')).toBe(true);
      expect(await ctx.store.mailAccounts.delete('local', 'acct-1')).toBe(false);
      expect(await ctx.store.mailAccounts.get('local', 'acct-1')).toBeNull();
      expect(await ctx.store.mailAccounts.list('local')).toEqual([second]);
    });

    it("keeps each user's accounts to themselves", async () => {
      const { ctx, as, addUser } = current();
      await addUser('sam');
      await ctx.store.mailAccounts.insert(account());
      const sam = as('sam');
      expect(await sam.store.mailAccounts.list('sam')).toEqual([]);
      expect(await sam.store.mailAccounts.get('sam', 'acct-1')).toBeNull();
      expect(await sam.store.mailAccounts.delete('sam', 'acct-1')).toBe(false);
      await sam.store.mailAccounts.updateSyncState('sam', 'acct-1', {
        uidValidity: '1',
        lastUid: 9,
        updatedAt: startTime,
      });
      expect(await ctx.store.mailAccounts.get('local', 'acct-1')).toEqual(account());
    });
  });
});

import { connect } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import { walkWithKeyboard } from './keyboard.js';
import {
  buildWeb,
  hasChromium,
  launchBrowser,
  startRebound,
  type RunningRebound,
} from './harness.js';
import { ApplicationPage } from './pages/application-page.js';
import { ImportPage, type EmailFile } from './pages/import-page.js';
import { defaultImapTimeouts } from '../src/mail/imap/imap-connection.js';
import { isDovecotAvailable, startTestDovecot } from '../src/mail/test-dovecot.js';
import { call } from './seed.js';

const pixelHost = 'pixel.tracker.example';
// Every control reached with Tab, each showing where the focus is.
const everyControlReached = { unreached: [], withoutVisibleFocus: [] };

// A rejection whose HTML tries every way an email can run code or call home.
const hostile: EmailFile = {
  name: 'northwind.eml',
  text: [
    'From: Northwind Careers <careers@northwind.example>',
    'To: Sam Rivera <sam@example.com>',
    'Subject: Your application for Junior Data Engineer at Northwind',
    'Date: Tue, 4 Mar 2025 09:30:00 +0000',
    'Message-ID: <hostile-1@northwind.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><head><script>alert(1)</script></head><body>',
    '<p>Dear Sam,</p>',
    '<p>Thank you for applying for the Junior Data Engineer position at Northwind and for the time',
    'you gave us. After careful consideration, we have decided not to move forward with your application.</p>',
    '<img src=x onerror="alert(2)">',
    '<svg onload="alert(4)"><circle r="4"></circle></svg>',
    '<p><a href="javascript:alert(3)">See our other openings</a></p>',
    '<p>We wish you the very best in your search.</p>',
    '<p>The Northwind Talent Team</p>',
    `<img src="http://${pixelHost}/open.gif?id=42" width="1" height="1">`,
    '</body></html>',
  ].join('\r\n'),
};

// Names the company but not the role: with one application there, Rebound asks.
const unsure: EmailFile = {
  name: 'harbourlight.eml',
  text: [
    'From: Priya Natarajan <priya@harbourlight.example>',
    'To: Sam Rivera <sam@example.com>',
    'Subject: An update from Harbourlight',
    'Date: Wed, 5 Mar 2025 11:00:00 +0000',
    'Message-ID: <unsure-1@harbourlight.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Sam,',
    '',
    'Thank you for your time with the team at Harbourlight. After careful consideration, we have',
    'decided to move forward with other candidates.',
    '',
    'Kind regards,',
    'Priya Natarajan',
  ].join('\r\n'),
};

describe.runIf(hasChromium())('the inbox in the browser', { timeout: 120_000 }, () => {
  let server: RunningRebound;
  let browser: Browser;
  let page: Page;
  let harbourlightId: string;
  const dialogs: string[] = [];
  const pixelRequests: string[] = [];

  beforeAll(async () => {
    buildWeb();
    server = await startRebound();
    browser = await launchBrowser();
    page = await browser.newPage();
    // Any dialog at all means some script in an email ran.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url().includes(pixelHost)) pixelRequests.push(request.url());
    });
    const application = await call<{ id: string }>(server, 'POST', 'applications', {
      company: 'Harbourlight',
      role: 'Data Analyst',
      stage: 'screen',
    });
    harbourlightId = application.id;
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('says kindly when nothing waits for review', async () => {
    const inbox = new ImportPage(page, server.url);
    await inbox.openReview();
    await page.getByRole('heading', { name: 'Nothing waiting for you' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
  });

  it('imports .eml files through the page and reports what they did', async () => {
    const inbox = new ImportPage(page, server.url);
    await inbox.open();
    await page.getByText('Nothing imported yet').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await inbox.importFiles([hostile, unsure]);
    await inbox.report().waitFor();
    expect(await inbox.reportCount('Messages read')).toBe(2);
    expect(await inbox.reportCount('Employer emails')).toBe(2);
    expect(await inbox.reportCount('Applications created')).toBe(1);
    expect(await inbox.reportCount('Waiting for your review')).toBe(1);
    await inbox.report().getByText('2 rejections').waitFor();
    await inbox.report().getByRole('link', { name: 'Review it now' }).waitFor();
    const recent = page.getByRole('list', { name: 'Recent imports' }).getByRole('listitem');
    await expect.poll(() => recent.count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
    await page.screenshot({ path: '/tmp/inbox-import-page.png', fullPage: true });
  });

  it('shows the imported rejection on its application without running anything in it', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: /Northwind.*Junior Data Engineer/ }).click();
    const application = new ApplicationPage(page);
    await expect.poll(() => application.heading().textContent()).toContain('Junior Data Engineer');
    await application.rejections().getByText('decided not to move forward').waitFor();

    const emails = page.getByRole('list', { name: 'Emails' });
    await emails.getByText('Your application for Junior Data Engineer at Northwind').click();
    const frame = page.locator('iframe[title^="Original email"]');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
    for (const danger of ['<script', 'onerror', 'onload', 'javascript:', '<svg', pixelHost]) {
      expect(srcdoc).not.toContain(danger);
    }

    const email = page.frameLocator('iframe[title^="Original email"]');
    await email.getByText('decided not to move forward').waitFor();
    await email.getByText('See our other openings').click();
    await page.waitForTimeout(500);
    expect(page.url()).toContain('/applications/');
    await page.screenshot({ path: '/tmp/inbox-application-email.png', fullPage: true });

    await page.getByRole('button', { name: 'Show plain text' }).click();
    await page
      .getByLabel(/Original email, plain text/)
      .getByText('wish you the very best')
      .waitFor();
    expect(dialogs).toEqual([]);
    expect(pixelRequests).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('accepts an uncertain email from the review queue, and Undo puts everything back', async () => {
    const inbox = new ImportPage(page, server.url);
    await inbox.openReview();
    const item = inbox.reviewItem('An update from Harbourlight');
    await item.getByText('Priya Natarajan').first().waitFor();
    await item.getByRole('link', { name: 'Data Analyst at Harbourlight' }).waitFor();
    await item.getByText(/What it went by: .*move forward with other/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await walkWithKeyboard(page)).toMatchObject(everyControlReached);
    await page.screenshot({ path: '/tmp/inbox-review-queue.png', fullPage: true });

    // The application as seen in a second tab, before and after each decision.
    const other = await browser.newPage();
    const detail = new ApplicationPage(other);
    const outcome = () => other.getByText('Outcome', { exact: true }).locator('xpath=..');
    await other.goto(`${server.url}applications/${harbourlightId}`);
    await expect.poll(() => outcome().textContent()).toContain('Open');

    await inbox.accept('An update from Harbourlight');
    await page.getByRole('status').filter({ hasText: 'You can undo this' }).waitFor();
    await other.reload();
    await expect.poll(() => outcome().textContent()).toContain('Rejected');
    await detail.rejections().getByText('move forward with other candidates').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await inbox.undo('An update from Harbourlight');
    await page.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    await item.getByRole('button', { name: /^Accept/ }).waitFor();
    await other.reload();
    await expect.poll(() => outcome().textContent()).toContain('Open');
    await other.getByText('No rejection logged for this application.').waitFor();
    await other.close();
    expect(dialogs).toEqual([]);
  });
});

// The server gives up on a silent IMAP server by itself (defaultImapTimeouts), and the page
// then says why; the browser waits a little longer than that for the answer, success or not.
const imapAnswerMs =
  defaultImapTimeouts.connectionTimeout + defaultImapTimeouts.greetingTimeout + 15_000;
const imapReadMs = defaultImapTimeouts.socketTimeout + 15_000;
const syncRoute = '**/api/mail/accounts/*/sync';

/**
 * Resolves once the IMAP server sends its greeting. Dovecot writes its pid file before its
 * login process is ready to answer, and on a busy machine the first login could wait on it.
 */
async function waitForImapGreeting(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const greeting = await new Promise<string | null>((resolve) => {
      const socket = connect({ host, port });
      socket.setTimeout(2_000);
      socket.once('data', (data) => {
        socket.destroy();
        resolve(String(data));
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve(null);
      });
      socket.once('error', () => {
        resolve(null);
      });
    });
    if (greeting?.startsWith('* OK')) return;
    if (Date.now() > deadline) {
      throw new Error(`The test IMAP server on ${host}:${String(port)} never greeted.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits for `done`, or for the page to report a problem, whichever comes first: a failure
 * shows the page's own message instead of a bare timeout.
 */
async function waitForAnswer(page: Page, done: Locator, timeout: number): Promise<void> {
  const problem = page.getByRole('alert');
  await done.or(problem).first().waitFor({ timeout });
  if (!(await done.isVisible())) {
    throw new Error(`The page reported: ${(await problem.allTextContents()).join(' | ')}`);
  }
}

/** Holds the next sync request until `release` is called, so the progress can be seen. */
async function holdNextSync(page: Page): Promise<{ release: () => Promise<void> }> {
  let open = () => {};
  const isOpen = new Promise<void>((resolve) => {
    open = resolve;
  });
  let passed = () => {};
  const hasPassed = new Promise<void>((resolve) => {
    passed = resolve;
  });
  await page.route(
    syncRoute,
    async (route) => {
      await isOpen;
      await route.continue();
      passed();
    },
    { times: 1 },
  );
  return {
    release: async () => {
      open();
      await hasPassed;
    },
  };
}

describe.runIf(hasChromium() && isDovecotAvailable())(
  'a mailbox in the browser',
  { timeout: 300_000 },
  () => {
    let server: RunningRebound;
    let browser: Browser;
    let page: Page;
    let mailbox: Awaited<ReturnType<typeof startTestDovecot>>;

    beforeAll(async () => {
      buildWeb();
      [server, browser, mailbox] = await Promise.all([
        startRebound(),
        launchBrowser(),
        startTestDovecot(),
      ]);
      await waitForImapGreeting(mailbox.host, mailbox.port, 30_000);
      page = await browser.newPage();
      mailbox.deliver(hostile.text);
    });

    afterAll(async () => {
      await browser.close();
      await server.stop();
      await mailbox.stop();
    });

    it('connects, reads the chosen folder, syncs again and removes the mailbox, never showing the password', async () => {
      const inbox = new ImportPage(page, server.url);
      await inbox.open();
      await page.getByText('No mailbox connected').waitFor();
      await inbox.connectMailbox({
        host: mailbox.host,
        port: mailbox.port,
        user: mailbox.user,
        password: mailbox.password,
      });
      const folder = page.getByLabel('Folder to read');
      // Connecting logs in, then the folders are listed: two trips to the IMAP server.
      await waitForAnswer(
        page,
        page.getByRole('heading', { name: /^Choose a folder/ }),
        imapAnswerMs,
      );
      await waitForAnswer(page, folder, imapAnswerMs);
      await folder.selectOption('INBOX');
      expect(await seriousViolations(page)).toEqual([]);

      const firstRead = await holdNextSync(page);
      await page.getByRole('button', { name: 'Import from this folder' }).click();
      const reading = page.getByRole('progressbar', { name: `Reading INBOX on ${mailbox.host}…` });
      await reading.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/inbox-mailbox-reading.png', fullPage: true });
      await firstRead.release();
      await waitForAnswer(page, inbox.report(), imapReadMs);
      expect(await reading.count()).toBe(0);
      expect(await inbox.reportCount('Messages read')).toBe(1);
      expect(await inbox.reportCount('Applications created')).toBe(1);

      const mailboxes = page.getByRole('list', { name: 'Mailboxes' });
      await mailboxes.getByText(mailbox.user, { exact: true }).waitFor();
      expect(await page.content()).not.toContain(mailbox.password);
      await page.screenshot({ path: '/tmp/inbox-mailbox.png', fullPage: true });

      const secondRead = await holdNextSync(page);
      await mailboxes.getByRole('button', { name: /^Sync now/ }).click();
      await mailboxes.getByRole('progressbar', { name: /^Reading INBOX/ }).waitFor();
      await secondRead.release();
      await waitForAnswer(
        page,
        page.getByRole('status').filter({ hasText: 'Checked INBOX: 0 new messages' }),
        imapReadMs,
      );

      await mailboxes.getByRole('button', { name: /^Remove/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Remove mailbox' }).click();
      await page.getByText('No mailbox connected').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  },
);

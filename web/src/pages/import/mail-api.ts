import type { EmailLabel } from '../../../../src/core/classify/types.js';
import { ApiError, client, unwrap } from '../../api.js';
import { toApiError } from './api-error.js';
import { addReports, emptyReport, type MailImportReport } from './reports.js';

// The inbox's calls to the server, kept beside the pages that use them. Types come from the
// server's routes. Uploads go through XMLHttpRequest: fetch cannot report upload progress.

export type { EmailLabel, MailImportReport };

const mail = client.mail;
const message = mail.messages[':id'];
const accounts = mail.accounts;
const account = accounts[':id'];

export type ReviewAction = Parameters<typeof message.decision.$post>[0]['json'];
export type AccountInput = Parameters<typeof accounts.$post>[0]['json'];
export type MailItem = Awaited<ReturnType<typeof listReview>>[number];
export type MailSummary = Awaited<ReturnType<typeof mailApi.undo>>;
export type MailDetail = Awaited<ReturnType<typeof mailApi.getMail>>;
export type MailImportRun = Awaited<ReturnType<typeof mailApi.listImports>>[number];
export type MailAccount = Awaited<ReturnType<typeof mailApi.addAccount>>;

export type UploadProgress = { loaded: number; total: number };

const unreachable = 'We could not reach Rebound. Check that it is still running, then try again.';

/** Sends one file as the request body, reporting how much of it has gone up. */
function uploadFile(file: File, onProgress: (loaded: number) => void) {
  return new Promise<MailImportReport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const isMbox = /\.mbox$/i.test(file.name);
    const query = new URLSearchParams({ kind: isMbox ? 'mbox' : 'eml', name: file.name });
    xhr.open('POST', `/api/mail/import?${query.toString()}`);
    xhr.responseType = 'json';
    xhr.setRequestHeader('content-type', isMbox ? 'application/mbox' : 'message/rfc822');
    xhr.upload.addEventListener('progress', (event) => {
      onProgress(event.loaded);
    });
    xhr.addEventListener('load', () => {
      const body: unknown = xhr.response;
      // The route's response is validated by its schema; the report is the body itself.
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as MailImportReport);
      else reject(toApiError(xhr.status, body));
    });
    xhr.addEventListener('error', () => {
      reject(new ApiError(0, 'network', unreachable));
    });
    xhr.send(file);
  });
}

/**
 * Imports files one after another and adds their reports up. A file the server refuses is
 * listed with its reason and the others still go in; only a lost connection stops the run.
 */
async function importFiles(files: File[], onProgress: (p: UploadProgress) => void) {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let report = emptyReport();
  for (const file of files) {
    try {
      const one = await uploadFile(file, (loaded) => {
        onProgress({ loaded: done + Math.min(loaded, file.size), total });
      });
      report = addReports(report, one);
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) throw error;
      const reason = error instanceof ApiError ? error.message : String(error);
      report = addReports(report, {
        ...emptyReport(),
        read: 1,
        unparsable: [{ source: file.name, reason }],
      });
    }
    done += file.size;
    onProgress({ loaded: done, total });
  }
  return report;
}

const listReview = () => unwrap(mail.review.$get());

export const mailApi = {
  importFiles,
  listImports: () => unwrap(mail.imports.$get()),
  listReview,
  review: (id: string, json: ReviewAction) =>
    unwrap(message.decision.$post({ param: { id }, json })),
  undo: (id: string) => unwrap(message.undo.$post({ param: { id } })),
  getMail: (id: string) => unwrap(message.$get({ param: { id } })),
  listForApplication: (id: string) =>
    unwrap(client.applications[':id'].mail.$get({ param: { id } })),

  listAccounts: () => unwrap(accounts.$get()),
  addAccount: (json: AccountInput) => unwrap(accounts.$post({ json })),
  listFolders: (id: string) => unwrap(account.folders.$get({ param: { id } })),
  syncAccount: (id: string, folder?: string) =>
    unwrap(account.sync.$post({ param: { id }, json: folder === undefined ? {} : { folder } })),
  removeAccount: (id: string) =>
    unwrap(account.$delete({ param: { id }, query: { confirm: 'true' } })),
};

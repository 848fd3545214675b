import type { EmailLabel } from '../../../../src/core/classify/types.js';
import type {
  MailDetail,
  MailSummary,
  ReviewItem,
} from '../../../../src/core/tracker/mail-messages.js';
import { ApiError, client, unwrap } from '../../api.js';

// The inbox's calls to the server, kept beside the pages that use them. Uploads go through
// XMLHttpRequest because fetch cannot report upload progress.

export type { EmailLabel };

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
export type { MailDetail, MailSummary };
export type MailItem = ReviewItem & {
  /** The classifier's cues, when the server sends them. */
  cues?: string[];
};

const sorry = 'Sorry, something went wrong on our side. Your data is safe; please try again.';
const unreachable = 'We could not reach Rebound. Check that it is still running, then try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The server's one error shape, { error: { code, message, fields } }, as an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message = error && typeof error.message === 'string' ? error.message : sorry;
  const code = error && typeof error.code === 'string' ? error.code : 'internal';
  const fields = Array.isArray(error?.fields)
    ? error.fields.flatMap((item: unknown) =>
        isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
          ? [{ field: item.field, message: item.message }]
          : [],
      )
    : [];
  return new ApiError(status, code, message, fields);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', unreachable);
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, parsed);
  // The server's routes validate what they send; the types here mirror src/core/records.ts.
  return parsed as T;
}

export type UploadProgress = { loaded: number; total: number };

/** Sends files with XMLHttpRequest so the page can show how much has gone up. */
function upload<T>(path: string, form: FormData, onProgress: (p: UploadProgress) => void) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/${path}`);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    });
    xhr.addEventListener('load', () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(toApiError(xhr.status, body));
    });
    xhr.addEventListener('error', () => {
      reject(new ApiError(0, 'network', unreachable));
    });
    xhr.send(form);
  });
}

export type MailImportRun = {
  id: string;
  kind: string;
  report: MailImportReport | null;
  startedAt: string;
  finishedAt: string | null;
};

const accounts = client.mail.accounts;
const account = accounts[':id'];

export type AccountInput = Parameters<typeof accounts.$post>[0]['json'];
export type MailAccount = Awaited<ReturnType<typeof mailApi.addAccount>>;
export type MailFolder = Awaited<ReturnType<typeof mailApi.listFolders>>[number];

export type ReviewAction =
  | { action: 'accept' }
  | { action: 'relabel'; label: EmailLabel; apply: true }
  | { action: 'link'; applicationId: string }
  | { action: 'dismiss' };

export const mailApi = {
  importFiles: (files: File[], onProgress: (p: UploadProgress) => void) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return upload<{ import: MailImportRun; report: MailImportReport }>(
      'mail/imports',
      form,
      onProgress,
    );
  },
  listImports: () => request<MailImportRun[]>('GET', 'mail/imports'),
  listReview: () => request<MailItem[]>('GET', 'mail/review'),
  review: (id: string, action: ReviewAction) =>
    request<MailSummary>('POST', `mail/messages/${encodeURIComponent(id)}/review`, action),
  undo: (id: string) =>
    request<MailSummary>('POST', `mail/messages/${encodeURIComponent(id)}/undo`, {}),
  getMail: (id: string) => request<MailDetail>('GET', `mail/messages/${encodeURIComponent(id)}`),
  listForApplication: (applicationId: string) =>
    request<MailSummary[]>('GET', `applications/${encodeURIComponent(applicationId)}/mail`),

  listAccounts: () => unwrap(accounts.$get()),
  addAccount: (json: AccountInput) => unwrap(accounts.$post({ json })),
  listFolders: (id: string) => unwrap(account.folders.$get({ param: { id } })),
  syncAccount: (id: string, folder?: string) =>
    unwrap(account.sync.$post({ param: { id }, json: folder === undefined ? {} : { folder } })),
  removeAccount: (id: string) =>
    unwrap(account.$delete({ param: { id }, query: { confirm: 'true' } })),
};

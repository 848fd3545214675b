import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { Outcome, Stage } from '../../src/core/stages.js';
import type { AppType } from '../../src/server/app.js';

// The one way the web app talks to the server. Types come from the server's routes, so a
// change there shows up here as a type error, and no server code reaches the bundle.

export type FieldProblem = { field: string; message: string };

/** A request that did not succeed, with the server's message and each field to fix. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(status: number, code: string, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The message for one field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((problem) => problem.field === field)?.message;
  }
}

/** Any thrown value as an ApiError, so pages show one kind of message. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(
    0,
    'internal',
    'Sorry, something went wrong on our side. Your data is safe; please try again.',
  );
}

export const client = hc<AppType>(typeof window === 'undefined' ? '/' : window.location.origin).api;

type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status>
    ? Status extends SuccessStatusCode
      ? Body
      : never
    : never;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

async function readApiError(response: { status: number; json(): Promise<unknown> }) {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const message =
    error && typeof error.message === 'string'
      ? error.message
      : 'Sorry, something went wrong on our side. Your data is safe; please try again.';
  const code = error && typeof error.code === 'string' ? error.code : 'internal';
  return new ApiError(response.status, code, message, readFields(error?.fields));
}

export async function unwrap<R extends ClientResponse<unknown, number>>(
  pending: Promise<R>,
): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await pending;
  } catch {
    throw new ApiError(
      0,
      'network',
      'We could not reach Rebound. Check that it is still running, then try again.',
    );
  }
  if (!response.ok) throw await readApiError(response);
  return (await response.json()) as SuccessBody<R>;
}

/** The spelling dictionaries the browser's reviewer uses, as text. */
export type DictionaryLanguage = 'en-us' | 'en-gb';
export type DictionaryFile = 'index.aff' | 'index.dic';

async function getDictionaryFile(language: DictionaryLanguage, file: DictionaryFile) {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  let response: Response;
  try {
    response = await fetch(new URL(`/api/dictionaries/${language}/${file}`, origin));
  } catch {
    throw new ApiError(0, 'network', 'We could not load the spelling dictionary.');
  }
  if (!response.ok) throw await readApiError(response);
  return response.text();
}

const applications = client.applications;
const byId = applications[':id'];

export type ApplicationFilter = NonNullable<Parameters<typeof applications.$get>[0]>['query'];
export type ApplicationInput = Parameters<typeof applications.$post>[0]['json'];
export type ApplicationPatch = Parameters<typeof byId.$patch>[0]['json'];
export type RejectionInput = Parameters<(typeof byId)['rejections']['$post']>[0]['json'];
export type Application = Awaited<ReturnType<typeof api.getApplication>>['application'];
export type ApplicationDetail = Awaited<ReturnType<typeof api.getApplication>>;
export type TimelineEntry = ApplicationDetail['timeline'][number];
export type Rejection = ApplicationDetail['rejections'][number];
export type Contact = ApplicationDetail['contacts'][number];

const playbook = {
  plan: byId.plan,
  steps: byId.steps,
  feedback: byId.feedback,
  drafts: byId.drafts,
};

export type StepRecordInput = Parameters<typeof playbook.steps.$post>[0]['json'];
export type FeedbackInput = Parameters<typeof playbook.feedback.$post>[0]['json'];
export type DraftOptions = Parameters<typeof playbook.drafts.$post>[0]['json'];
export type SettingsPatch = Parameters<typeof client.settings.$patch>[0]['json'];
export type Plan = Awaited<ReturnType<typeof api.getPlan>>;
export type PlanStep = Plan['steps'][number];
export type TodayItem = Awaited<ReturnType<typeof api.getToday>>[number];
export type Settings = Awaited<ReturnType<typeof api.getSettings>>;
export type Draft = Awaited<ReturnType<typeof api.composeDraft>>;

export const api = {
  listApplications: (query: ApplicationFilter = {}) => unwrap(applications.$get({ query })),
  addApplication: (json: ApplicationInput) => unwrap(applications.$post({ json })),
  getApplication: (id: string) => unwrap(byId.$get({ param: { id } })),
  updateApplication: (id: string, json: ApplicationPatch) =>
    unwrap(byId.$patch({ param: { id }, json })),
  deleteApplication: (id: string) =>
    unwrap(byId.$delete({ param: { id }, query: { confirm: 'true' } })),
  setOutcome: (id: string, outcome: Outcome) =>
    unwrap(byId.outcome.$post({ param: { id }, json: { outcome } })),
  moveToStage: (id: string, stage: Stage) =>
    unwrap(byId.stage.$post({ param: { id }, json: { stage } })),
  logRejection: (id: string, json: RejectionInput) =>
    unwrap(byId.rejections.$post({ param: { id }, json })),
  addContact: (
    id: string,
    json: { name: string; title?: string; email?: string; linkedinUrl?: string },
  ) => unwrap(byId.contacts.$post({ param: { id }, json })),
  unlinkContact: (id: string, contactId: string) =>
    unwrap(byId.contacts[':contactId'].$delete({ param: { id, contactId } })),

  getToday: () => unwrap(client.today.$get({ query: {} })),
  getPlan: (id: string) => unwrap(playbook.plan.$get({ param: { id }, query: {} })),
  recordStep: (id: string, json: StepRecordInput) =>
    unwrap(playbook.steps.$post({ param: { id }, json })),
  logFeedback: (id: string, json: FeedbackInput) =>
    unwrap(playbook.feedback.$post({ param: { id }, json })),
  composeDraft: (id: string, json: DraftOptions) =>
    unwrap(playbook.drafts.$post({ param: { id }, json })),
  getSettings: () => unwrap(client.settings.$get()),
  updateSettings: (json: SettingsPatch) => unwrap(client.settings.$patch({ json })),
  getDictionaryFile,
};

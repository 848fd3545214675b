import type { GoalSuggestion } from '../../../../src/core/goals/suggest.js';
import type { SmartCheck, SmartLetter } from '../../../../src/core/goals/smart.js';
import type { WeekProgress } from '../../../../src/core/goals/weekly.js';
import type { SelfAssessmentInput } from '../../../../src/core/insights/self-assessment.js';
import type { Application, Goal } from '../../../../src/core/records.js';
import type { GoalInput, GoalProgressInput, GoalView } from '../../../../src/core/tracker/goals.js';
import type { CheckinDue, Insights } from '../../../../src/core/tracker/insights.js';
import type { SelfAssessmentView } from '../../../../src/core/tracker/self-assessment.js';
import { ApiError } from '../../api.js';

// The calls behind Insights, goals, the look-back and filing away, kept beside the pages
// that use them. The types are the tracker's own, so a change there shows up here.

export type {
  CheckinDue,
  GoalInput,
  GoalProgressInput,
  GoalSuggestion,
  GoalView,
  Insights,
  SelfAssessmentInput,
  SelfAssessmentView,
  SmartCheck,
  SmartLetter,
  WeekProgress,
};

const sorry = 'Sorry, something went wrong on our side. Your data is safe; please try again.';
const unreachable = 'We could not reach Rebound. Check that it is still running, then try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The server's one error shape, { error: { code, message, fields } }, as an ApiError. */
function toApiError(status: number, body: unknown): ApiError {
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

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/${path}`, {
      method,
      ...(signal ? { signal } : {}),
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch (caught) {
    if (caught instanceof DOMException && caught.name === 'AbortError') throw caught;
    throw new ApiError(0, 'network', unreachable);
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, parsed);
  // The routes validate what they send; the types mirror src/core/tracker.
  return parsed as T;
}

const id = encodeURIComponent;

export const insightsApi = {
  getInsights: () => request<Insights>('GET', 'insights'),

  listGoals: () => request<GoalView[]>('GET', 'goals'),
  suggestGoals: () => request<GoalSuggestion[]>('GET', 'goals/suggestions'),
  checkGoal: (text: string, deadline: string | null, signal?: AbortSignal) =>
    request<SmartCheck>('POST', 'goals/check', { text, deadline }, signal),
  addGoal: (input: GoalInput) => request<GoalView>('POST', 'goals', input),
  logProgress: (goalId: string, input: GoalProgressInput) =>
    request<GoalView>('POST', `goals/${id(goalId)}/entries`, input),
  completeGoal: (goalId: string) => request<GoalView>('POST', `goals/${id(goalId)}/complete`, {}),
  deleteGoal: (goalId: string) => request<Goal>('DELETE', `goals/${id(goalId)}?confirm=true`),

  getSelfAssessment: (rejectionId: string) =>
    request<SelfAssessmentView>('GET', `rejections/${id(rejectionId)}/self-assessment`),
  saveSelfAssessment: (rejectionId: string, answers: SelfAssessmentInput, isConfirmed = false) =>
    request<SelfAssessmentView>('PUT', `rejections/${id(rejectionId)}/self-assessment`, {
      answers,
      isConfirmed,
    }),

  fileAway: (applicationId: string) =>
    request<Application>('POST', `applications/${id(applicationId)}/file`, {}),
  bringBack: (applicationId: string) =>
    request<Application>('POST', `applications/${id(applicationId)}/unfile`, {}),
};

import { diagnoseFunnel, type Diagnosis } from '../insights/diagnose.js';
import { buildFunnel, type Funnel } from '../insights/funnel.js';
import { readPaths, type ApplicationHistory, type ApplicationPath } from '../insights/paths.js';
import { hintsFromAssessment, type AssessmentHint } from '../insights/self-assessment.js';
import { countFeedbackThemes, type FeedbackThemes } from '../insights/themes-over-time.js';
import type { PlaybookSettings } from '../playbook/settings.js';
import type { Application, ApplicationEvent, Rejection, SelfAssessment } from '../records.js';
import type { FeedbackTheme } from '../themes/index.js';
import type { TrackerContext } from './context.js';
import { getSettings } from './playbook.js';

/** Everything the insights, the goal checker and the suggestions read, loaded once. */
export type Learning = {
  now: Date;
  settings: PlaybookSettings;
  applications: Application[];
  events: ApplicationEvent[];
  rejections: Rejection[];
  assessments: SelfAssessment[];
  paths: ApplicationPath[];
  funnel: Funnel;
  diagnosis: Diagnosis;
  themes: FeedbackThemes;
  hints: AssessmentHint[];
};

function histories(
  applications: readonly Application[],
  events: readonly ApplicationEvent[],
): ApplicationHistory[] {
  const byApplication = new Map<string, ApplicationEvent[]>();
  for (const event of events) {
    const list = byApplication.get(event.applicationId);
    if (list) list.push(event);
    else byApplication.set(event.applicationId, [event]);
  }
  return applications.map((application) => ({
    application,
    events: byApplication.get(application.id) ?? [],
  }));
}

/** Reads the user's applications (filed ones too: they are part of the search) and learns from them. */
export async function loadLearning(ctx: TrackerContext, now = ctx.now()): Promise<Learning> {
  const [settings, applications, events, rejections, assessments] = await Promise.all([
    getSettings(ctx),
    ctx.store.applications.list(ctx.userId, {}),
    ctx.store.events.listForUser(ctx.userId),
    ctx.store.rejections.list(ctx.userId),
    ctx.store.selfAssessments.list(ctx.userId),
  ]);
  const paths = readPaths(histories(applications, events), { now });
  const funnel = buildFunnel(paths);
  return {
    now,
    settings,
    applications,
    events,
    rejections,
    assessments,
    paths,
    funnel,
    diagnosis: diagnoseFunnel(paths, { now, funnel }),
    themes: countFeedbackThemes(events, rejections),
    hints: assessments.flatMap((a) => hintsFromAssessment(a.answers)),
  };
}

/** The themes a goal can be relevant to: from feedback and from the self-assessments. */
export function relevantThemes(learning: Learning): FeedbackTheme[] {
  return [
    ...new Set([
      ...learning.themes.totals.map((t) => t.theme),
      ...learning.hints.map((h) => h.theme),
    ]),
  ].filter((theme) => theme !== 'other');
}

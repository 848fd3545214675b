import { z } from '@hono/zod-openapi';
import { smartLetters } from '../../core/goals/smart.js';
import { stepStatuses } from '../../core/playbook/steps.js';
import { feedbackThemes } from '../../core/themes/index.js';
import { outcomes, stages } from '../../core/stages.js';

// Response shapes of the insights, goals and self-assessment routes, for the OpenAPI
// document and the typed client. Request shapes are the core's own schemas.

const stage = z.enum(stages);
const theme = z.enum(feedbackThemes);

export const filedApplicationSchema = z
  .object({
    id: z.string(),
    company: z.string(),
    role: z.string(),
    stage,
    outcome: z.enum(outcomes),
    filedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .loose()
  .openapi('FiledApplication');

const rateSchema = z.object({
  successes: z.number(),
  trials: z.number(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
});

const conversionSchema = z.object({
  from: stage,
  to: stage,
  reached: z.number(),
  advanced: z.number(),
  waiting: z.number(),
  estimate: rateSchema,
});

export const funnelSchema = z
  .object({
    applications: z.number(),
    stages: z.array(z.object({ stage, reached: z.number() })),
    conversions: z.array(conversionSchema),
    responseTime: z.object({
      measured: z.number(),
      medianDays: z.number().nullable(),
      p75Days: z.number().nullable(),
    }),
    ghosting: z.object({ count: z.number(), share: z.number().nullable() }),
  })
  .openapi('Funnel');

const remedySchema = z.object({
  stage,
  focus: z.enum(['resume', 'phone-screen', 'technical', 'final-round']),
  title: z.string(),
  headline: z.string(),
  actions: z.array(z.string()),
  themes: z.array(theme),
});

export const diagnosisSchema = z
  .object({
    verdict: z.enum(['too-early', 'bottleneck', 'no-bottleneck']),
    applications: z.number(),
    headline: z.string(),
    bottleneck: z
      .object({
        from: stage,
        to: stage,
        certainty: z.enum(['clear', 'likely']),
        probabilityBelow: z.number(),
        remedy: remedySchema,
      })
      .nullable(),
    steps: z.array(
      conversionSchema.extend({
        reference: z.number(),
        probabilityBelow: z.number().nullable(),
        verdict: z.enum(['below', 'typical', 'above', 'not-enough-data']),
        summary: z.string(),
      }),
    ),
    periods: z.object({
      days: z.number(),
      recent: z.object({ from: z.string(), to: z.string(), applications: z.number() }),
      previous: z.object({ from: z.string(), to: z.string(), applications: z.number() }),
      steps: z.array(
        z.object({
          from: stage,
          to: stage,
          recent: conversionSchema,
          previous: conversionSchema,
          probabilityBetter: z.number().nullable(),
          trend: z.enum(['better', 'worse', 'similar', 'not-enough-data']),
        }),
      ),
    }),
    coach: z.object({ lateRejections: z.number(), message: z.string() }).nullable(),
    notes: z.array(z.string()),
  })
  .openapi('Diagnosis');

export const smartCheckSchema = z
  .object({
    text: z.string(),
    letters: z.array(
      z.object({
        letter: z.enum(smartLetters),
        name: z.string(),
        isMet: z.boolean(),
        why: z.string(),
      }),
    ),
    met: z.array(z.enum(smartLetters)),
    missing: z.array(z.enum(smartLetters)),
    target: z.number().nullable(),
    activity: z.string().nullable(),
    deadline: z.string().nullable(),
    period: z.enum(['day', 'week', 'month']).nullable(),
    theme: theme.nullable(),
  })
  .openapi('SmartCheck');

export const goalSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    text: z.string(),
    theme: z.string().nullable(),
    target: z.number().nullable(),
    deadline: z.string().nullable(),
    origin: z.enum(['user', 'suggested']),
    completedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    entries: z.array(
      z.object({
        id: z.string(),
        goalId: z.string(),
        at: z.string(),
        note: z.string().nullable(),
        amount: z.number().nullable(),
      }),
    ),
    progress: z.object({
      done: z.number(),
      target: z.number().nullable(),
      share: z.number().nullable(),
      daysLeft: z.number().nullable(),
      isOverdue: z.boolean(),
    }),
    check: smartCheckSchema,
  })
  .openapi('Goal');

export const goalSuggestionSchema = z
  .object({
    text: z.string(),
    theme: z.string(),
    reason: z.string(),
    source: z.enum(['diagnosis', 'feedback', 'self-assessment']),
    deadline: z.string(),
  })
  .openapi('GoalSuggestion');

export const weeklySchema = z
  .object({
    target: z.number(),
    weekStart: z.string(),
    weekEnd: z.string(),
    count: z.number(),
    isMet: z.boolean(),
    streak: z.number(),
    message: z.string(),
  })
  .openapi('WeeklyTarget');

const chartSpec = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'A Vega-Lite spec with its data inline.' });

export const insightsSchema = z
  .object({
    generatedAt: z.string(),
    headline: z.string(),
    diagnosis: diagnosisSchema,
    funnel: funnelSchema,
    sankey: z.object({
      nodes: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          kind: z.enum(['stage', 'end']),
          value: z.number(),
        }),
      ),
      links: z.array(z.object({ source: z.string(), target: z.string(), value: z.number() })),
    }),
    themes: z.object({
      feedbackCount: z.number(),
      totals: z.array(z.object({ theme, count: z.number() })),
      months: z.array(z.object({ month: z.string(), theme, count: z.number() })),
    }),
    goals: z.array(goalSchema),
    weekly: weeklySchema,
    checkins: z.array(
      z.object({
        applicationId: z.string(),
        company: z.string(),
        role: z.string(),
        contacts: z.array(z.string()),
        status: z.enum(stepStatuses),
        notBefore: z.string().nullable(),
        dueBy: z.string().nullable(),
      }),
    ),
    charts: z.object({ funnel: chartSpec, themes: chartSpec, goals: chartSpec }),
  })
  .openapi('Insights');

const yesNo = z.boolean().nullable();
export const selfAssessmentViewSchema = z
  .object({
    application: filedApplicationSchema,
    rejection: z
      .object({ id: z.string(), receivedAt: z.string(), stageAtRejection: stage })
      .loose(),
    assessment: z
      .object({
        id: z.string(),
        rejectionId: z.string(),
        applicationId: z.string(),
        answers: z.object({
          materials: z.object({
            isTailored: yesNo,
            isTypoChecked: yesNo,
            hasQuantifiedAchievements: yesNo,
          }),
          preparation: z.object({ isCompanyResearched: yesNo, hasAskedQuestions: yesNo }),
          interview: z.object({
            wentWell: z.array(z.string()),
            wentBadly: z.array(z.string()),
            areExamplesStrong: yesNo,
            nerves: z.number().nullable(),
          }),
          skillsMissing: z.array(z.string()),
          roleFit: z.object({
            fit: z.enum(['yes', 'partly', 'no']).nullable(),
            note: z.string().nullable(),
          }),
        }),
        createdAt: z.string(),
        updatedAt: z.string(),
      })
      .nullable(),
    opensAt: z.string(),
    opensAtLocal: z.string(),
    isOpen: z.boolean(),
    hints: z.array(z.object({ theme, reason: z.string(), goal: z.string() })),
  })
  .openapi('SelfAssessment');

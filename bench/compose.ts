import { composeDraft, draftKinds, type ComposerContext } from '../src/core/composer/index.js';
import { computePlan } from '../src/core/playbook/plan.js';
import { defaultPlaybookSettings } from '../src/core/playbook/settings.js';
import type { ApplicationEvent } from '../src/core/records.js';
import { stages } from '../src/core/stages.js';

/** A small seeded generator so every run measures the same inputs. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const names = ['Zoë Brandt', 'Łukasz Nowak', 'Amara Okafor', 'Søren Holm', 'Priya Raman', null];
const companies = ['Kestrel Labs', 'Northwind Analytics', 'Blue Fjord', 'Lumen Health', null];
const roles = ['Platform Engineer', 'Junior Data Analyst', 'Frontend Developer', null];

export function makeContexts(count: number): ComposerContext[] {
  const g = generator(42);
  return Array.from({ length: count }, (_, i) => ({
    recipientName: g.pick(names),
    company: g.pick(companies),
    role: g.pick(roles),
    stage: g.pick(stages),
    detail: g.next() < 0.5 ? 'the pairing session on the billing service' : null,
    wantsFeedback: g.next() < 0.6,
    futureInterest: g.next() < 0.7,
    senderName: 'Alex Moreno',
    email: 'alex@example.com',
    linkedinUrl: g.next() < 0.5 ? 'https://www.linkedin.com/in/alex-moreno' : null,
    tone: g.pick(['warm', 'formal', 'brief'] as const),
    linkedinAccount: g.pick(['free', 'premium'] as const),
    seed: i,
  }));
}

/** The floor: the same number of strings of similar length from one template literal. */
function templateDraft(c: ComposerContext): string {
  return `Hello ${c.recipientName ?? 'there'},\n\nThank you for the update on the ${c.role ?? 'position'} role at ${c.company ?? 'your team'}. I appreciated ${c.detail ?? 'the conversations'} and I'd be glad to stay in touch.\n\nAll the best,\n${c.senderName ?? ''}`;
}

export type ComposeResult = {
  drafts: number;
  composeMs: number;
  templateMs: number;
  plans: number;
  planMs: number;
};

export function benchCompose(count: number): ComposeResult {
  const contexts = makeContexts(count);
  let sink = 0;
  const t0 = performance.now();
  for (const context of contexts) {
    for (const kind of draftKinds) sink += composeDraft(kind, context).chars;
  }
  const composeMs = performance.now() - t0;
  const t1 = performance.now();
  for (const context of contexts) {
    for (let k = 0; k < draftKinds.length; k++) sink += templateDraft(context).length;
  }
  const templateMs = performance.now() - t1;

  const settings = defaultPlaybookSettings('Europe/Berlin');
  const g = generator(7);
  const inputs = contexts.map((_, i) => {
    const received = Date.UTC(2026, 0, 1) + Math.floor(g.next() * 300) * 86_400_000 + i * 1000;
    const events: ApplicationEvent[] =
      g.next() < 0.5
        ? []
        : [
            {
              id: `e${i}`,
              userId: 'local',
              applicationId: 'a',
              type: 'step_done',
              stage: null,
              outcome: null,
              at: new Date(received + 86_400_000).toISOString(),
              detail: 'feedback_ask',
              step: 'reply',
            },
          ];
    return {
      rejection: { receivedAt: new Date(received).toISOString(), stageAtRejection: g.pick(stages) },
      events,
      now: new Date(received + g.next() * 30 * 86_400_000),
    };
  });
  const t2 = performance.now();
  for (const input of inputs) {
    sink += computePlan({
      ...input,
      furthestStage: input.rejection.stageAtRejection,
      settings,
    }).length;
  }
  const planMs = performance.now() - t2;
  if (sink === 0) throw new Error('Nothing was composed.');
  return { drafts: count * draftKinds.length, composeMs, templateMs, plans: count, planMs };
}

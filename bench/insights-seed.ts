import type { BackupRecords } from '../src/core/ports.js';
import type {
  Application,
  ApplicationEvent,
  Goal,
  GoalEntry,
  Rejection,
  UserId,
} from '../src/core/records.js';
import { stages, type Outcome, type Stage } from '../src/core/stages.js';

// A season of applications with a believable funnel: most get no reply or an early no,
// a few reach later rounds, some feedback to find themes in, and a few goals with journals.

const feedback = [
  'You came across as nervous and some answers were hard to follow.',
  'We needed deeper experience with distributed systems than you have today.',
  'Your resume did not show the impact of your work; numbers would help.',
  'Strong technical answers, but we were not convinced you knew why you wanted this team.',
  'The coding exercise had gaps in testing and error handling.',
];

function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayMs = 86_400_000;
const uuid = (kind: number, user: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-${user.toString(16).padStart(4, '0')}-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** How far an application got: roughly 1 in 6 reaches a screen, 1 in 60 an offer. */
function furthestOf(r: number): Stage {
  if (r < 0.83) return 'applied';
  if (r < 0.92) return 'screen';
  if (r < 0.965) return 'technical';
  if (r < 0.985) return 'final';
  return 'offer';
}

function outcomeOf(stage: Stage, r: number, ageDays: number): Outcome {
  if (ageDays < 21 && r < 0.7) return 'open';
  if (stage === 'offer') return r < 0.7 ? 'offer_accepted' : 'offer_declined';
  if (stage === 'applied') return r < 0.55 ? 'ghosted' : 'rejected';
  return r < 0.9 ? 'rejected' : 'withdrawn';
}

/** `count` applications for one user over the last year, with events, rejections and goals. */
export function seasonRecords(
  userIndex: number,
  userId: UserId,
  count: number,
  now: Date,
): BackupRecords {
  const random = generator(1000 + userIndex);
  const applications: Application[] = [];
  const events: ApplicationEvent[] = [];
  const rejections: Rejection[] = [];
  let eventNo = 0;
  for (let i = 0; i < count; i++) {
    const ageDays = Math.floor(random() * 365);
    const applied = new Date(now.getTime() - ageDays * dayMs);
    const id = uuid(1, userIndex, i);
    const furthest = furthestOf(random());
    const outcome = outcomeOf(furthest, random(), ageDays);
    const at = (days: number) =>
      new Date(Math.min(now.getTime(), applied.getTime() + days * dayMs)).toISOString();
    const event = (fields: Partial<ApplicationEvent>, days: number): ApplicationEvent => ({
      id: uuid(2, userIndex, eventNo++),
      userId,
      applicationId: id,
      type: 'created',
      stage: null,
      outcome: null,
      at: at(days),
      detail: null,
      step: null,
      ...fields,
    });
    events.push(event({ type: 'created', stage: 'applied' }, 0));
    const rank = stages.indexOf(furthest);
    for (let s = 1; s <= rank; s++) {
      events.push(event({ type: 'stage_changed', stage: stages[s] ?? 'applied' }, s * 6));
    }
    const end = rank * 6 + 5;
    if (outcome === 'rejected') {
      events.push(event({ type: 'rejection_logged', stage: furthest }, end));
      rejections.push({
        id: uuid(3, userIndex, i),
        userId,
        applicationId: id,
        receivedAt: at(end),
        stageAtRejection: furthest,
        rawText: 'Thank you for your time. We decided to move forward with other candidates.',
        sender: null,
        isReapplyInvited: null,
        createdAt: at(end),
      });
      if (rank >= 1 && random() < 0.3) {
        const text = feedback[Math.floor(random() * feedback.length)] ?? '';
        events.push(event({ type: 'feedback_received', detail: text }, end + 7));
      }
    } else if (outcome !== 'open') {
      events.push(event({ type: 'outcome_changed', outcome }, end));
    }
    applications.push({
      id,
      userId,
      company: `Company ${i % 97}`,
      role: 'Software Engineer',
      postingUrl: null,
      source: null,
      location: null,
      appliedOn: applied.toISOString().slice(0, 10),
      notes: null,
      stage: furthest,
      outcome,
      fromSource: 'backup',
      filedAt: null,
      createdAt: applied.toISOString(),
      updatedAt: at(end),
    });
  }
  const goals: Goal[] = [
    'Do 2 mock interviews by 30 June 2027',
    'Send 3 tailored applications a week',
  ].map((text, g) => ({
    id: uuid(4, userIndex, g),
    userId,
    text,
    theme: null,
    target: g === 0 ? 2 : 3,
    deadline: g === 0 ? '2027-06-30' : null,
    origin: 'user',
    completedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));
  const goalEntries: GoalEntry[] = goals.map((goal, g) => ({
    id: uuid(5, userIndex, g),
    userId,
    goalId: goal.id,
    at: now.toISOString(),
    note: 'Started',
    amount: 1,
  }));
  return {
    applications,
    events,
    rejections,
    contacts: [],
    applicationContacts: [],
    goals,
    goalEntries,
  };
}

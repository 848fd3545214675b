import { call, hourMs, keepNowAwake } from './seed.js';
import type { RunningRebound } from './harness.js';

const dayMs = 24 * hourMs;

const companies = [
  'Northwind Analytics',
  'Brightpath Health',
  'Cobalt Logistics',
  'Fernhill Studio',
  'Juniper Energy',
  'Keel & Co',
  'Lattice Bank',
  'Meridian Labs',
  'Oakridge Retail',
  'Pinecone Media',
];

/** Feedback from screens that stalled, in a recruiter's words (our own). */
const screenFeedback = [
  'Thank you for the call. We felt your answers about past projects were hard to follow and lacked concrete examples.',
  'You came across as a little unsure about why you wanted this role; we were looking for more enthusiasm for our product.',
  'The team enjoyed meeting you, but your communication in the call was not as clear as we needed for a client-facing role.',
];

type Story = {
  /** The furthest stage reached before it ended. */
  furthest: 'applied' | 'screen' | 'technical';
  end: 'rejected' | 'ghosted';
  feedback?: string;
};

/**
 * A season of 30 applications over five months in which replies come but screens stall:
 * 12 of 30 reach a screen, and only 1 of those 12 reaches a technical round.
 */
function season(): Story[] {
  const stories: Story[] = [];
  for (let i = 0; i < 30; i++) {
    if (i < 11) {
      const feedback = i < 3 ? screenFeedback[i] : undefined;
      stories.push({ furthest: 'screen', end: 'rejected', ...(feedback ? { feedback } : {}) });
    } else if (i === 11) stories.push({ furthest: 'technical', end: 'rejected' });
    else if (i < 21) stories.push({ furthest: 'applied', end: 'rejected' });
    else stories.push({ furthest: 'applied', end: 'ghosted' });
  }
  // Interleaved (7 is coprime with 30), so both halves of the season look alike.
  return stories.map((_, i) => stories[(i * 7) % stories.length] as Story);
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

/** Seeds the season through the API; returns the ids, oldest first. */
export async function seedSeason(server: RunningRebound, now = Date.now()): Promise<string[]> {
  await keepNowAwake(server);
  const ids: string[] = [];
  const stories = season();
  for (const [i, story] of stories.entries()) {
    // Spread over ~150 days, the newest a week ago, so every story has settled.
    const sent = now - (7 + Math.round(((stories.length - 1 - i) * 143) / stories.length)) * dayMs;
    const application = await call<{ id: string }>(server, 'POST', 'applications', {
      company: companies[i % companies.length] ?? 'Acme',
      role: i % 2 === 0 ? 'Data Analyst' : 'Junior Data Engineer',
      appliedOn: isoDay(sent),
    });
    ids.push(application.id);
    if (story.furthest !== 'applied') {
      await call(server, 'POST', `applications/${application.id}/stage`, {
        stage: 'screen',
        at: iso(sent + 4 * dayMs),
      });
    }
    if (story.furthest === 'technical') {
      await call(server, 'POST', `applications/${application.id}/stage`, {
        stage: 'technical',
        at: iso(sent + 10 * dayMs),
      });
    }
    if (story.end === 'ghosted') {
      await call(server, 'POST', `applications/${application.id}/outcome`, {
        outcome: 'ghosted',
        at: iso(sent + 40 * dayMs),
      });
      continue;
    }
    await call(server, 'POST', `applications/${application.id}/rejections`, {
      text: `Dear candidate, thank you for your interest in ${companies[i % companies.length] ?? 'us'}. We have decided not to move forward with your application.`,
      receivedAt: iso(sent + (story.furthest === 'applied' ? 3 : 6) * dayMs),
      stageAtRejection: story.furthest,
    });
    if (story.feedback) {
      await call(server, 'POST', `applications/${application.id}/feedback`, {
        text: story.feedback,
      });
    }
  }
  return ids;
}

/** One application sent this week, so the weekly target shows progress. */
export async function seedThisWeek(server: RunningRebound, company: string): Promise<string> {
  const application = await call<{ id: string }>(server, 'POST', 'applications', {
    company,
    role: 'Analytics Engineer',
    appliedOn: isoDay(Date.now()),
  });
  return application.id;
}

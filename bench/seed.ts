import type { BackupRecords } from '../src/core/ports.js';
import type { Application, ApplicationEvent, UserId } from '../src/core/records.js';
import { outcomes, stages } from '../src/core/stages.js';

/** The term the filtered-listing benchmark searches for; about one role in eight has it. */
export const searchTerm = 'platform';

const companies = [
  'Acme Analytics',
  'Brightwave',
  'Cobalt Systems',
  'Driftwood Labs',
  'Evergreen Health',
  'Foxglove Finance',
  'Granite Cloud',
  'Harbor Logistics',
  'Indigo Media',
  'Juniper Robotics',
  'Kestrel Security',
  'Lumen Energy',
  'Meridian Travel',
  'Northstar Retail',
  'Orchid Biotech',
  'Pinecone Games',
];
const roles = [
  'Backend Engineer',
  'Frontend Engineer',
  'Full-stack Developer',
  'Data Engineer',
  'Site Reliability Engineer',
  'Product Designer',
  'Engineering Manager',
  'Platform Engineer',
];
const locations = ['Berlin', 'Lisbon', 'London', 'Remote (EU)', 'Toronto', 'Austin, TX', null];
const sources = ['LinkedIn', 'Company site', 'Referral', 'Recruiter', null];

/** A small seeded generator so every run seeds the same data. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
}

/** A well-formed, repeatable UUID: the kind of record, then its number. */
function uuidOf(kind: number, n: number): string {
  return `0000000${kind}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** `count` applications spread over the last two years, each with its 'created' event. */
export function benchRecords(count: number, userId: UserId, now: Date): BackupRecords {
  const pick = generator(20240601);
  const applications: Application[] = [];
  const events: ApplicationEvent[] = [];
  const span = 2 * 365 * 24 * 3600 * 1000;
  for (let i = 0; i < count; i++) {
    const created = new Date(now.getTime() - span + Math.floor((span * i) / count));
    const updated = new Date(created.getTime() + 3 * 24 * 3600 * 1000);
    const company = pick(companies);
    const role = pick(roles);
    const id = uuidOf(1, i);
    applications.push({
      id,
      userId,
      company,
      role,
      postingUrl: `https://jobs.example.com/${company.toLowerCase().replace(/\W+/g, '-')}/${i}`,
      source: pick(sources),
      location: pick(locations),
      appliedOn: created.toISOString().slice(0, 10),
      notes: `Applied for the ${role} opening at ${company}. Spoke with the hiring team about the stack, on-call and how the team ships. Follow up in two weeks if there is no reply.`,
      stage: pick(stages),
      outcome: pick(outcomes),
      fromSource: 'backup',
      filedAt: null,
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
    });
    events.push({
      id: uuidOf(2, i),
      userId,
      applicationId: id,
      type: 'created',
      stage: 'applied',
      outcome: null,
      at: created.toISOString(),
      detail: null,
      step: null,
    });
  }
  return { applications, events, rejections: [], contacts: [], applicationContacts: [] };
}

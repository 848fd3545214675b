import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

// A made-up but realistic job seeker's mailbox: mostly ordinary mail, with employer emails
// of every kind among it. Every text here was written for Rebound.

const companies = [
  'Ironbark Robotics',
  'Larkspur Analytics',
  'Quillon Health',
  'Marrow & Vine',
  'Tidewater Logistics',
  'Brightfold Studio',
  'Copperleaf Energy',
  'Northwind Payments',
  'Osprey Labs',
  'Juniper Civic Tech',
];
const roles = [
  'Backend Engineer',
  'Data Analyst',
  'Product Designer',
  'Site Reliability Engineer',
  'Technical Writer',
  'Support Lead',
];
const people = [
  'Maren Holt',
  'Dev Okafor',
  'Lucía Ferrer',
  'Tomás Brandt',
  'Aiko Hale',
  'Priya Nair',
];

type Sample = { subject: string; body: string; fromName: string; fromDomain: string };

const employerTemplates: ((c: string, r: string, p: string) => Omit<Sample, 'fromDomain'>)[] = [
  (c, r, p) => ({
    fromName: p,
    subject: `Your application for ${r} at ${c}`,
    body: `Hi Sam,\n\nThank you for interviewing with us for the ${r} role at ${c}. Unfortunately, we have decided to move forward with other candidates whose experience is closer to what the team needs right now.\n\nWe appreciated the time you spent with the panel.\n\nKind regards,\n${p}\n${c}`,
  }),
  (c, r, p) => ({
    fromName: `${c} Recruiting`,
    subject: `${r} at ${c}: update on your application`,
    body: `Dear Sam,\n\nThank you for applying for the ${r} position at ${c}. After careful review, we will not be moving forward with your application at this time. We encourage you to apply again for future openings.\n\nBest wishes,\n${p}\nTalent team, ${c}`,
  }),
  (c, r, p) => ({
    fromName: p,
    subject: `Interview invitation: ${r} at ${c}`,
    body: `Hi Sam,\n\nThanks for applying for the ${r} role at ${c}. We would like to invite you to a 45-minute video interview with the hiring manager. Could you share a few times that work for you next week?\n\nBest,\n${p}`,
  }),
  (c, r) => ({
    fromName: `${c} Careers`,
    subject: `We received your application for ${r}`,
    body: `Hello Sam,\n\nThank you for applying for the ${r} position at ${c}. We have received your application and our team will review it. If your background matches what we need, someone will be in touch.\n\n${c} Careers`,
  }),
  (c, r, p) => ({
    fromName: p,
    subject: `Take-home assessment for ${r}`,
    body: `Hi Sam,\n\nAs the next step for the ${r} role at ${c}, please complete the coding assessment at the link below within five days. It takes about two hours.\n\nGood luck,\n${p}`,
  }),
  (c, r, p) => ({
    fromName: p,
    subject: `Offer: ${r} at ${c}`,
    body: `Dear Sam,\n\nWe are delighted to offer you the position of ${r} at ${c}. Your offer letter with salary and start date is attached. Please let us know your decision by Friday.\n\nWarmly,\n${p}`,
  }),
];

const otherTemplates: ((n: number) => Omit<Sample, 'fromDomain'>)[] = [
  (n) => ({
    fromName: 'Neighbourhood Garden Club',
    subject: `Seed swap this Saturday (issue ${n})`,
    body: `Hello gardeners,\n\nThe seed swap is on at the community hall from ten until noon. Bring labelled envelopes and a friend. Tea and cake as always.\n\nSee you there!`,
  }),
  (n) => ({
    fromName: 'Pat',
    subject: `Re: dinner on Thursday?`,
    body: `Sounds great, I'll bring the salad. Is seven too early? Also, did you ever finish that book I lent you? No rush. (${n})`,
  }),
  (n) => ({
    fromName: 'City Library',
    subject: `Your loan is due soon`,
    body: `Hi Sam,\n\nA friendly reminder that "The Long Way Round" is due back on the 14th. You can renew it online twice. Reference ${n}.\n\nCity Library`,
  }),
  (n) => ({
    fromName: 'Weekly Tech Digest',
    subject: `This week: databases in the browser, #${n}`,
    body: `Top stories this week: embedded databases, faster builds, and a look at terminal user interfaces. Read more on our website.\n\nYou are receiving this because you subscribed. Unsubscribe any time.`,
  }),
];

/** A small seeded random generator, so every run writes the same mailbox. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function toHtml(body: string): string {
  const paragraphs = body
    .split('\n\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`);
  return `<html><body>${paragraphs.join('\n')}<img src="https://track.example/o.gif" width="1" height="1"></body></html>`;
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

export type SampleMboxOptions = {
  count: number;
  seed?: number;
  /** Share of messages from employers (0..1). */
  employerShare?: number;
  /** Every nth message gets an attachment of this many bytes. */
  attachment?: { every: number; bytes: number };
  /** Every nth message gets a long body of about this many bytes. */
  big?: { every: number; bytes: number };
  /** Share of messages without a Message-ID header. */
  withoutMessageIdShare?: number;
};

/** One message of the sample mailbox, as mbox text (with its "From " line). */
export function sampleMessage(n: number, options: SampleMboxOptions, random: () => number): string {
  const isEmployer = random() < (options.employerShare ?? 0.2);
  const company = companies[Math.floor(random() * companies.length)] ?? 'Osprey Labs';
  const role = roles[Math.floor(random() * roles.length)] ?? 'Data Analyst';
  const person = people[Math.floor(random() * people.length)] ?? 'Aiko Hale';
  const template = isEmployer
    ? employerTemplates[Math.floor(random() * employerTemplates.length)]
    : otherTemplates[Math.floor(random() * otherTemplates.length)];
  const made = isEmployer
    ? (template as (typeof employerTemplates)[number])(company, role, person)
    : (template as (typeof otherTemplates)[number])(n);
  const domain = isEmployer ? `${slug(company)}.example` : `mail${n % 50}.example`;
  let body = made.body;
  if (options.big && n % options.big.every === 0) {
    const line = 'This paragraph repeats so the message is long, as a forwarded thread would be.\n';
    body += `\n\n${line.repeat(Math.ceil(options.big.bytes / line.length))}`;
  }
  const date = new Date(Date.UTC(2026, 0, 1) + n * 600_000).toUTCString();
  const hasId = random() >= (options.withoutMessageIdShare ?? 0);
  const headers = [
    `From: ${made.fromName} <${isEmployer ? 'talent' : 'hello'}@${domain}>`,
    'To: Sam Rivera <sam@home.example>',
    `Subject: ${made.subject}`,
    `Date: ${date}`,
    ...(hasId ? [`Message-ID: <m${n}.${options.seed ?? 1}@${domain}>`] : []),
    'MIME-Version: 1.0',
  ];
  const boundary = `b${n}`;
  const alternative = random() < 0.6;
  const hasAttachment = options.attachment !== undefined && n % options.attachment.every === 0;
  const parts: string[] = [];
  if (alternative) {
    parts.push(
      `Content-Type: multipart/alternative; boundary="${boundary}a"\n\n--${boundary}a\nContent-Type: text/plain; charset=utf-8\n\n${body}\n--${boundary}a\nContent-Type: text/html; charset=utf-8\n\n${toHtml(body)}\n--${boundary}a--`,
    );
  } else {
    parts.push(`Content-Type: text/plain; charset=utf-8\n\n${body}`);
  }
  if (hasAttachment && options.attachment) {
    const bytes = Buffer.alloc(options.attachment.bytes, n % 251);
    parts.push(
      `Content-Type: application/pdf; name="cv-${n}.pdf"\nContent-Disposition: attachment; filename="cv-${n}.pdf"\nContent-Transfer-Encoding: base64\n\n${base64Lines(bytes)}`,
    );
  }
  const content =
    parts.length === 1
      ? `${headers.join('\n')}\n${parts[0]}`
      : `${headers.join('\n')}\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n${parts.map((p) => `--${boundary}\n${p}`).join('\n')}\n--${boundary}--`;
  const escaped = content.replace(/^(>*From )/gm, '>$1');
  return `From MAILER-DAEMON ${date}\n${escaped}\n\n`;
}

/** Writes the sample mailbox to `path`; resolves with its size in bytes. */
export async function writeSampleMbox(path: string, options: SampleMboxOptions): Promise<number> {
  const random = seeded(options.seed ?? 1);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let n = 1; n <= options.count; n++) {
    const text = sampleMessage(n, options, random);
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

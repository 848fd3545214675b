import { classifyEmail } from '../classify/classify.js';
import { extractParties, type Parties } from '../classify/extract.js';
import type { MailMessage } from '../records.js';
import { messageKey, type IncomingMail } from './mail-link.js';

// What decides an employer email sits at its top; the rest of a very long body is a thread
// or a newsletter, and reading all of it made one such message cost as much as hundreds.
const classifyWindow = 12_000;

function classifiedPart(mail: IncomingMail) {
  return { subject: mail.subject, from: mail.from, body: mail.text.slice(0, classifyWindow) };
}

/**
 * What the classifier makes of an email, without anything of the store or the clock. A
 * parsing thread works it out beside the import, so mail that is not from an employer (most
 * of a mailbox) need not cross with its body: Rebound stores only its headers.
 */
export type MailReading = Pick<MailMessage, 'label' | 'confidence' | 'stage' | 'reapplyInvited'> & {
  /** messageKey(mail): for mail without a Message-ID it hashes the body. */
  key: string;
};

export function readMail(mail: IncomingMail): MailReading {
  const classified = classifyEmail(classifiedPart(mail));
  return {
    key: messageKey(mail),
    label: classified.label,
    confidence: classified.confidence,
    stage: classified.stage,
    reapplyInvited: classified.reapplyInvited,
  };
}

/** The company, role and contact an employer email names; none for other mail. */
export function partiesOf(mail: IncomingMail, reading: MailReading): Parties {
  return reading.label === 'other'
    ? { company: null, role: null, contactName: null }
    : extractParties(classifiedPart(mail));
}

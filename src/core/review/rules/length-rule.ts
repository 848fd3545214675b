import { linkedinNoteLimits, type DraftKind, type LinkedinAccount } from '../../composer/types.js';
import { wordCount } from '../text-units.js';
import type { Finding } from '../types.js';

const maxEmailWords = 300;

/** Emails stay a few short paragraphs; a LinkedIn note must fit the account's limit. */
export function findLength(
  text: string,
  kind: DraftKind | undefined,
  account: LinkedinAccount,
): Finding[] {
  if (kind === 'linkedin') {
    const limit = linkedinNoteLimits[account];
    const chars = Array.from(text.trim()).length;
    if (chars <= limit) return [];
    const cut = Array.from(text).slice(0, limit).join('').length;
    return [
      {
        rule: 'linkedin-limit',
        category: 'length',
        severity: 'error',
        message: `LinkedIn allows ${limit} characters in a connection note on a ${account} account; this has ${chars}. It will not send as it is.`,
        start: cut,
        end: text.length,
        excerpt: text.slice(cut),
        suggestion:
          'Keep the thanks, one personal line about your conversation, and the wish to stay connected.',
      },
    ];
  }
  const words = wordCount(text);
  if (words <= maxEmailWords) return [];
  return [
    {
      rule: 'email-length',
      category: 'length',
      severity: 'warning',
      message: `This is ${words} words. A few short paragraphs (under about ${maxEmailWords} words) are more likely to be read and remembered.`,
      start: 0,
      end: text.length,
      excerpt: text.slice(0, 80),
      suggestion:
        'Keep the thanks, one specific detail, your wish to stay in touch, and your sign-off.',
    },
  ];
}

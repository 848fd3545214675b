import * as blocks from './blocks/linkedin.js';
import { detailSentence, greetingLine } from './blocks/shared.js';
import { createPick } from './random.js';
import { countChars, paragraph, part, render, say, toDraft, type Paragraph } from './text.js';
import { linkedinNoteLimits, type Draft } from './types.js';
import type { View } from './view.js';

/**
 * Ways to make a note shorter, applied one after another until it fits: first the
 * optional elements go (detail, skills, future interest), then the note gets plainer
 * (first name only, no role, no company, no name).
 */
const shrinkSteps: readonly ((v: View) => View)[] = [
  (v) => ({ ...v, detail: null }),
  (v) => ({ ...v, skills: [] }),
  (v) => ({ ...v, futureInterest: false }),
  (v) => ({ ...v, full: v.first }),
  (v) => ({ ...v, role: null }),
  (v) => ({ ...v, company: null }),
  (v) => ({ ...v, first: null, full: null }),
];

function writeNote(v: View): Paragraph[] {
  const pick = createPick(v.seed);
  const isBrief = v.tone === 'brief';
  const thanks = v.isInterviewed ? blocks.thanksAfterInterview : blocks.thanksAfterApplication;
  return [
    // A note goes to one person: no "Dear hiring team" when the name is unknown.
    paragraph(part('greeting', v.first === null ? 'Hello,' : greetingLine(v, pick))),
    paragraph(
      part('thanks', say(pick, thanks, v)),
      !isBrief && part('detail', detailSentence(v, pick, blocks.detail)),
      !isBrief &&
        v.futureInterest === true &&
        part('future_interest', say(pick, blocks.futureInterest, v)),
      part('connect_offer', say(pick, blocks.connectOffer, v)),
    ),
  ];
}

/** The last resort: a short note we wrote, far below the 200 characters of a free account. */
function fallbackNote(v: View): Paragraph[] {
  const thanks = v.isInterviewed
    ? 'Thank you for your time and for talking with me.'
    : 'Thank you for considering my application.';
  return [
    paragraph(part('thanks', thanks), part('connect_offer', `I'd be glad to stay connected.`)),
  ];
}

/**
 * Once a plainer note fits, the optional elements dropped on the way are tried again, one
 * at a time, in case there is now room for them (a long company name can leave space for
 * the detail).
 */
const restoreSteps: readonly ((v: View, original: View) => View)[] = [
  (v, original) => ({ ...v, detail: original.detail }),
  (v, original) => ({ ...v, futureInterest: original.futureInterest }),
  (v, original) => ({ ...v, skills: original.skills }),
];

const fits = (v: View, limit: number): boolean =>
  countChars(render(writeNote(v), '\n').body) <= limit;

/** A personal connection note that always fits the account's LinkedIn limit. */
export function composeLinkedinNote(view: View): Draft {
  const limit = linkedinNoteLimits[view.account];
  let current = view;
  for (const shrink of [(v: View) => v, ...shrinkSteps]) {
    current = shrink(current);
    if (!fits(current, limit)) continue;
    for (const restore of restoreSteps) {
      const fuller = restore(current, view);
      if (fits(fuller, limit)) current = fuller;
    }
    return toDraft('linkedin', null, render(writeNote(current), '\n'), limit);
  }
  return toDraft('linkedin', null, render(fallbackNote(view), '\n'), limit);
}

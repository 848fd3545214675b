import { isNegated } from '../negation.js';
import { sentencesOf } from '../text-units.js';
import type { Finding } from '../types.js';

// Words of blame and contempt. Disappointment and sadness are not here: saying you are
// disappointed is honest and graceful.
const blameWords =
  /\b(unfair\w*|unprofessional|disrespect\w*|rude\w*|arrogan\w*|dismissive|condescending|patronising|patronizing|insult\w*|ridiculous\w*|absurd|pathetic|shameful|disgrace\w*|appalling|awful|terribl\w*|horribl\w*|dreadful|atrocious|incompeten\w*|clueless|pointless|worthless|wast(e|ed|ing)|chao\w*|disorgani[sz]ed|shambolic|sloppy|careless|lazy|biased|prejudiced|discriminat\w*|rigged|dishonest|misleading|misled|lied|lying|liars?|cheat\w*|scam|farce|circus|nightmare|infuriat\w*|furious|angry|annoy\w*|irritat\w*|outrag\w*|disgust\w*|offensive|offended|betray\w*|ghost(ed|ing)|humiliat\w*|degrading|demeaning|cruel|heartless|callous|unreasonable|unacceptable|inexcusable|baffling|nonsense|bullshit|crap|idiot\w*|ludicrous|laughable|shocking|sham|rubbish|garbage|trash|sucks?|hate[ds]?|joke|amateur\w*|clowns?|shady|toxic|hostile)\b/gi;

// Who the sentence is about: them (blame) or the writer (self-deprecation).
const otherTarget =
  /\b(you|your|yours|they|them|their|the (company|process|team|interviewers?|panel|recruiters?|hr|hiring|decision|feedback|manager|test|task|questions?)|this (process|decision|company|experience|interview)|whoever|everyone there|candidates|applicants|(candidate|interview|hiring|recruitment) experience|(the )?(whole|entire) thing)\b/i;
const selfWords =
  /\b(stupid|useless|failure|worthless|hopeless|idiot|incompetent|pathetic|loser|a fraud|impostor|imposter|inadequate|unemployable|not good enough|not smart enough|a disappointment|a joke)\b/i;
const selfTarget = /\b(i'm|i am|i was|i feel|i'll always be|myself|me)\b/i;

/**
 * Tone sentence by sentence: one contemptuous sentence hides easily inside a polite
 * message, and a whole-message score averages it away.
 */
export function findSentenceTone(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentencesOf(text)) {
    const isAboutThem = otherTarget.test(sentence.text);
    for (const match of sentence.text.matchAll(blameWords)) {
      const at = sentence.start + match.index;
      if (!isAboutThem || isNegated(text, at)) continue;
      findings.push({
        rule: 'sentence-blame',
        category: 'anger_blame',
        severity: 'error',
        message:
          'This sentence judges them or the process. Even one such line is what they will remember.',
        start: sentence.start,
        end: sentence.end,
        excerpt: sentence.text,
        suggestion: 'Leave this sentence out, or say what you appreciated instead.',
      });
      break;
    }
    const self = selfWords.exec(sentence.text);
    if (self && selfTarget.test(sentence.text) && !isNegated(text, sentence.start + self.index)) {
      findings.push({
        rule: 'sentence-self',
        category: 'self_deprecation',
        severity: 'warning',
        message:
          'This sentence puts you down. It is not true to what you offer, and it is what the reader will remember.',
        start: sentence.start,
        end: sentence.end,
        excerpt: sentence.text,
        suggestion:
          'Say what you will work on instead: "I am going to keep practising system design."',
      });
    }
  }
  return findings;
}

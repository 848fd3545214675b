import type { PhraseRule } from './phrase-rule.js';

// A threat rarely names Glassdoor or a lawyer. More often it promises an audience
// ("other candidates would be interested to hear…"), a story ("this will make a good case
// study"), a record ("I have kept copies of our emails") or someone above them.

const audience =
  '(other candidates|candidates|applicants|people|others|followers|readers|subscribers|my network|the community|communities|investors|your (\\w+\\s+){0,3}(team|department|board|ceo|founders?|investors|customers|clients|manager|boss)|journalists|the press|everyone|the public|my contacts|the (\\w+\\s+)?(regulator|authorities|ombudsman|watchdog|ico)|my (union|mp)|they|he|she)';

export const veiledThreatRules: PhraseRule[] = [
  {
    id: 'veiled-threat',
    category: 'threat_public',
    severity: 'error',
    message:
      'This hints that others will hear about how you were treated. Even as a hint it reads as a threat, and it ends the relationship.',
    suggestion:
      'Leave it out of this reply. If something truly went wrong, talk it through with someone you trust first, away from this message.',
    patterns: [
      // I will tell the story: "I'll be sharing my experience of your process".
      /\b(i'll|i will|i'm going to|i am going to|i plan to|i intend to|i'll be|i will be|i'm|i am)\s+(\w+\s+){0,2}(shar\w*|talk\w* about|writ\w* (about|up)|post\w*( about)?|mention\w*|tell\w* (people|others|everyone)( about)?|describ\w*|recount\w*|be honest (with \w+ )?about)\s+(\w+\s+){0,2}(experience|story|treatment|interview|process|what happened|how i was treated|how this (went|was handled))\b/i,
      // An audience that "would be interested to hear" it.
      new RegExp(
        `\\b${audience}('d|\\s+would|\\s+will|'ll|\\s+might|\\s+may)\\s+(\\w+\\s+){0,2}(be\\s+)?(very\\s+|really\\s+|most\\s+|quite\\s+)?(interested|curious|keen|like|love|want|find)\\b[^.!?\\n]{0,25}\\b(to hear|to know|to learn|to read|interesting|about (this|it|how)|in (how|hearing|this|what))\\b`,
        'i',
      ),
      /\bhow i (was|have been|got) treated\b[^.!?\n]{0,60}\b(know|hear|tell|share|honest|post|write)\b|\b(tell|telling|honest with|let \w+ know)\b[^.!?\n]{0,60}\bhow i (was|have been) treated\b/i,
      // A record kept "in case": the shape of a legal threat.
      /\b(kept|keeping|saved|saving|have|retain\w*)\s+(copies|records?|screenshots|a record|evidence|a copy|notes)\s+(of\s+)?(all\s+|every\s+|our\s+|the\s+|your\s+)*(correspondence|emails|messages|conversations|calls|this)\b/i,
      /\b(considering|weighing|exploring|reviewing)\s+(my|all)\s+(options|next steps|position)\b|\b(reserve|reserving)\s+(my|the)\s+right\b|\b(seek\w*|tak\w*|get\w*)\s+(legal|professional)\s+advice\b/i,
      // Going over their heads: "I will be raising this with your CEO".
      /\b(rais\w*|escalat\w*|tak\w*|bring\w*|report\w*|forward\w*)\b[^.!?\n]{0,40}\b(with|to)\s+(your|the)\s+(ceo|founders?|board|managing director|md|chair\w*|investors|regulator|ombudsman|head of \w+|senior leadership|leadership team|hr director)\b/i,
      /\b(will|would|'ll|'d)\s+make\s+(a|an)\s+(good|great|interesting|useful|perfect|excellent)?\s*(case study|story|example|post|thread|article|read|cautionary tale|anecdote)\b/i,
      /\b(deserves?|ought|need)\s+to\s+(hear|know|be told|learn)\s+(about\s+)?(this|how|what|my experience)\b|\b(take|taking)\s+(this|it|the matter|things)\s+(further|higher|elsewhere)\b(?![^.!?\n]{0,15}\b(in|with|into)\s+my\b)/i,
      /\b(my|the)\s+(next\s+)?(blog|post|blog post|article|newsletter|thread|video|podcast|write-?up)\b[^.!?\n]{0,50}\b(interesting reading|for your|will feature|will cover|is going to)\b/i,
      /\bless than (positive|complimentary|kind|flattering|enthusiastic|glowing)\b|\b(won't|will not|can't|cannot|couldn't)\s+(in good conscience\s+)?recommend(ing)?\s+(you|your|the company|this company|working)\b/i,
      /\b(your|the)\s+(process|company|team|firm|interview)\s+(will|is going to|may|might)\s+(feature|appear|be included|be mentioned|get a mention)\b/i,
      /\b(whether|if)\b[^.!?\n]{0,40}\b(even\s+)?(legal|lawful|compliant)\b|\b(illegal|unlawful)\b|\b(honest|full|frank|candid)\s+(account|write-?up|version)\s+of\s+(this|the|your|my experience)\b/i,
      /\b(post|posting|write|writing|share|sharing|publish\w*)\b[^.!?\n]{0,50}\b(yours included|including yours|including your (company|process|team))\b/i,
      /\b(the usual|review|rating|job)\s+(sites|websites|platforms|boards)\b|\bfeedback of my own\b|\b(?<=^|[.!?\n]\s*)just so you know\s*[.!]/im,
      /\b(they'll|they will|everyone will|people will|they're going to)\s+hear\s+about\s+(this|it)\b|\btake\s+(this|it)\s+up\s+with\b/i,
      /\b(don't|do not)\s+be\s+surprised\s+if\b|\bscreenshot(ted|s)?\b/i,
      /\b(know|hear|see|learn)\s+how\s+(you|your (company|team|firm))\s+(operate|treat|work|do business|run things|handle)\b/i,
      /\b(my|our)\s+(union|lawyer|solicitor|attorney|rep|representative|advocate|legal team)\b[^.!?\n]{0,20}\b(will|would|'ll)\s+(be in touch|contact|write|get in touch|call)\b/i,
    ],
    isNegatable: true,
    unless:
      /\b(how\s+(kind\w*|thoughtful\w*|well|smooth\w*|respectful\w*|warm\w*|fair\w*|generous\w*|good|great|welcom\w*|clear\w*)|recommend\w*|great|lovely|(?<!less than )positive|wonderful|brilliant|enjoy\w*|only good)\b/i,
  },
];

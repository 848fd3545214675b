import type { Cue } from './cue.js';
import { defining, medium, strong, weak } from './cue.js';
import type { EmailLabel } from './types.js';

const rule =
  (label: EmailLabel) =>
  (weight: number, source: string, extra: Partial<Cue> = {}): Cue => ({
    label,
    weight,
    pattern: new RegExp(source, 'i'),
    ...extra,
  });
const received = rule('application_received');
const invite = rule('interview_invite');
const test = rule('assessment');
const offer = rule('offer');

// An acknowledgement: the application arrived and will be read. Promises to write back are
// only medium: delay notices and onboarding mail make them too.
const receivedCues: Cue[] = [
  received(
    strong,
    "\\bwe('ve| have)?\\s+(now\\s+|successfully\\s+)?received\\s+(it|this|them|your details)\\b",
  ),
  received(medium, "\\b(will|we'll|shall)\\s+be\\s+in\\s+touch\\b", { isConditional: true }),
  received(
    medium,
    '\\b(passed|forwarded|sent|shared)\\s+(it|your (application|cv|resume|details))\\s+(on\\s+)?(to|with)\\s+(the|our)\\s+(\\w+\\s+)?(manager|team|lead|partner|director)\\b',
  ),
  received(
    medium,
    "\\b(will|we'll|shall)\\s+(contact|get back to|be in touch with|update|reach out to|write to|come back to|give you a ring|let you know)\\s+(you)?\\b",
    { isConditional: true },
  ),
  received(
    strong,
    '\\b(got|received|have|confirm|confirming|acknowledge|acknowledging)\\b((?!withdraw)[^.]){0,30}\\b(your|the)\\s+(application|cv|resume|résumé|reel|portfolio|submission|details)\\b',
    { isConditional: true },
  ),
  received(
    strong,
    '\\b(application|cv|resume|submission|documents)\\b[^.]{0,60}\\b(received|submitted|reached us|arrived|is in|has been logged|landed|is still with)\\b|\\bwe received it\\b',
    { isConditional: true },
  ),
  received(
    strong,
    "\\b(we('ve| have)|has been|have been|was|is)\\s+(successfully\\s+)?(received|submitted)\\b[^.]{0,40}\\b(application|cv|resume|submission)\\b|\\b(received|receipt of|confirm(ing)? receipt of)\\s+(your|the)\\s+(application|cv|resume|submission)",
  ),
  received(
    strong,
    '\\b(application|submission)\\s+(has been|was|is)\\s+(successfully\\s+)?(received|submitted|complete)\\b',
  ),
  received(
    medium,
    "\\b(will|we'll)\\s+(carefully\\s+)?(review|be reviewing|assess|evaluate|screen|read|look at|look over|consider|check|go through)\\s+(your|all|the|it|them)\\b",
  ),
  received(
    medium,
    '\\b(currently\\s+)?(under|in)\\s+review\\b|\\bunder consideration by\\b|\\b(is|remains) (currently |still )?under consideration\\b|\\breview(ing)?\\s+(process|applications)\\b',
  ),
  received(
    medium,
    '\\b(reviewing|review of|considering|assessing)\\s+(your|all|the)\\s+(\\w+\\s+)?(application|applications|candidacy|cv|resume|qualifications)\\b|\\b(is|are)\\s+(currently\\s+|now\\s+)?being\\s+(reviewed|considered|assessed)\\b',
  ),
  received(
    medium,
    "\\b(status of your application|check (the|your) (application )?status|track (your|its|the) (application|status|progress)|(you will|you'll) (be hearing|hear) from us|hear back from us)\\b",
  ),
  received(
    medium,
    '\\bif\\s+(your|you|we)\\b[^.]{0,60}\\b(match|meet|fit|selected|shortlisted|successful|unsuccessful|interested|move forward|progress)\\b',
  ),
  received(
    weak,
    '\\bthank(s| you)\\s+(you\\s+)?for\\s+(applying|your application|submitting|your interest|sending)\\b',
  ),
];

// An invitation: a time, a slot, a link, a schedule. Logistics words alone are medium.
const inviteCues: Cue[] = [
  // An applicant-tracking status set to an interview step, even in quotation marks.
  invite(
    defining,
    '\\bstatus\\b[^.\\n]{0,100}?\\b(updated|changed|moved|set)\\s+to\\s*:?\\s*["“\']?\\s*(interview|phone screen|screening call)\\w*',
    { evenQuoted: true },
  ),
  invite(
    strong,
    '\\b(pick|choose|select|book|suggest|propose|grab)\\s+(a|another|a new|an alternative|new|other|whatever)\\s+(\\w+\\s+)?(time|slot|date|day)s?\\b',
  ),
  invite(
    strong,
    "\\b(move|moving|change|shift|push|postpone|reschedule)\\s+(our|your|the|friday's|monday's|tuesday's|wednesday's|thursday's)\\s+(\\w+\\s+){0,2}(interview|call|meeting|chat|conversation)\\b",
  ),
  invite(
    strong,
    '\\b(shortlisted|selected|invited|chosen)\\s+(you\\s+)?(for\\s+(the\\s+|an?\\s+)?|to\\s+(the|an?|our)\\s+)(\\w+\\s+){0,2}(interview|round|call|assessment cent(re|er)|stage)\\b',
    { isConditional: true },
  ),
  invite(
    strong,
    '\\b(confirm|confirming|confirmation of|confirms)\\s+(your|the)\\s+(\\w+\\s+){0,2}(interview|call|onsite|meeting|appointment|attendance|place)\\b',
  ),
  invite(
    strong,
    '\\b(schedule|agenda|itinerary|calendar invites?|joining (link|instructions)|link for your)\\b[^.]{0,40}\\b(interview|interviews|onsite|call|session|round|day)\\b|\\b(interview|onsite)\\b[^.]{0,30}\\b(schedule|agenda|itinerary)\\b',
  ),
  invite(
    strong,
    '\\b(up for|free for|time for|available for|open to)\\s+(a\\s+)?(quick\\s+|short\\s+|brief\\s+)?(\\d+[- ]?min(ute)?s?\\s+)?(call|chat|conversation|interview|coffee)\\b',
  ),
  invite(
    strong,
    '\\b(invite|inviting|invitation)\\s+(you\\s+)?(to|for)\\s+(an?\\s+|the\\s+|our\\s+)?(\\w+\\s+){0,3}(interview|call|chat|conversation|meeting|onsite|on-site|screen|assessment cent(re|er)|video interview)',
    { isConditional: true },
  ),
  invite(
    strong,
    '\\b(schedule|book|arrange|set up|find|booked)\\s+(a|an|your|the|some)?\\s*(\\w+\\s+){0,2}(time|call|interview|chat|slot|conversation|meeting|phone screen)\\b',
    { isConditional: true },
  ),
  invite(
    strong,
    '\\b(your|the)\\s+(\\w+\\s+){0,2}(interview|call|onsite)\\s+(is|has been)\\s+(confirmed|scheduled|booked|rescheduled|moved)\\b',
  ),
  invite(
    strong,
    "\\b(we|i|team|they)('d|'re|'m| would| are| am| will)?\\s+(really\\s+|very\\s+|so\\s+)?(like|love|want|keen|happy|pleased|delighted)\\s+(you\\s+)?to\\s+(invite|speak|talk|chat|meet|set up|schedule|move you|progress you|advance you)\\b",
    { isConditional: true },
  ),
  invite(
    strong,
    '\\bavailability\\b[^.]{0,60}\\b(phone call|call|interview|chat|conversation)\\b|\\bconnect with you by (phone|video)\\b',
  ),
  invite(
    strong,
    '\\b(come back for|come (in|to our office) to meet|next round is|looking forward to seeing you|(updated|sent|resent|re-sent) (the|a|your) (calendar )?invite|(fancy|would you like to|could you|can you) (come|coming|pop|popping) (in|into|over|by|to)\\b)\\b',
  ),
  invite(
    medium,
    '\\b(availability|available\\s+(times|slots)|time\\s*slots?|calendly|booking link|my calendar|pick a (time|slot)|choose a (time|slot)|the following times|which (time|day) works|which would you prefer|are you (free|available) (on|at|this|next)|three times that work|times that (work|suit))\\b',
  ),
  invite(
    medium,
    '\\b(next|second|final|following)\\s+(round|stage|step)\\b[^.]{0,40}\\b(interview|call|conversation|meet|meeting)\\b',
  ),
  invite(medium, '\\bre-?schedul\\w*\\b'),
  invite(
    medium,
    '\\b(zoom|microsoft teams|teams (link|call|meeting)|google meet|meet\\.google|dial-in|agenda)\\b',
  ),
];

const assessmentCues: Cue[] = [
  test(
    medium,
    '\\b(take[- ]home|coding (challenge|test|exercise|assessment|task)|technical (test|assessment|exercise|task)|online (test|assessment)|skills? (test|assessment)|personality (test|questionnaire|assessment)|work-style questionnaire|psychometric|aptitude|(judgement|judgment|reasoning|numerical|verbal|logical|cognitive|ability) test|case (study|exercise)|work sample|written exercise|design exercise|translation test|test text|hackerrank|codility|testgorilla|codesignal|coderpad|language test)\\b',
  ),
  test(
    strong,
    '\\b(complete|completing|finish|submit|start|take|access|translate|do|answer|attempt|sit|fill (in|out))\\s+(the|this|your|a|an|our)\\s+(\\w+\\s+){0,3}(assessment|test|exercise|task|challenge|questionnaire|assignment|quiz|case study)\\b',
    // Thanks for a test already done is no request to do one.
    {
      isConditional: true,
      unlessAfter:
        /\b(thanks?|thank you|appreciate|grateful)\b[^.!?\n]*$|\b(for|after|following|having)\s+$/i,
    },
  ),
  test(
    strong,
    '\\b(invited you to take|asked you to complete|start (the )?(test|questionnaire))\\b|\\b(not yet|yet to)\\s+(complete|completed|submit|submitted|finish|finished|take|taken)\\s+(the|your)\\s+(\\w+\\s+){0,3}(assessment|test|exercise|task|questionnaire|assignment|quiz)\\b',
  ),
  // "Please prepare a short analysis (max 5 slides)": work to hand in.
  test(
    medium,
    '\\b(prepare|send|submit|upload|email)\\b[^.]{0,30}\\b(deck|slides|presentation|analysis|solution|answers)\\b',
  ),
  test(weak, '\\b(assessment|assignment|exercise|quiz|questionnaire|test)\\b'),
  test(
    weak,
    '\\b(within|in the next)\\s+\\d+\\s+(days|hours)\\b|\\bdeadline\\b|\\bexpires?\\b|\\bclose[sd]? (tomorrow|tonight|today)\\b',
  ),
];

const offerCues: Cue[] = [
  offer(
    strong,
    '\\b(pleased|delighted|happy|excited|thrilled|glad)\\s+to\\s+(offer|extend|make)\\b[^.]{0,40}\\b(offer|position|role|you)\\b',
  ),
  offer(
    strong,
    '\\b(offer\\s+(of\\s+employment|letter)|contract proposal|proposal (of|for) (a|an|the|your) (employment )?contract|formal offer|verbal offer|written offer|job offer|employment contract|offer package|conditional offer)\\b',
  ),
  offer(
    strong,
    '\\b(extend|extending|make|making)\\s+(you\\s+)?(an|a|the)\\s+(\\w+\\s+)?offer\\b(?!\\s+(out\\s+)?to\\s+(a|another|someone|other|an internal)\\b)',
  ),
  offer(
    strong,
    '\\b(revise|revised|improve|improved|updated)\\s+(the\\s+|our\\s+|your\\s+)?offer\\b',
  ),
  offer(
    strong,
    '\\b(like|love|want|wants)\\s+(to\\s+)?(offer you|you to join)\\b|\\brecommended you for appointment\\b',
  ),
  offer(
    medium,
    '\\b(base salary|annual salary|starting salary|compensation|start date|signing bonus|stock options|sign and return|accept the offer|\\d+% bonus)\\b',
  ),
  offer(medium, '\\bcongratulations\\b'),
];

export const replyCues: Cue[] = [...receivedCues, ...inviteCues, ...assessmentCues, ...offerCues];

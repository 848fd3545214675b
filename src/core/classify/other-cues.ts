import type { Cue } from './cue.js';
import { defining, medium, strong } from './cue.js';

const rule = (weight: number, source: string): Cue => ({
  label: 'other',
  weight,
  pattern: new RegExp(source, 'i'),
});

/**
 * "Your application remains open": whatever else an email says, it is no rejection.
 * Used as a veto in classify.ts as well as a cue.
 */
export const stillOpen =
  /\b(application|candidacy|candidature|profile)\s+(is|remains|stays|will remain|will stay|will be kept)\s+(still\s+)?(open|active|valid|live|on file and active)\b|\b(application|candidacy)\s+(isn't|is not)\s+closed\b|\b(keep|kept|keeping)\s+(your|all)\s+(application|applications|candidacy)\s+(open|active|live)\b|\bapplications already received will be kept active\b|\bnothing has changed\b[^.]{0,40}\b(application|candidacy)\b|\bpick things up with you\b/i;

/**
 * "As you requested, your application has been withdrawn": the candidate ended it, so the
 * closing words that follow ("will no longer be considered") are no rejection. A veto too.
 */
export const candidateWithdrew =
  /\b(confirm(ing)? (your|the) withdrawal|request to withdraw|you('ve| have) withdrawn|withdrawn (as|at) (you requested|your request)|as you requested, we have (cancelled|withdrawn))\b/i;

// Other: mail about the search, not a decision on this application. What the whole email is
// (an alert, a digest, an account notice) outweighs a single statement inside it.
export const otherCues: Cue[] = [
  // Job boards, alerts, digests and newsletters.
  rule(
    defining,
    "\\b(job alerts?|your alert|saved search|new jobs|jobs? (for|matching) you|jobs you (may|might)|recommended (jobs|roles)|roles picked for you|similar jobs|job recommendations|weekly (digest|roundup|summary)|newsletter|in this issue|read the full issue|forward this to a friend|you're on this list|you are on this list|blog digest|(employers|companies) are (hiring|looking)|based on your profile|one click|easy apply|viewed your profile|was viewed by|employers\\b[^.]{0,30}\\b(can|will) (now )?(be able to )?(view|see|find|contact) (you|it|your))\\b",
  ),
  // A job board saying it passed the application on: the employer has said nothing yet.
  rule(
    defining,
    '\\b(applications sent|viewed by employers|keep going!|(your )?application (was|has been) sent to|the following items were sent to|sent to the employer)',
  ),
  // A newsletter's own furniture: its issue number, reading it online, its subscription.
  rule(defining, '\\b(issue|edition)\\s*(#|no\\.?\\s*)?\\d+\\b'),
  rule(
    defining,
    '\\b(read (it |this )?online|view (this email )?in (your )?browser|manage (your )?subscription|share (it |this )?with a friend|you subscribed|subscribed at)\\b',
  ),
  // A job board asking the user how an application went: its answers are not a decision.
  rule(
    defining,
    '\\b(did you (hear back|get (the|an?) (job|offer|interview))|how did (it|your application|the interview) go|(tell|let) us (know )?(how|what happened|if you got)|mark (it|this application|your application) as)\\b',
  ),
  // Accounts, passwords, unfinished applications. Acknowledgements often point to the account
  // too, so signing in and privacy lines count less than a password or an unsent application.
  rule(
    defining,
    "\\b(reset your password|password (reset|was changed|has been changed)|verify your (email|account)|confirm your (email|account)|confirm your email address|account (created|activated)|creating a candidate account|created a candidate account|profile is \\d+% complete|complete your (candidate )?profile|started an application|haven't submitted it|finish your application)\\b",
  ),
  rule(strong, '\\b(sign in to your account|data retention|will be deleted)\\b'),
  // Courses and bootcamps selling a way into a job.
  rule(
    defining,
    '\\b(cohort|admissions (advisor|team|office)|bootcamp|tuition|limited seats|early[- ]bird|(career|job search|interview) coach(ing)?|coaching (programme|program|package|session)|mock interviews|cv (rewrite|makeover)|discount code|\\d+% off|enrol(l)?(ment)? (is )?open|free (call|consultation) with an? (admissions|career) advisor)\\b',
  ),
  // Staffing agencies, training-and-placement schemes and contract requirements.
  rule(
    defining,
    '\\b(staffing (and|&) (placement|recruiting)|staffing (firm|agency|company)|placement firm|c2c|c2h|corp[- ]to[- ]corp|w2 (consultant|only|contract)|immediate (opening|need|requirement)|(training|bootcamp) (and|&) placement|after training you will)\\b',
  ),
  rule(
    strong,
    '\\b(view details|view job|actively recruiting|apply now|hiring now|people also viewed|similar roles|(there.s been|there has been) an update to (one of )?your applications?|portal to view the details)\\b',
  ),
  // Out-of-office and automatic replies.
  rule(
    defining,
    '\\b(automatic reply|out of (the )?office|on (holiday|vacation|leave) until|limited access to (email|e-mail))\\b',
  ),
  // Hiring delays, holds and freezes: the application stays open.
  rule(
    strong,
    "\\b(on hold|paused?\\s+(hiring|recruitment|the (role|recruitment|search|process))|(had|have) to pause|hiring freeze|freeze on hiring|frozen (recruitment|hiring)|recruitment (freeze|paused)|put (the|this) (role|position|search|hire) on hold|postponed|running behind|(taking|take|takes|took) (a little |a bit |slightly )?longer|(decision|interviews?|process|start)\\b[^.]{0,60}\\b(is|are|has been|have been|will be) (\\w+ )?(delayed|pushed back)|(will|should|expect to|hope to) have (a|our|the) (final )?decision (for you )?(by|on|within|next|early|later)|delay(ed)? (in|to) (our|the) (hiring|process|decision)|a short delay|timeline (has )?(moved|changed|slipped)|(no|not) (news|update|decision) yet|(haven't|have not) (made (a|any|the|our|a final) decision|decided) yet|not yet heard from us|still (working through|reviewing|interviewing|waiting)|until hiring resumes|as soon as hiring resumes|when (we can restart|the process restarts|the role reopens))\\b",
  ),
  rule(strong, stillOpen.source),
  // The candidate's own withdrawal, an offer accepted, onboarding, references, checks.
  rule(
    defining,
    "\\b(confirm(ing)? (your|the) withdrawal|request to withdraw|withdrawn (as|at) (you requested|your request)|you('ve| have) withdrawn|withdraw from the process|withdraw your application for|withdrawn your application on our side|accepted (another|an) offer (elsewhere)?|(you have|you've) accepted (your|the|our) offer|as requested, we have cancelled|you can no longer attend)\\b",
  ),
  rule(
    strong,
    '\\b(onboarding (form|pack|documents|session|checklist|portal)|complete your onboarding|new starter|your first day|before your first day|signing and returning your contract|welcome to the team|reference (check|form|request)|referees?|background check|pre-employment checks?|referral bonus|referring)\\b',
  ),
  // Events, fairs and surveys.
  rule(
    strong,
    '\\b(how our (interviews?|hiring process|process|hiring) works?|interview guide|read the (full )?guide|wants to connect|invitation to connect|stay connected|webinar|open (day|evening|house)|info(rmation)? session|career(s)? fair|(virtual |in-person )?(hiring|recruiting|career) (event|day)|rsvp|meetup|hackathon|save the date|register (here|using|now)|survey|feedback on your (candidate )?experience|how it went|refer a friend)\\b',
  ),
  // Recruiter outreach and sourcing: the whole email is a pitch, even when it asks for a call.
  rule(
    defining,
    "\\b(came across your (profile|cv|background|work)|your (profile|background|experience|name) (caught|stood out|came up|really stood out|looks)|(i'm|i am) reaching out|reaching out (because|on behalf)|on behalf of (a|my|our) client|(working|work) with an? ([\\w-]+\\s+){0,4}client|(a|my|our) client (in|on|who|is|would)|with our client|been retained|open to new (opportunities|roles)|(would you be|are you) (currently )?(open to|looking|interested in)|any interest(?=\\?)|(i'm|i am) an? ([\\w-]+\\s+){0,2}recruiter|headhunt\\w*|(new|exciting) opportunit(y|ies) (that|which|i)|might be (a great|a good|interested)|i hire \\w+ at|bumping this|put forward(?=\\?)|would like to tell you about|love to tell you about|(i've|i have) (got|a) (a )?(contract|permanent|perm)\\b)",
  ),
  // Blanket notices: not hiring, speculative applications, feedback after an earlier decision.
  rule(
    strong,
    '\\b(not (taking on|hiring) (any )?(new )?(staff|people|anyone)|speculative (email|application|cv)|not hiring (this|next) year|thanks for letting me know about the decision|dear all|to everyone who|not (be )?accepting (new )?applications|(recently|previously|already) (let you know|told you|informed you|wrote to you))\\b',
  ),
  rule(medium, '\\b(profiles? with a photo|tip:|candidates who follow up|happy to share more)\\b'),
];

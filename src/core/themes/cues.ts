import type { FeedbackTheme } from './types.js';

/**
 * What points to each theme. A `sign` is criticism on its own ("rambling", "more senior",
 * "typos"); a `topic` only names the area ("your communication", "the technical test") and
 * counts when the clause around it criticises (see polarity.ts). Patterns are written for
 * how recruiters and interviewers phrase feedback in general, not for one corpus.
 */
export type Cue = {
  theme: Exclude<FeedbackTheme, 'other'>;
  kind: 'sign' | 'topic';
  pattern: RegExp;
};

const w = String.raw`(?:\s+\S+){0,3}?`; // up to three words in between

// Tools, languages and specialist knowledge a role can require by name.
const namedSkills = String.raw`\b(sql|python|java(script)?|typescript|react|node(\.js)?|c\+\+|c#|golang|rust|excel|kubernetes|aws|azure|gcp|figma|photoshop|tableau|power ?bi|salesforce|sap|kafka|docker|linux|networking|security|prototyping|interaction design|machine learning|ml|a\/b testing|accounting|ifrs|gaap|employment law|safeguarding|spanish|french|german|mandarin|polish|arabic|italian|portuguese|dutch|japanese|cantonese|welsh|russian|hindi|urdu|sign language|bsl)\b`;
/** "Hands-on experience with Kubernetes" is both experience and a named skill. */
export const namesASkill = new RegExp(namedSkills, 'i');

const cues: Cue[] = [];
function add(theme: Cue['theme'], kind: Cue['kind'], ...sources: string[]) {
  for (const source of sources) cues.push({ theme, kind, pattern: new RegExp(source, 'i') });
}

add(
  'experience_mismatch',
  'sign',
  String.raw`\b(came|comes|come) down to (\w+ )?experience\b|\b(person|candidate|applicant|people|someone) (we|they) (hired|chose|selected|went with|offered)\b[^.]{0,30}\b(has|had|have|was|brings?)\b|\b(different|another|unrelated|new) (industry|sector|field|background|domain|line of work)\b|\bstill (studying|training|in training|at university|completing)\b|\b(not yet|un)qualified\b|\bpost-qualification\b|\bstretch role\b|\b(stage|point) (of|in) your career\b|\bcareer stage\b`,
  String.raw`\b(more|greater|stronger|deeper|broader|extensive|additional|further|significantly more|a bit more|a little more)${w}\s+(experience|exposure|background|track record|years)\b`,
  String.raw`\b(more|too) (senior|junior|experienced)\b|\bover-?qualified\b|\bunder-?qualified\b|\btoo (senior|junior)\b`,
  String.raw`\b(someone|somebody|a person|candidates?|people|applicants?|an individual)\b(?:\s+\S+){0,2}?\s+(who|that|which)(\s+|'s\s+|'d\s+|'ve\s+)(has|have|had|already|previously)\b(?!\s+(?:a|the|applied|interviewed|been (?:in touch|offered)))`,
  String.raw`\b(someone|somebody|a person|candidates?|applicants?)\b(?:\s+\S+){0,2}?\s+(who|that)'s (run|led|managed|owned|done|worked|held|built|delivered|been)\b`,
  String.raw`\b(appoint(ed)?|hire[ds]?|went with|chose|select(ed)?) (a |an |another )?(candidate|applicant|person|someone|somebody)? ?with (experience|a background|\d+|two|three|four|five) (of|in|years)\b`,
  String.raw`\b(more|another|a bit more|a little more|some more) time (at|in|as|with) (your |the |a )?(current |same )?\w+\b[^.]{0,30}\b(first|before)\b|\bbefore stepping up\b|\bstep up to\b`,
  String.raw`\bexperience\b[^.]{0,25}\b(a bit |a little |quite |too |rather )?light\b|\b(\d+\+?|two|three|four|five|six|seven|eight|ten)\s*(years|yrs)'?\s+(\S+\s+){1,2}experience\b`,
  String.raw`\b(someone|somebody|a person|candidates?|applicants?) with (more|previous|prior|direct|proven|relevant|hands-on|commercial|industry|significant|extensive|deeper|stronger)\b`,
  String.raw`\b(minimum|at least|min\.?)\s+(of\s+)?(\d+\+?|two|three|four|five|six|seven|eight|ten)\s*(years|yrs)\b|\b(\d+\+?|two|three|four|five|six|seven|eight|ten)\s*(years|yrs)(\s+of)?\s+experience\b`,
  String.raw`\b(years|a couple more years|a few more years) under (their|your|his|her) belt\b`,
  String.raw`\b(your|the candidate's|his|her) (experience|background|profile|career) (so far |to date |until now )?(is|was|has been)\s+(mostly|mainly|largely|primarily|more|too|only|in|at|academic)\b`,
  String.raw`\b(experience|background) (is|was) (mostly |mainly |largely )?(academic|junior|limited)\b|\bmostly academic\b`,
  String.raw`\bdon'?t (yet )?(meet|have) the (minimum )?(requirement|experience|years)\b|\bprofile (is|was) not matching\b`,
  String.raw`\b(haven'?t|have not|hasn'?t|never) (yet )?(had|managed|led|run|worked (in|with|on)|done|held|been (in|responsible))\b`,
  String.raw`\b(more|most) of the (experience|background)\b|\bnot (in|from) the (areas?|industry|sector|field)\b`,
  String.raw`\bfrom day one\b|\bhit the ground running\b|\bdone (this|it|that|something similar) before\b`,
  String.raw`\bat (a )?(more )?(junior|senior|mid|entry)[- ]level\b`,
  String.raw`\b(light|thin|short) on (\w+ )?(experience|exposure|background)\b`,
  String.raw`\b(successful|chosen|selected|preferred|other) (candidate|applicant|person|hire)s? (has|had|have|brings?|brought|already)\b(?! (a |an )?(better|stronger|closer) fit)`,
);
add(
  'experience_mismatch',
  'topic',
  String.raw`\b(experience|background|seniority|track record|exposure|years in|level of experience|work history|career history)\b`,
  String.raw`\b(previous|prior|direct|proven|relevant|hands-on|commercial|industry|sector|domain|practical|leadership|management|people management|line management|client-facing|in-house) experience\b`,
);

add(
  'technical_skills',
  'sign',
  String.raw`\bhard-?coded\b`,
  String.raw`\b(gaps?|weak(ness|nesses)?) in (your |the |some )?(\w+ )?(knowledge|understanding|skills?|technical|fundamentals)\b|\bskills?[- ]gap\b`,
  String.raw`\b(below|under|did not reach|didn'?t reach|did not meet|didn'?t meet|short of) the (required |minimum )?(threshold|benchmark|pass mark|cut-?off|standard|bar|score)\b`,
  String.raw`\b(hit|meet|clear|reach|raise|pass)(ed)? the (technical |hiring )?bar\b`,
  String.raw`\b(failing|failed) (cases|tests?|test cases)\b|\bedge cases\b|\btests? (didn'?t|did not|don'?t|do not) (run|pass)\b|\bneeded (several |a few |some |a lot of )?hints\b|\bhad a bug\b|\bdidn'?t (compile|run)\b|\b(numbers|figures|totals|calculations) (did not|didn'?t|don'?t) add up\b|\bwrong (totals|answer|results?|numbers)\b`,
  String.raw`\b(still learning|learning) the basics\b|\bnot (yet )?(comfortable|confident|fluent|proficient) (with|in|using)\b`,
  // Substance, not delivery: a wrong answer, a shallow one, a concept that could not be explained.
  String.raw`\b(answers?|solutions?|code|root cause|calculations?|logic|quer(y|ies)|model|assumptions?|understanding|approach|design|schema|estimates?|figures)\b[^.;]{0,40}\b(incorrect|inaccurate|not (quite |entirely |always )?(correct|right|accurate)|wrong|flawed)\b|\b(incorrect|inaccurate|wrong|flawed) (answers?|solutions?|code|assumptions?|approach|calculations?)\b`,
  String.raw`\bsurface[- ]level\b|\bsuperficial\b|\b(lack(ed|s|ing)?|without|no real|more|not enough|little) (technical )?(depth|substance|rigou?r)\b`,
  String.raw`\b(didn'?t|did not|couldn'?t|could not|unable to|weren'?t able to|not able to|struggled to) (really |fully |quite |clearly )?explain (how|why|what|when|which|the (basics|difference|concepts?|reasons?|principles?|trade-?offs?|root cause))\b`,
  String.raw`\bno hire\b|\bran out of time\b|\b(was|were) (a )?(challenge|challenging) for you\b|\bstronger technically\b`,
);
add(
  'technical_skills',
  'topic',
  String.raw`\b(the )?basics of\b|\b(business|professional|working|native|fluent) level\b`,
  String.raw`\b(technical|coding|code|programming|algorithm\w*|data structures?|system design|architecture|take[- ]home|hands-on exercise|practical (test|assessment|exercise|task)|online (test|assessment)|assessment(?! cent(re|er))|tests?|(?<!group )exercise|(?<!group )task|case study|modell?ing|analysis|numerical|reasoning test|skillset|proficiency|fluency|fluent|expertise|(?<!in-)depth|fundamentals|technically|skill set|live coding|rigou?r(ous)?|maths?|statistics|certifications?|qualifications? in)\b`,
  String.raw`\b(production|code) quality\b|\berror handling\b|\bbest practices\b`,
  String.raw`\b(?<!(communication|presentation|people|soft|interpersonal|leadership|interview|social|listening|writing|organi[sz]ational|speaking) )skills?\b`,
  String.raw`\b(knowledge|understanding|grasp)\b(?! (of|about) (the |our |your )?(company|organi[sz]ation|business|products?|strategy|mission|market|sector|team|role|brand|clients?|customers?))`,
  namedSkills,
  // Skills outside software: the craft of each trade, ward, classroom, shop floor and office.
  String.raw`\b(technique|workmanship|drafting|numeracy|literacy|dosage|drug calculations?|medication|clinical (skills|knowledge|judg(e)?ment|reasoning)|subject knowledge|lesson|behaviou?r management|classroom management|knife (work|skills)|weld(ing|s)?|wiring|installation|role[- ]play|sales (technique|call|pitch)|closing|negotiat\w*|stakeholder management|budgeting|forecasting|calculations?|reconcil\w*|compliance|regulations?|policy|legislation|procedures?|written (test|exercise|paper)|scenario (questions?|exercise)|in-tray|typing speed|accuracy)\b`,
);

add(
  'communication',
  'sign',
  String.raw`\bover-?explain\w*|\bdisorgani[sz]ed\b|\bone-word (answers|responses)\b|\b(key |main )?(message|point) (got |was )?(buried|lost)\b|\bmore detail\b`,
  String.raw`\b(rambl\w*|long-?winded|waffl\w*|wander\w*|went off (on )?(a )?tangents?|tangents?|jargon|acronyms)\b`,
  String.raw`\b(hard|difficult|tough|not easy|struggled) to (follow|understand you|understand your|understand what|get a clear|identify the key)\b`,
  String.raw`\b(lost|lose) (your |the )?(train of thought|thread|key point)\b|\b(key|main) points? (got |was |were )?lost\b`,
  String.raw`\b(didn'?t|did not|don'?t|do not|failed to|weren'?t able to|not able to|couldn'?t|could not|unable to|struggled to) (really |always |fully |quite |clearly )?(listen|answer|address|get to|articulate|explain(?! (how|why|what|when|which|the (basics|difference|concepts?|reasons?|principles?|trade-?offs?|root cause))\b)|express|communicate|put (your|across)|convey|walk (us|them|the panel) through|expand)\b`,
  String.raw`\b(answers?|responses?|explanations?) (were|was|tended to be|felt|seemed)( a bit| quite| a little| rather| sometimes| often| very)* (long|lengthy|too long|short|brief|too short|vague|unstructured|unfocused|muddled|confusing|rambling|hard|difficult|wordy|verbose|general|high-level|unclear)\b`,
  String.raw`\b(more|be) (concise|succinct|structured|to the point)\b|\b(get|come) to the point\b|\bto the point\b|\bSTAR (method|format|technique)\b|\binterrupt\w*\b|\bsteer(ing)? you back\b|\btrail(ed)? off\b`,
  String.raw`\b(been|be|was|were) (a bit |a little |much |more )?(clearer|more clear|more precise|more specific)\b|\ball over the place\b|\b(verbose|wordy|long-winded)\b`,
  String.raw`\banswer the question\b|\bthe question (that had been |you were )?asked\b`,
  String.raw`\b(very|too|quite|rather|extremely) (brief|short|long|detailed|technical) (answers|responses)\b|\btoo (technical|detailed|much detail)\b|\b(went|go|going|goes) into (a lot of|too much|lots of|so much) detail\b`,
  String.raw`\b(spoke|said|talked|contributed) (very )?little\b|\bdidn'?t (speak|contribute|say) much\b`,
  String.raw`\blanguage barrier\b|\bread(ing)? (from|off) (the |your )?(slides|notes|script|screen)\b|\b(talked|spoke|cut) (over|across) (the |them|us|people|customers?|the (customer|client|patient|interviewer))`,
  String.raw`\b(didn'?t|did not|couldn'?t|could not|not) (show|explain|talk (us )?through) (your|any|the) (working|workings|reasoning|thinking|thought process)\b`,
);
add(
  'communication',
  'topic',
  String.raw`\b(specific|concrete|real|detailed|clear|strong|relevant)? ?examples\b|\b(straight|direct|clear) answers?\b|\b(your |the )?(spoken |written )?english\b|\bnarrative\b|\bstorytelling\b`,
  String.raw`\b(communicat\w*|articulat\w*|clarity|concise\w*|succinct\w*|explain\w*|explanations?|express(ing)? (yourself|your (ideas|thoughts|views))|present(ing|ation)s?(?! brief)|delivery|listen\w*|verbal\w*|put (your )?ideas across|ideas across|conveying|convey)\b`,
);

add(
  'nervousness_confidence',
  'sign',
  String.raw`\b(lose|lost|losing) your (footing|composure|nerve)\b|\b(throw|threw|thrown|rattled?|knocked) (you|off)\b|\b(trust|believe in) (yourself|your own)\b|\blook(ed|ing)? down\b|\bfidget\w*\b|\black of (self-)?(confidence|assurance|self-assurance|belief|self-belief|conviction)\b`,
  String.raw`\b(nervous\w*|nerves|anxious|anxiety|stressed|stressful|tense|flustered|jittery|shaking|timid|shy|ill at ease|on edge|froze|(?<!(hiring|recruitment|budget|headcount|pay) )(freeze|freezing)(?! (on )?(hiring|recruitment|recruiting|headcount|pay))|panick\w*|visibly uncomfortable)\b`,
  String.raw`\b(lack(s|ed|ing)?|more|less|low|little|not much|without|some|greater|a bit more|a little more) (self-)?(confidence|conviction|assurance|self-belief|presence|gravitas)\b|\b(confidence|conviction) (would|could)\b`,
  String.raw`\b(unsure|uncertain) of (yourself|your own|your abilit\w*)\b|\bdoubt(ed|ing)? (yourself|your own|your abilit\w*)\b|\b(hesitant|hesitat\w*|apologis\w*|apologiz\w*|uncomfortable|quiet(ly)?|softly[- ]spoken|spoke (very )?(quietly|softly|quickly)|self-doubt)\b`,
  String.raw`\b(undersold|undersell|underselling|downplay\w*|play(ed)? down|too modest|modest)\b|\b(own it|be prouder|prouder|bolder|more assertive|not assertive|assertive)\b`,
  String.raw`\b(reserved|uneasy|sell yourself short|sold yourself short|selling yourself short)\b|\b(didn'?t|did not|not|never) (seem |look |appear |feel )?(very |fully |entirely |quite |that )?(comfortable|at ease|relaxed|confident|sure of yourself)\b(?! (with|using|in|on|writing|coding))`,
  // Shaky knowledge is a skill; a shaky voice, or the person seeming shaky, is nerves.
  String.raw`\bshaky (voice|hands|start|delivery)\b|\b(you|voice|hands) (seemed|looked|sounded|were|was|felt) (a bit |a little |quite |rather |very )?shaky\b`,
  String.raw`\b(rarely|barely|hardly|didn'?t|did not|never) (\w+ )?(look(ed)? (up )?at|made eye contact with) (the panel|us|the interviewers?|the audience|the camera|people)\b|\blose confidence\b|\blost (your |some )?confidence\b`,
  String.raw`\bpush back\b|\bhold the line\b|\bstand (your ground|up to)\b|\bholding back\b`,
);
add(
  'nervousness_confidence',
  'topic',
  String.raw`\b(confiden\w*(?! intervals?)|presence|composure|poise|eye contact|body language|(?<!too )relax\w*|calm(er|ly)?)\b`,
);

add(
  'enthusiasm_motivation',
  'sign',
  String.raw`\bstepping[- ]stone\b|\b(only|just) applying\b|\bsomething else\b|\bjust (a|any) job\b|\bnot (fully )?present\b|\bdistracted\b|\bhalf-hearted\b|\bcould (have )?appl(y|ied) to any (organi[sz]ation|company|employer|role|job)\b|\bwhat (attracted|drew|draws|attracts) you\b`,
  String.raw`\b(less|not (very |that |particularly |especially |really |fully )?|low|lack of|lacked|little|without|more|not much|no real) (engaged|enthusias\w*|excit\w*|passion\w*|energy|energetic|interest(ed)?|motivat\w*|keen|eager|drive|driven|invested|curio\w*|genuine)\b`,
  String.raw`\b(flat|low[- ]energy|disengaged|uninterested|disinterested|indifferent|lukewarm|going through the motions|take it or leave it|any job|rehearsed)\b`,
  String.raw`\b(didn'?t|did not|don'?t|doesn'?t|wasn'?t|weren'?t|not)(\s+\w+){0,3}?\s+(much |any |enough |real |a lot of |great |strong )?(interest|enthusiasm|excitement|passion|energy|motivation|drive|curiosity)\b`,
  String.raw`\b(wasn'?t|isn'?t|not) (really |quite |exactly )?what you (were|are|'re) (really )?looking for\b`,
  String.raw`\b(how|whether|if) (you were |you're |you are |you'd be )?(really |genuinely |truly )?(interested|keen|motivated|committed|excited|serious)\b`,
  String.raw`\breally want(ed)? (this|the) (job|role|position)\b|\b(wanted|want) this specific\b`,
  String.raw`\b(not|n't) (seem |appear )?(that |very |really |particularly |too )?(bothered|fussed)\b|\b(sure|convinced|confident) (that )?you'?d? (be |were |are |would be )?(really |genuinely |fully )?(committed|stay|invested)\b`,
);
add(
  'enthusiasm_motivation',
  'topic',
  String.raw`\bwhy (you('re| are| were)? (interested|keen|applying|applied)|(they|the candidate|he|she) (applied|wanted|were interested|was interested)|you (want|wanted|would like|were interested)|us\b|this (role|job|company|position)|you applied|you'?d like to (join|work))|\b(long-term )?commitment\b|\bsold on\b`,
  String.raw`\b(enthusias\w*|passion\w*|motivat\w*|excite\w*|energy|engag\w*|interest(ed)? in (the |this |our )?(role|job|position|product|work|company|us|mission|sector|field|team)|drive)\b`,
);

add(
  'culture_fit',
  'sign',
  String.raw`\b(curt|rude|blunt|brusque|cold|aloof)\b|\bflat (organi[sz]ation|structure|hierarchy)\b|\bhierarch\w*\b`,
  String.raw`\b(working|work|management|leadership|collaboration|communication) style\b(?=[^.]*\b(not|different|differs|mismatch|misalign|at odds|wouldn'?t|isn'?t|more)\b)`,
  String.raw`\b(approach|attitude|style|way of working|values|expectations)\b[^.]{0,40}\b(different|differs) (from|to) (ours|us|how we|the way we|our|the team'?s?|what (we|our))\b`,
  String.raw`\b(thrive|happier|happy|suit(ed)?|better suited|enjoy|more comfortable) (in|at|with)? ?(a |an )?(bigger|larger|smaller|more \w+|different|corporate|another)\b`,
  String.raw`\b(fit|slot|settle|blend|gel|mesh) in (more |better )?(easily|quickly|well)?\b(?=[^.]*\b(someone|another|other|more|better|not|n't)\b)`,
  String.raw`\b(arrogan\w*|abrasive|dismissive|condescending|combative)\b`,
  String.raw`\b(values|mission) (align|alignment)\b|\balign\w* (more )?(closely )?with (our|the) (values|mission|culture)\b|\bdidn'?t sit well\b|\bour values\b`,
  String.raw`\b(preference|prefer(red|ring)?) (for|to work) (working )?(alone|independently|on your own|clearly defined|structure)\b|\bprefer(red|ring)? (to work|working) (alone|on your own|by yourself|independently)\b`,
  String.raw`\bvalues[- ](interview|questions?|round|based|stage)\b`,
  String.raw`\b(the|our) (team|office|company|culture|place|environment) is (very |quite |pretty |really |a lot more |much more |far more )?(informal|formal|casual|relaxed|laid-back|corporate|fast-paced|scrappy|flat|jokey|traditional)\b`,
);
add(
  'culture_fit',
  'topic',
  String.raw`\b(culture|cultural|team|values?) (fit|match|alignment|add)\b|\b(fit|mesh|gel|click|slot|settle|blend)(ted)? (well )?(in|into|with) (the|our|your|this) (existing |current |wider )?(team|culture|company|organi[sz]ation|environment|group)\b|\b(the )?(way|how) (we|they|our team|the team) (work|works|operate|operates|do things)\b|\b(attitude|team dynamic|team player|mindset)\b`,
  String.raw`\b(culture|our values|core values|shared values|company values|values (align|fit|match)\w*|collaborat\w*|teamwork|environment|fit|pace|startup|the team works|hierarch\w*)\b`,
);

add(
  'resume_presentation',
  'sign',
  String.raw`\binconsisten\w* (between|in) (your )?(application|cv|resume|dates|profile)\b`,
  String.raw`\b(typos?|spelling (mistakes|errors)|grammatical (mistakes|errors)|grammar mistakes)\b`,
  String.raw`\b(cv|resume|résumé|cover letter|application form|supporting statement|personal statement|linkedin)\b(?:\s+\S+){0,4}?\s+(undersell\w*|reads like|doesn'?t|didn'?t|did not|does not|was not|wasn'?t|lacks?|lacked|had no|has no|left out|missing|could|should|needs?|unclear|generic|too long)\b`,
  String.raw`\b(on|in|from|looking at) (your|the) (cv|resume|résumé|application|profile)\b(?=[^.]*\b(not|no|n't|unclear|obvious|hard|difficult|couldn'?t|lack|missing)\b)`,
  String.raw`\b(not|n'?t|never) (\w+ )?(tailored|customi[sz]ed|targeted)\b|\bgeneric (cv|resume|application|cover letter)\b|\bread(s)? like a (general|generic|standard)\b|\bno (cover|covering) letter\b|\bwithout a (cover|covering) letter\b`,
  String.raw`\bkeywords\b|\bapplicant tracking\b|\bATS\b|\b(\w+ )?pages long\b|\b(addressed|written) to (another|a different) company\b`,
  String.raw`\b(your |the )?application (was |is )?(incomplete|missing)\b|\bincomplete application\b|\b(application|statement) (did not|didn'?t) (provide|show|demonstrate|include|use|address|give|mention)\b`,
  String.raw`\bresponsibilities (but|rather than|instead of)\b|\b(lists?|listed) (duties|responsibilities|tasks)\b|\btask-focused\b|\bunexplained gaps\b`,
);
add(
  'resume_presentation',
  'topic',
  String.raw`\b(formatting|layout)\b`,
  String.raw`\b(cv|cvs|resume|résumé|resumes|cover letter|covering letter|application form|supporting statement|personal statement|linkedin( profile)?|job history|employment history)\b`,
);

add(
  'portfolio',
  'sign',
  String.raw`\b(mostly|only|all|just) (concepts?|concept work|student work|school projects|coursework|personal projects|spec work)\b|\bconcept work\b`,
  String.raw`\bportfolio\b(?:\s+\S+){0,6}?\s+(didn'?t|did not|doesn'?t|does not|lacked|lacks|mostly|only|needs?|could use|should)\b`,
  String.raw`\b(more|fewer|other|finished|complete|end-to-end|real|client) (\w+ )?(projects?|case studies|work samples|examples of (your )?work)\b(?=[^.]*\b(portfolio|show|see|would|like|next time)\b)`,
);
add(
  'portfolio',
  'topic',
  String.raw`\b(your|personal) (site|website)\b|\bprojects on your\b`,
  String.raw`\b(clips|published (work|pieces|articles)|lookbook|photos of (your )?(work|projects)|side projects|demo reel|sample (work|pieces|lessons))\b`,
  String.raw`\b(portfolio|portfolios|case studies|work samples|writing samples|samples of (your )?work|examples of your work|github|gitlab|repositories|repos|dribbble|behance|your book|showreel|reel|projects you (showed|shared|sent)|links you sent|design work)\b`,
);

add(
  'preparation_company_research',
  'sign',
  String.raw`\b(mixed|mix|muddled) us up\b|\bconfused us with\b|\bgot (our|the company'?s?) name wrong\b|\b(hadn'?t|had not|didn'?t|did not|not)( had)?( had time to| get a chance to| have time to)? (look|read|review)(ed)? (at |through )?the (materials|pack|pre-read|documents|information|reading)\b`,
  String.raw`\b(limited|little|no|not enough|not much|insufficient|lack of|more) (company |background )?(research|homework|preparation)\b|\b(without|before) (having )?(read|looked at|reviewed|opened) the \w+ (we|they|you were) (had )?(sent|emailed|shared|provided|circulated)\b`,
  String.raw`\b(unprepared|under-?prepared|ill-?prepared|not (well |very |fully )?prepared|hadn'?t prepared|had not prepared|didn'?t prepare|did not prepare|not (done|did) (much|any|your) (research|homework)|lack of (preparation|research))\b`,
  String.raw`\b(didn'?t|did not|don'?t|weren'?t|was not|wasn'?t|not|hadn'?t|had not|couldn'?t|could not|unable to)( seem to| seem| really| quite| yet| much| fully)* (know|familiar|aware|understand|been able to name|able to name|name|read|look|looked|seen)\b[^.]{0,50}\b(our|the) (company|organi[sz]ation|business|products?|platform|services?|clients?|customers?|mission|strategy|market|competitors|sector|school|brand|role|job description|job pack|brief|website|app|team)\b`,
  String.raw`\b(didn'?t|did not|weren'?t|was not|wasn'?t|not)( seem to| seem| really| quite| fully)* (know|aware|familiar)\b[^.]{0,20}\b(of |with |about )?(our|the company'?s?|the organi[sz]ation'?s?)\b`,
  String.raw`\bknow (a bit |a little |much )?more about (us|our|the company|the organi[sz]ation|what we)\b|\b(didn'?t|did not|not) ask (many|enough|any|us any|much|a lot of) questions\b|\b(few|not many|no real) questions\b`,
  String.raw`\b(no|didn'?t ask (any)?|did not ask (any)?) questions (for us|at the end|about (the|our) (role|team|company|business))\b|\b(asked|had) no questions\b|\bdidn'?t ask (any|us any) questions\b|\bdid not ask any questions\b`,
  String.raw`\bfirst time in the room\b|\bseeing (it|the brief|the (presentation|case) brief) for the first time\b|\bnot (done|spent) (much|enough) time prepar\w*\b`,
);
add(
  'preparation_company_research',
  'topic',
  String.raw`\b(research(ed|ing)?|read(ing)? up on|look(ed|ing)? (in)?to|learn(ed|t|ing)? (more )?about|f(i|ou)nd(ing)? out about|familiari[sz]e(d)? yourself with) (on |into )?(the |our |us\b|what we|the company|the organi[sz]ation)|\b(any|insightful|good|thoughtful|more|some) questions (for us|at the end|about)`,
  String.raw`\b(knowledge|understanding|awareness) (of|about) (our|the|the company'?s?|the organi[sz]ation'?s?|the firm'?s?) (company|organi[sz]ation|business|products?|services?|strategy|mission|market|sector|brand|clients?|customers?|values)\b`,
  String.raw`\b(prepar\w*|researched|(your|any|some|more|no|enough|much|of|do|did|doing|done) (research|homework)|job description|job pack|job spec|brief we sent|the brief|what (we|our company) do(es)?)\b`,
);

// Ways people put the same criticism in other words: heard across trades, wards, shops and
// offices, in blunt notes and careful letters alike.
add(
  'technical_skills',
  'sign',
  String.raw`\bstruggl\w* with the \w+ (side|part|element|aspect|elements|parts)\b`,
  String.raw`\bmissed (the |a |an )?(need for|main|key|obvious|critical|important|core)\b`,
  String.raw`\b(whether|if) you (really |fully |actually |truly )?(understood|understand|knew|know how)\b`,
  String.raw`\b(get|getting|got) up to speed (on|with)\b`,
);
add(
  'technical_skills',
  'topic',
  String.raw`\b(tech |technology )?stack\b|\btooling\b|\bframeworks?\b|\bhands-on (skills?|ability|work)\b`,
);
add(
  'communication',
  'sign',
  String.raw`\b(short|brief|one-line|yes\/no) (answers|responses)\b|\blittle detail\b|\bhad to (keep )?(prompt|probe|dig)\w*\b|\bkeep prompting\b`,
  String.raw`\banswer(ed|ing)? (a |the )?different question\b|\bjump(ed|ing)? (around|about|from one (point|thing|topic) to (another|the next))\b|\bmonologue\b|\bdrift(ed|ing|s)?\b|\b(talk(ed)?|spoke|speak(ing)?) (too |very |really )?(fast|quickly)\b|\bslow down\b`,
  String.raw`\bread (from|off) (them|it)\b|\b(stronger|clearer|better|more|needs?|lacked|no) structure\b|\bunstructured\b|\bstructured (way|manner)\b|\bstructur(e|ing) (your |the |of (your )?)?(answers?|responses?|thoughts?|points?)\b`,
);
add(
  'nervousness_confidence',
  'sign',
  String.raw`\bback yourself\b|\bi'?m (probably|possibly) wrong\b|\bsecond-?guess\w*\b`,
);
add(
  'enthusiasm_motivation',
  'sign',
  String.raw`\bnot taking (it|this|the (role|interview|process|day)) seriously\b|\bcheck(ing|ed)? (your|his|her|their) phone\b|\b(kept|keep) (talking|saying|mentioning)\b[^.]{0,30}\bwant(ing|ed)? to (move|go|get|be|do)\b`,
  String.raw`\bany (\w+ ){0,2}(role|job|company|position|employer|organi[sz]ation)\b(?=[^.]*\b(rather than|instead of|not (this|ours|us|specifically))\b)|\b(been|be) (for|about) any (\w+ )?(company|organi[sz]ation|charity|employer|school|business|firm|role|job)\b`,
);
add(
  'culture_fit',
  'sign',
  String.raw`\b(negative|critical|disparaging|dismissive) (about|of|towards) (your |their |his |her )?(previous|former|past|current|old|last) (managers?|employers?|colleagues?|company|team|boss)\b`,
  String.raw`\b(comments?|remarks?|talking|talked|spoke|complain\w*) about (your |their |his |her )?(previous|former|past|current|old|last) (managers?|employers?|colleagues?|company|team|boss|employer'?s?)\b(?=[^.]*\b(negative|unprofessional|critical|problems|complain\w*)\b)`,
);
add(
  'portfolio',
  'sign',
  String.raw`\bevery (piece|project|item|sample|example) (is|was) (a |an )?(personal|student|concept|school|spec|university|college)\b|\b(forks|forked repos)\b`,
  String.raw`\b(portfolio|site|website|links?|repos?|repositories|github|behance|dribbble)\b[^.]{0,25}\b(broken|dead|didn'?t work|did not work|not working|wouldn'?t (load|open))\b`,
);
add(
  'preparation_company_research',
  'sign',
  String.raw`\b(weren'?t|wasn'?t|not|didn'?t|did not)( really| quite| fully)? (sure|know|clear|aware)( about| on| of)? (what|who|how) (we|our|the (company|business|organi[sz]ation|firm|school|trust|charity|practice))\b`,
);
add(
  'experience_mismatch',
  'sign',
  String.raw`\bearlier in (your|their|his|her) career\b|\b(early|earlier) (stage|point) (in|of) (your )?career\b`,
);

// Words for each area across trades and professions. Topics only: they count where the clause
// criticises and the clause model agrees (find-themes.ts), so a longer list costs little.
add(
  'technical_skills',
  'topic',
  String.raw`\b(protocols?|care plans?|observations|triage|diagnos\w+|lesson plan\w*|marking|curriculum|differentiat\w+|merchandising|cash handling|food (hygiene|safety)|allergens?|plating|recipes?|payroll|VAT|tax|audit\w*|valuations?|underwriting|bookkeeping|ledgers?|legal research|case law|contracts?|CAD|AutoCAD|Revit|SketchUp|BIM|estimating|surveying|plumbing|carpentry|joinery|electrics|regs|machining|CNC|forklift|copywriting|proofreading|editing|SEO|analytics|prospecting|objection handling|cold calling|cutting|colou?r work|trade test|practical (test|assessment|exam)|bend test|driving assessment)\b`,
);
add(
  'preparation_company_research',
  'topic',
  String.raw`\b(annual report|ofsted|cqc|person specification|service users|our (website|strategy|competitors|latest news|recent news|news|history|products?|services?|customers|clients|mission|values|plans)|the (company'?s?|firm'?s?|trust'?s?|school'?s?|charity'?s?) (website|strategy|plans|values|work))\b`,
);
add(
  'nervousness_confidence',
  'sign',
  String.raw`\b(mind|head) went blank\b|\bwent blank\b|\btook a back seat\b|\bimpostor|imposter\b|\bapologi[sz](ed|ing) (a lot|a great deal|repeatedly|for)\b`,
);
add(
  'enthusiasm_motivation',
  'topic',
  String.raw`\b(ambitions?|career goals|long-term plans|stick around|spark|hunger|hungry|commit(ted)? to (the role|us|the job))\b`,
);
add(
  'culture_fit',
  'topic',
  String.raw`\b(ethos|chemistry|personality|dress code|team spirit|collaborative|the team'?s? (way|style))\b`,
);
add(
  'portfolio',
  'topic',
  String.raw`\b(drawings|sketchbook|previous work|work you (sent|shared|showed|brought)|photos (of|from) your (work|projects))\b`,
);

export const themeCues: readonly Cue[] = cues;

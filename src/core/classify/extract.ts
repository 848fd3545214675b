/**
 * Who and what an employer email is about: the company, the role and the human who signs.
 *
 * Each field comes from several candidate generators (phrases in the body and subject, the
 * signature block, the From header). Candidates carry weights, the same name found twice adds
 * up, a shorter form merges into a fuller one ("Hadley Brook" into "Hadley Brook Accounting"),
 * and names that belong to the mail platform (an ATS, a job board, a test vendor) are dropped.
 * Every value is returned exactly as the email writes it.
 */

export type EmailParts = { subject: string; from: string; body: string };
export type Parties = { company: string | null; role: string | null; contactName: string | null };

// ---------------------------------------------------------------------------------------------
// Lexicons (lower case)

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that name a department or mailbox rather than the employer: trimmed off names. */
const DEPT = words(`
  team teams talent talents recruiting recruitment recruitments recruiter recruiters careers career
  hr people hiring jobs job acquisition human resources staffing scheduling security events event
  notifications notification alerts alert ops applications application candidates candidate
  noreply no-reply mailer portal updates update admissions desk office department dept services-desk
  ta rh recursos humanos ressources humaines personal personalabteilung risorse umane recrutement
  recrutamento reclutamiento rekrutacja kadry talentos equipe équipe equipo karriere carreiras
  carrières carriere empleo empleos selección seleção seleccion selecao nhân sự assunzioni lavora
  onboarding support bot system automated
`);

/** Department words that also open a sender name ("HR Acme", "Talent | Acme"). */
const LEADING_DEPT = words(`
  hr rh ta talent recruiting recruitment careers career hiring jobs team equipe équipe equipo
`);

/** Words that qualify a department ("Early Careers", "Engineering Recruiting"). */
const DEPT_QUALIFIERS = words(`
  engineering early design product data sales graduate graduates campus university global technical
  tech corporate internal student students executive emea apac uk us eu europe americas north south
  people central local regional group the and & of de
`);

/** Words that end company names. */
const CORP = words(`
  inc inc. incorporated ltd ltd. limited llc llp plc gmbh ag kg sa s.a. sas sarl srl s.r.l. spa
  s.p.a. bv b.v. nv n.v. oy ab asa aps kk k.k. pty pte co co. corp corp. corporation company group
  holdings holding labs lab laboratories systems solutions technologies technology tech software
  digital analytics consulting consultancy consultants partners associates ventures capital bank
  banking insurance assurance health healthcare medical medtech pharma pharmaceuticals foods food
  energy power logistics freight shipping maritime marine mobility motors automotive aerospace
  aviation games gaming studio studios media publishing publishers press entertainment films
  pictures architects architecture construction builders accounting accountants legal law
  advisory services industries industrial manufacturing works robotics ai cloud networks network
  telecom communications payments finance financial fintech retail stores markets brands
  collective agency institute university college school academy foundation trust council hospital
  hospitals clinic clinics hotels hospitality airlines airways rail railways transport utilities
  water farms brewing brewery coffee bakery cosmetics fashion apparel interactive dynamics
  biosciences bio biotech therapeutics genomics diagnostics instruments devices electronics
  semiconductors materials chemicals mining agri agro realty properties estates homes living hq io
  engineering textiles commerce trading exports imports international worldwide global
  cooperative co-op gruppe grupo groupe gruppo società sociedad
`);

/** Head nouns of job titles. */
const ROLE_HEADS = words(`
  engineer engineers developer developers manager managers analyst analysts designer designers
  scientist scientists architect lead director officer coordinator assistant associate specialist
  consultant administrator admin representative rep executive editor producer planner technician
  clerk bookkeeper advocate handler strategist researcher generalist artist programmer owner master
  secretary intern internship trainee apprentice apprenticeship head vp svp evp president chief cto
  ceo cfo coo cio cpo ciso recruiter partner advisor adviser accountant auditor controller nurse
  teacher tutor lecturer professor writer copywriter marketer operator supervisor agent buyer chef
  cook driver electrician mechanic technologist pharmacist physician doctor therapist counsellor
  counselor lawyer solicitor paralegal economist statistician actuary underwriter cashier
  receptionist photographer animator illustrator translator interpreter librarian curator fellow
  postdoc inspector surveyor estimator foreman operative worker steward attendant sre tester
  sourcer modeller modeler principal founding fellowship graduate author journalist reporter
  presenter merchandiser negotiator broker dealer trader investigator auditor midwife pilot
  dentist optometrist paramedic carer caregiver assistant-manager superintendent foreperson
  welder machinist plumber carpenter janitor cleaner guard courier dispatcher associate-director
  programme-manager instructor coach trainer facilitator evangelist devrel
`);

/** Head nouns of job titles in the languages our users' employers write in. */
const ROLE_HEADS_INTL = words(`
  ingenieur ingénieur ingeniero ingegnere engenheiro inżynier entwickler entwicklerin développeur
  développeuse desarrollador desarrolladora sviluppatore sviluppatrice desenvolvedor
  desenvolvedora programista analyst analytiker analytikerin analyste analista berater beraterin
  consultor consultora consulente consultant leiter leiterin referent referentin sachbearbeiter
  sachbearbeiterin mitarbeiter mitarbeiterin werkstudent werkstudentin praktikant praktikantin
  auszubildende stagiaire chef cheffe responsable directeur directrice director directora
  direttore gerente kierownik specjalista specjalistka especialista specialista spécialiste
  technicien technicienne técnico técnica tecnico architekt architecte arquitecto arquitetto
  designerin gestor gestora coordinador coordinadora coordinatore coordinatrice coordenador
  coordenadora assistent assistentin assistente asistente administrador administratrice
  administrateur amministratore administrator kaufmann kauffrau buchhalter buchhalterin
  comptable contable contabile contador contadora estagiário estagiária becario becaria
  tirocinante pracownik stażysta praktykant medewerker ontwikkelaar adviseur beheerder
  projectleider vertriebler verkäufer vendedor vendedora redakteur
  redakteurin rédacteur rédactrice redactor redactora jurist juristin avocat abogado avvocato
  enseignant professeur profesor insegnante lehrer lehrerin pflegefachkraft infirmier
  infirmière enfermero enfermera
`);
for (const w of ROLE_HEADS_INTL) ROLE_HEADS.add(w);

/** German-style compounds end in a title word ("Produktmanager", "Softwareentwickler"). */
const COMPOUND_HEADS = words(`
  manager managerin entwickler entwicklerin ingenieur ingenieurin administrator administratorin
  leiter leiterin berater beraterin referent referentin techniker technikerin designer designerin
  analyst analystin architekt architektin assistent assistentin kaufmann kauffrau mitarbeiter
  mitarbeiterin spezialist spezialistin koordinator koordinatorin engineer developer
`);

/** A title word, also inside a compound. */
function isRoleHead(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,;:!?]+$/, '');
  if (ROLE_HEADS.has(w)) return true;
  if (w.split(/[-/]/).some((p) => ROLE_HEADS.has(p))) return true;
  if (w.length < 9) return false;
  for (const head of COMPOUND_HEADS)
    if (w.endsWith(head) && w.length > head.length + 2) return true;
  return false;
}

/** Words of a job title line in a signature (beyond the role heads). */
const TITLE_WORDS = new Set([
  ...ROLE_HEADS,
  ...words(`
    founder cofounder co-founder talent acquisition recruiting recruitment people hr ops operations
    resourcing sourcing business hiring senior junior sr jr lead team human resources office sales
    marketing finance legal product engineering design research support customer client account
    partner partnerships coordinator executive managing general deputy associate assistant
    technical global regional head chief vice gerente responsable responsabile
    direttore directeur directora directora reclutadora reclutador recrutadora recrutador
    kierownik specjalista personalreferentin personalreferent referentin referent recruiterin
  `),
]);

const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. professor sir dame herr frau sr sr. sra sra.
  srta srta. mme mme. mlle m. dott dott. dott.ssa ing ing. mag mag. dipl.-ing. rev rev. doctor
`);

const NAME_PARTICLES = words(`
  van von der den de da das dos do del della di du la le ten ter bin binti bint ibn al el y e zu
  af av
`);

/** Capitalised words that are never (part of) a person's name. */
const NOT_NAME = words(`
  thanks thank regards best cheers kind warm warmest kindest sincerely yours faithfully truly good
  luck take care all the your our we i you hi hello dear hey going yes no maybe accept ignore
  unsubscribe reply click please note sent from to subject date re fwd fw link start join view
  apply book review continue register rsvp description where when with duration deadline
  questions test expires tips summary many wishes respectfully cordially warmly greetings
  hiring candidate applicant applicants team talent recruiting recruitment careers human
  resources people office department interview interviews offer application update status
  confirmed confirmation monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december today tomorrow
  congratulations welcome sorry unfortunately again soon speak talk see love lots much yes
  mit freundlichen grüßen grüße viele beste liebe cordialement bien cordiali saluti distinti
  saludos atentamente atenciosamente abraços pozdrawiam poważaniem trân trọng hilsen med vennlig
  and or of for at via on by in a an is are be this that these those it its new more
  ps p.s. sent-from iphone android mobile outlook gmail notes
`);

const MAIL_WORDS = words(`
  noreply no-reply donotreply do-not-reply do_not_reply no_reply careers career jobs job hr talent
  recruiting recruitment recruiter people hiring team hello info admin notifications notification
  alerts alert support mail mailer news newsletter digest updates update contact office studio
  applications apply candidates candidate scheduling security events assessments assessment invites
  invitations invitation recommendations earlycareers early-careers eng-recruiting careers-noreply
  sign documents bot system automated rh personal empleo trabajo bewerbung karriere
`);

// ---------------------------------------------------------------------------------------------
// Small helpers

const FOLD_MAP: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
};

/** Lower-case ASCII letters and digits only: for comparing names with addresses. */
function fold(s: string): string {
  return s
    .replace(/[øØłŁæÆœŒßđĐıþÞð]/g, (c) => FOLD_MAP[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const keyOf = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const tokensOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const lc = (s: string): string => s.toLowerCase().replace(/[.,;:!?]+$/, '');

/** A capitalised token: "Kestrel", "AI", "3D", "iOS", "O'Brien", "Node.js", "C++". */
const TOKEN = String.raw`(?:(?:St|Ste|Mt|Ft)\.(?=[ \t]\p{Lu})|[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’+#]*(?:[.\-/][\p{L}\p{M}\d+#]+)*|\p{Ll}{1,6}\p{Lu}[\p{L}\p{M}\d]*)`;
/**
 * A run of capitalised tokens, joined by &, "of", "and" and similar. Every joint matches one
 * way only (hyphens live inside TOKEN, never between): ambiguous joints backtrack exponentially.
 */
const CAPRUN = String.raw`(?<![\p{L}\p{M}\d'’.\-/])${TOKEN}(?:(?:[ \t]+(?:\+|and|of|de|del|da|di|du|der|den|van|von|y|et|und|für|la|le)[ \t]+|[ \t]+|[ \t]*&[ \t]*)${TOKEN}){0,6}(?:(?<=\b(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|\p{Lu}))\.)?`;

const CAPRUN_LINE = new RegExp(`^${CAPRUN}$`, 'u');

const isUpperStart = (t: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(t);
const isAllCaps = (t: string): boolean => /^[\p{Lu}\d&.'’-]+$/u.test(t) && /\p{Lu}/u.test(t);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Parsing the From header and cleaning the body

type Sender = {
  display: string;
  local: string;
  domain: string;
  /** The employer named in the From header, if any. */
  company: string | null;
  /** A platform named in the From header ("via Workday", "Greenhouse on behalf of ..."). */
  vendor: string | null;
  /** The From display name when it is a person. */
  person: string | null;
  /** The sender looks like a platform's own mailbox ("HireFlow <no-reply@hire-flow>"). */
  platformLike: boolean;
};

function parseFrom(from: string): { display: string; local: string; domain: string } {
  const trimmed = from.trim();
  const angle = /^(.*?)<\s*([^<>\s]+)\s*>\s*$/.exec(trimmed);
  let display = '';
  let address = trimmed;
  if (angle) {
    display = angle[1] ?? '';
    address = angle[2] ?? '';
  } else {
    const paren = /^(\S+@\S+)\s*\((.*)\)\s*$/.exec(trimmed);
    if (paren) {
      address = paren[1] ?? '';
      display = paren[2] ?? '';
    } else if (!trimmed.includes('@')) {
      display = trimmed;
      address = '';
    }
  }
  display = display
    .trim()
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  const at = address.lastIndexOf('@');
  const local = at >= 0 ? address.slice(0, at).toLowerCase() : '';
  const host = at >= 0 ? address.slice(at + 1).toLowerCase() : '';
  const labels = host.split('.').filter(Boolean);
  // The registrable label: "mail.hire-flow.example" -> "hire-flow".
  const domain = labels.length >= 2 ? (labels[labels.length - 2] ?? '') : (labels[0] ?? '');
  return { display, local, domain };
}

const FOOTER =
  /\b(?:unsubscribe|you (?:are|were) receiving|you received this|this (?:e-?mail|message) (?:was sent|is confidential|and any attachments|is intended)|privacy (?:policy|notice|statement)|manage (?:your )?(?:email |e-mail )?(?:preferences|notifications|subscription)|do not reply|don't reply|please do not respond|not monitored|powered by|sent (?:via|through|from my)|view (?:this email )?in (?:your )?browser|all rights reserved|©|this is an automated|automatically generated|terms of (?:use|service)|registered (?:in|office)|company (?:no|number|registration))\b/i;

const REPLY_MARKERS = [
  /^\s*On\b.{0,200}\bwrote:\s*$/,
  /^\s*Am\b.{0,200}\bschrieb.*:\s*$/,
  /^\s*Le\b.{0,200}\ba écrit\s*:\s*$/,
  /^\s*El\b.{0,200}\bescribió\s*:\s*$/,
  /^\s*Il\b.{0,200}\bha scritto\s*:\s*$/,
  /^\s*Em\b.{0,200}\bescreveu\s*:\s*$/,
  /^\s*W dniu\b.{0,200}\bnapisał.*:\s*$/,
  /^\s*Op\b.{0,200}\bschreef.*:\s*$/,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
];
const FORWARD_MARKER =
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$|^\s*Begin forwarded message:\s*$/i;

type Cleaned = { lines: string[]; text: string; from: string | null; subject: string | null };

/** The newest message as trimmed lines: quoted history cut, a forwarded message unwrapped. */
function cleanBody(body: string): Cleaned {
  let lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  let from: string | null = null;
  let subject: string | null = null;

  const fwd = lines.findIndex((l) => FORWARD_MARKER.test(l));
  if (fwd >= 0) {
    const above = lines.slice(0, fwd).filter((l) => l.trim()).length;
    if (above <= 4) {
      const rest = lines.slice(fwd + 1);
      let i = 0;
      while (i < rest.length) {
        const line = rest[i] ?? '';
        const header = /^\s*(From|Date|Sent|Subject|To|Cc):\s*(.*)$/i.exec(line);
        if (header) {
          const name = (header[1] ?? '').toLowerCase();
          if (name === 'from') from = header[2] ?? null;
          if (name === 'subject') subject = header[2] ?? null;
          i++;
        } else if (!line.trim() && i < 8) {
          i++;
        } else break;
      }
      lines = rest.slice(i);
    } else {
      lines = lines.slice(0, fwd);
    }
  }

  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i > 0 && REPLY_MARKERS.some((re) => re.test(line))) break;
    // Outlook: "From: ...", then "Sent:" or "Date:" within the next lines.
    if (
      i > 0 &&
      /^\s*\*?From:\*?\s/i.test(line) &&
      lines.slice(i + 1, i + 4).some((l) => /^\s*\*?(Sent|Date|To|Subject):/i.test(l))
    ) {
      break;
    }
    // Gmail wraps long "On ... wrote:" lines.
    if (i > 0 && /^\s*On\b.{0,200}$/.test(line) && /wrote:\s*$/.test(lines[i + 1] ?? '')) break;
    if (/^\s*>/.test(line)) continue;
    out.push(line.trim());
  }
  return { lines: out, text: out.join('\n'), from, subject };
}

// ---------------------------------------------------------------------------------------------
// Names

/** Trims department words ("Kestrel Labs Careers" -> "Kestrel Labs"); "" when nothing is left. */
function stripDept(name: string): string {
  let toks = tokensOf(
    name
      .replace(/^[-–—•·*\s]+|[\s,;:!·•-]+$/g, '')
      .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|\p{Lu}))\.+$/u, ''),
  );
  while (toks.length && /^the$/i.test(toks[0] ?? '')) toks = toks.slice(1);
  let stripped = false;
  while (toks.length && DEPT.has(lc(toks[toks.length - 1] ?? ''))) {
    toks = toks.slice(0, -1);
    stripped = true;
  }
  if (stripped) {
    while (toks.length && DEPT_QUALIFIERS.has(lc(toks[toks.length - 1] ?? ''))) {
      toks = toks.slice(0, -1);
    }
  }
  // Leading departments: "Talent Team Acme" is rare, "HR Acme" happens.
  while (
    toks.length > 1 &&
    LEADING_DEPT.has(lc(toks[0] ?? '')) &&
    !toks.slice(1).every((t) => CORP.has(lc(t)))
  ) {
    toks = toks.slice(1);
  }
  while (toks.length && /^(?:&|and|of|de|at|from|the)$/i.test(toks[toks.length - 1] ?? '')) {
    toks = toks.slice(0, -1);
  }
  return toks.join(' ');
}

function hasCorpWord(name: string): boolean {
  return tokensOf(name).some(
    (t, i, all) =>
      (i > 0 && CORP.has(lc(t))) || (i === 0 && all.length > 1 && LEADING_CORP.has(lc(t))),
  );
}

/** Words that open company names ("Studio Veneta", "Banco Alto", "Grupo Sol"). */
const LEADING_CORP = words(`
  studio studios bank banco banca grupo gruppo groupe group hotel hospital clinic university
  universidad universität université universidade college institute instituto istituto fundación
  fundação foundation museum agency atelier casa maison club società sociedad cabinet bureau
  laboratoire laboratorio
`);

function dropHonorific(s: string): string {
  let toks = tokensOf(s);
  const isHonorific = (t: string): boolean =>
    HONORIFICS.has(t.toLowerCase()) || HONORIFICS.has(lc(t)) || HONORIFICS.has(`${lc(t)}.`);
  while (toks.length > 1 && isHonorific(toks[0] ?? '')) toks = toks.slice(1);
  return toks.join(' ');
}

/** Job words that are also common surnames. */
const SURNAME_HEADS = words(`
  cook carpenter driver guard dealer pilot trader fellow master partner agent chef clerk steward
  coach broker plumber mason porter butler baker fisher hunter miller turner walker weaver cooper
  archer parker potter shepherd taylor smith marshal page reeve knight
`);

const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,4}(?:\s?[\p{Script=Han}\p{Script=Hangul}]{1,3})?$/u;
const NAME_TOKEN =
  /^(?:[\p{Lu}\p{Lt}][\p{Ll}\p{M}]*(?:[\p{Lu}][\p{Ll}\p{M}]{2,})?(?:['’][\p{Lu}\p{Ll}][\p{Ll}\p{M}]*)?(?:-[\p{Lu}\p{Ll}][\p{Ll}\p{M}]*(?:['’][\p{Lu}][\p{Ll}\p{M}]*)?)*|[\p{Lu}]\.|(?:O|D|L)['’][\p{Lu}][\p{Ll}\p{M}]+|(?:Mc|Mac)[\p{Lu}][\p{Ll}\p{M}]+|[\p{Lu}]{3,})$/u;

/** Cleans a candidate name: honorifics, pronouns, post-nominals and decorations removed. */
function cleanName(raw: string): string {
  let s = raw
    .replace(/^[\s\-–—~•·*_>]+/, '')
    .replace(/[\s*_]+$/, '')
    .replace(/\s*\((?:she|he|they|ze|xe)\/[^)]*\)\s*/gi, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[,;:!]+$/, '')
    .trim();
  s = dropHonorific(s);
  return s.replace(/\s+/g, ' ').trim();
}

/** A line that reads as a person's name (2–5 words, or one word when `single` allows it). */
function isPersonName(raw: string, single = false): boolean {
  const s = raw.trim();
  if (!s || s.length > 60) return false;
  if (CJK_NAME.test(s)) return true;
  if (/[\d@:/\\|()"“”<>=#$%]/.test(s)) return false;
  const toks = tokensOf(s);
  if (toks.length > 5) return false;
  let nameTokens = 0;
  let mixed = 0;
  for (const [i, t] of toks.entries()) {
    const low = t.toLowerCase();
    if (i > 0 && i < toks.length - 1 && NAME_PARTICLES.has(low)) continue;
    if (NAME_PARTICLES.has(low) && /^\p{Lu}/u.test(t) && i < toks.length - 1) {
      nameTokens++;
      continue;
    }
    if (!NAME_TOKEN.test(t)) return false;
    const bare = lc(t);
    // "Tim Cook", "Minnie Driver": a surname may be a job word, a first name may not.
    const surname = i > 0 && SURNAME_HEADS.has(bare);
    if (NOT_NAME.has(bare) || DEPT.has(bare) || (TITLE_WORDS.has(bare) && !surname)) return false;
    if (i > 0 && CORP.has(bare)) return false;
    if ((ROLE_HEADS.has(bare) && !surname) || MAIL_WORDS.has(bare)) return false;
    if (!isAllCaps(t) || t.length === 2) mixed++;
    nameTokens++;
  }
  if (mixed === 0 && nameTokens > 0 && !/^\p{Lu}\.$/u.test(toks[0] ?? '')) {
    // "TANAKA" alone or "IBM CLOUD": all capitals is a name only next to a normal word.
    return false;
  }
  if (toks.some((t) => /^\p{Lu}{2}$/u.test(t))) return false;
  if (nameTokens >= 2) return true;
  return single && nameTokens === 1 && toks.length === 1 && (toks[0]?.length ?? 0) >= 2;
}

// ---------------------------------------------------------------------------------------------
// Candidates

type Cand = { text: string; weight: number; source: string };

function addCand(list: Cand[], text: string, weight: number, source: string): void {
  const t = text.trim();
  if (t) list.push({ text: t, weight, source });
}

/** Cleans a captured company name; "" when it is not one. */
function cleanCompany(raw: string): string {
  let s = raw
    .replace(/[’']s$/u, '')
    .replace(/[’']$/u, '')
    .replace(/[\s,;:!?]+$/, '');
  // Keep the period of "Inc." and "S.A.", drop a sentence's full stop.
  if (/\.$/.test(s) && !/(?:\b(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|Jr|Sr)|\.\p{L})\.$/u.test(s)) {
    s = s.slice(0, -1);
  }
  s = stripDept(s);
  let toks = tokensOf(s);
  // Leading sentence words: "Today Tidewell has ...".
  while (toks.length > 1 && NOT_NAME.has(lc(toks[0] ?? '')) && !CORP.has(lc(toks[1] ?? ''))) {
    toks = toks.slice(1);
  }
  s = toks.join(' ');
  if (!s) return '';
  if (!isUpperStart(s) && !/^\p{Ll}+\p{Lu}/u.test(s) && !/^\d/.test(s)) return '';
  if (/^\d+$/.test(s)) return '';
  const low = toks.map(lc);
  if (low.length === 1 && (NOT_NAME.has(low[0] ?? '') || DEPT.has(low[0] ?? ''))) return '';
  if (low.every((w) => NOT_NAME.has(w) || DEPT.has(w) || DEPT_QUALIFIERS.has(w))) return '';
  // A job title is not a company.
  if (low.some((w) => ROLE_HEADS.has(w) && !CORP.has(w))) return '';
  return s;
}

type Found = { text: string; index: number; end: number };

/** Every capture of `group` (a CAPRUN) in `text` for a pattern with one group. */
function findAll(text: string, pattern: RegExp): Found[] {
  const out: Found[] = [];
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m[1];
    if (g !== undefined) {
      const index = m.index + m[0].indexOf(g);
      out.push({ text: g, index, end: index + g.length });
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const CO = `(${CAPRUN})`;

/**
 * Makes the ASCII letters of a pattern match either case, leaving escapes, \\p{...} classes and
 * bracket classes alone. The `i` flag cannot be used: with `u` it makes \\p{Lu} match lower case.
 */
function anyCase(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (c === '\\') {
      const next = src.charAt(i + 1);
      if ((next === 'p' || next === 'P') && src.charAt(i + 2) === '{') {
        const close = src.indexOf('}', i);
        out += src.slice(i, close + 1);
        i = close;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (
      !inClass &&
      /[a-zA-Z]/.test(c) &&
      !(src.charAt(i - 1) === '?' && src.charAt(i - 2) === '(')
    ) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else out += c;
  }
  return out;
}

/** A global Unicode pattern whose literal words match any case; interpolations stay as they are. */
function ci(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  let src = '';
  strings.raw.forEach((lit, i) => {
    src += anyCase(lit) + (parts[i] ?? '');
  });
  return new RegExp(src, 'gu');
}

/** Phrases that name the employer right after (or before) a fixed wording, with weights. */
const COMPANY_PATTERNS: { re: RegExp; weight: number; name: string }[] = [
  {
    re: ci`\b(?:position|role|job|opening|vacancy|post|opportunity|opportunities|internship|placement|programme|program|scheme|roles|positions|openings|vacancies|career|careers|team|graduate|apprenticeship|process|candidacy|application|applications|interview|interviews|offer)\s+(?:here\s+)?at\s+${CO}`,
    weight: 2,
    name: 'role-at',
  },
  {
    re: ci`\b(?:position|role|job|opening|vacancy|post|opportunity|opportunities|internship|placement|career|careers|process|candidacy|application|applications|interview|interviews|interviewing|offer)\s+with\s+${CO}`,
    weight: 1,
    name: 'role-with',
  },
  {
    re: ci`\binterest(?:ed)?\s+(?:in|for)\s+(?:(?:joining|working\s+(?:at|for|with))\s+)?${CO}`,
    weight: 2,
    name: 'interest-in',
  },
  {
    re: ci`\b(?:applying|applied|apply|application|applications|candidacy|submission)\s+(?:to|at|with)\s+${CO}`,
    weight: 2,
    name: 'apply-to',
  },
  {
    re: ci`\b(?:joining|join|joined|thinking\s+of|considering|choosing|chose|welcome\s+to|working\s+(?:at|for|with)|work\s+(?:at|for|with)|career\s+at|future\s+at|journey\s+(?:at|with))\s+${CO}`,
    weight: 1.5,
    name: 'join',
  },
  { re: ci`\bon\s+behalf\s+of\s+${CO}`, weight: 2.5, name: 'behalf' },
  { re: ci`\bclient\s*,?\s+${CO}`, weight: 2, name: 'client' },
  {
    re: ci`\b(?:our|the)\s+(?:company|firm|organi[sz]ation|business|employer|client|group|studio|agency|bank|practice|school|university|hospital)\s*,?\s+${CO}`,
    weight: 2,
    name: 'our-company',
  },
  {
    re: ci`\b(?:sent|submitted|forwarded|delivered)\s+to\s+${CO}`,
    weight: 1.5,
    name: 'sent-to',
  },
  { re: ci`\b(?:we|us|everyone|everybody|all|here)\s+at\s+${CO}`, weight: 2, name: 'we-at' },
  {
    re: new RegExp(
      String.raw`${CO}[’']s[ \t]+(?:[a-z]+[ \t]+)?(?:team|hiring|recruiting|recruitment|talent|careers|people|hr|offices?|interview|application|process)\b`,
      'gu',
    ),
    weight: 1.5,
    name: 'possessive',
  },
  {
    re: ci`\b(?:message|email|e-mail|update|news|note|invitation|invite|response|reply|feedback|decision|greetings)\s+from\s+${CO}`,
    weight: 1.5,
    name: 'message-from',
  },
  {
    re: ci`${CO}\s+is\s+an?\s+(?:equal|inclusive|diverse)`,
    weight: 2,
    name: 'eeo',
  },
  {
    re: ci`${CO}\s+(?:has|have|had)\s+(?:just\s+)?(?:invited|asked|requested|sent|shared|reviewed|received|decided|chosen|paused|selected|made|extended|offered|closed|filled|updated|moved)`,
    weight: 2,
    name: 'acts',
  },
  {
    re: ci`${CO}\s+(?:would\s+like|is\s+(?:pleased|delighted|happy|excited|hiring|looking)|are\s+(?:pleased|delighted|happy|excited)|wants\s+to|invites\s+you|is\s+inviting)`,
    weight: 2,
    name: 'acts',
  },
  {
    re: ci`\byour\s+${CO}\s+(?:application|interview|interviews|assessment|offer|candidacy|onsite|process|test|challenge|journey|role|position|screening|recruitment|hiring)`,
    weight: 2,
    name: 'your-x',
  },
  {
    re: ci`\b(?:assessment|test|interview|interviews|interviewing|screening|checks?|challenge|questionnaire|conversation|call|meeting|onsite|superday|day)\s+(?:for|at)\s+${CO}`,
    weight: 1.5,
    name: 'test-for',
  },
  // Weaker: "the Treasury team" is a department as often as it is the employer.
  { re: ci`\bthe\s+${CO}\s+(?:[a-z]+\s+)?team\b`, weight: 1.25, name: 'the-team' },
  {
    re: new RegExp(
      String.raw`(?<!\b(?:[Oo]ur|[Tt]he|[Yy]our|[Mm]y|[Aa]|[Tt]his|[Tt]hat)[ \t]+)(?!(?:The|Our|Your|My|This|That|A)\b)${CO}[ \t]+(?:[a-z]+[ \t]+)?team\b`,
      'gu',
    ),
    weight: 1,
    name: 'x-team',
  },
  {
    re: ci`\b(?:from|at|with|about)\s+${CO}`,
    weight: 0.75,
    name: 'prep',
  },
];

/** Wordings that name the mail platform rather than the employer. */
const VENDOR_PATTERNS: { re: RegExp; strong: boolean }[] = [
  {
    re: ci`\b(?:powered\s+by|sent\s+(?:via|through|using|with)|via|through|using)\s+${CO}`,
    strong: true,
  },
  {
    re: ci`\byour\s+${CO}\s+(?:candidate\s+|job\s+seeker\s+|applicant\s+)?(?:account|profile|dashboard|portal|results|password|login|inbox|app|plus|premium|settings)\b`,
    strong: true,
  },
  { re: ci`\b(?:upgrade\s+to|sign\s+in\s+to|log\s+in\s+to|download)\s+${CO}`, strong: true },
  {
    re: ci`${CO}\s+(?:account|dashboard|candidate\s+account|help\s+cent(?:er|re))\b`,
    strong: true,
  },
  {
    re: ci`${CO}\s+(?:[—–-]\s+)?(?:applications|jobs|hiring|assessments|interviews|recruiting)\s+made\s+\w+`,
    strong: true,
  },
  { re: ci`\bon\s+${CO}(?![’']s)`, strong: false },
];

/** Mailboxes of automated senders. */
const AUTOMATED_LOCAL = words(`
  noreply no-reply donotreply do-not-reply do_not_reply no_reply notifications notification alerts
  alert mailer system automated bot invitations invitation invites invite recommendations digest newsletter news
  updates assessments sign documents security
`);

const JOB_BOARD =
  /\b(?:jobs?\s+you\s+(?:saved|may\s+(?:be\s+interested|like))|you\s+may\s+(?:also\s+)?be\s+interested\s+in|new\s+jobs?\s+(?:for|matching|in|near)|jobs?\s+matching|job\s+alerts?|your\s+(?:weekly|daily)\s+(?:digest|jobs)|weekly\s+digest|profile\s+was\s+viewed|recommended\s+(?:jobs|for\s+you)|jobs?\s+recommendations?|this\s+week\s+on|read\s+the\s+issue|newsletter)\b/i;

const AGENCY =
  /\b(?:my|our|a)\s+client\b(?![-\s]+(?:services?|success|support|relations|facing|side|base|list|portal|manager|partner|experience|team|work|projects?|accounts?)\b)|\b(?:role|position|opportunity|search)\s+(?:i|we)(?:'m|’m|\s+am|'re|\s+are)\s+(?:working\s+on|recruiting\s+for|handling)|\b(?:i|we)(?:'m|’m|\s+am|'re|\s+are)\s+(?:working|partnering)\s+with\s+an?\s+(?:[a-z-]+\s+){0,3}(?:scale-?up|start-?up|company|client|business|firm|organi[sz]ation|team)\b|\bcame\s+across\s+your\s+profile\b/iu;

// ---------------------------------------------------------------------------------------------
// Signature

const CLOSING =
  /^(?:(?:with\s+)?(?:best|kind|kindest|warm|warmest|many|sincere|heartfelt|respectful|cordial|friendly|good)\s*(?:regards|wishes|thanks|greetings)?|(?:with\s+)?(?:regards|wishes|gratitude|thanks|appreciation|sincere\s+apologies)|best\s+regards|thanks(?:\s+(?:again|so\s+much|a\s+lot|and\s+regards|&\s+regards|and\s+best|once\s+more))?|thank\s+you(?:\s+(?:again|very\s+much|so\s+much|and\s+regards|for\s+your\s+time))?|many\s+thanks|cheers(?:\s+\w+)?|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|faithfully|truly|respectfully))?|respectfully(?:\s+yours)?|cordially|warmly|all\s+the\s+best|best\s+of\s+luck|good\s+luck|take\s+care|talk\s+(?:soon|then)|speak\s+soon|see\s+you(?:\s+soon)?|have\s+a\s+(?:great|good|nice)\s+\w+|wish(?:ing)?\s+you.*|(?:mit\s+)?(?:freundlichen|besten|vielen|herzlichen|liebe|viele|beste)\s+grü(?:ß|ss)en?|grü(?:ß|ss)e|(?:bien\s+)?cordialement|salutations.*|cordiali\s+saluti|distinti\s+saluti|saluti|un\s+saluto|(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|atenciosamente|abraços|um\s+abraço|pozdrawiam|z\s+poważaniem|trân\s+trọng|ngā\s+mihi|nga\s+mihi|kia\s+ora|asante.*|med\s+vennlig\s+hilsen.*|vänliga\s+hälsningar|met\s+vriendelijke\s+groet(?:en)?|regards.*|よろしくお願いします.*|敬具|此致.*)$/iu;

function isClosing(line: string): boolean {
  const s = line
    .replace(/^[\s\-–—~]+/, '')
    .replace(/[\s,.!…]+$/, '')
    .trim();
  if (!s) return false;
  if (CLOSING.test(s)) return true;
  // Unknown closings: "With sincere apologies," "Wish you the best,"
  return /,\s*$/.test(line) && tokensOf(s).length <= 5 && !/^(?:hi|hello|dear|hey)\b/i.test(s);
}

/** Trailing lines that form the signature block (short lines, no sentences). */
function signatureBlock(lines: string[]): string[] {
  const block: string[] = [];
  let i = withoutFooter(lines).length - 1;
  for (; i >= 0 && block.length < 8; i--) {
    const line = lines[i] ?? '';
    if (!line || isContactDetail(line)) continue;
    if (!isSigLike(line)) break;
    block.unshift(line);
    if (isClosing(line) && block.length > 1) break;
  }
  return block;
}

/** Phone numbers, addresses, links and mail addresses under a signature. */
function isContactDetail(line: string): boolean {
  if (line.length > 80) return false;
  const rest = line.replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/gi, ' ');
  return (
    (rest !== line && tokensOf(rest).length <= 3) ||
    /^(?:[a-z]{1,6}\.?\s*[:.]\s*)?\+?[\d\s().\-/]{7,}$/i.test(line) ||
    /^(?:tel|phone|mobile|mob|cell|fax|office|direct|m|t|p|e|w)\b\.?\s*[:.]/i.test(line) ||
    (/\d/.test(line) &&
      /,/.test(line) &&
      !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(line.split(',')[0] ?? ''))
  );
}

/** The lines without the closing paragraphs that are footers, disclaimers or a P.S. */
function withoutFooter(lines: string[]): string[] {
  let end = lines.length;
  for (;;) {
    while (end > 0 && !lines[end - 1]) end--;
    let start = end;
    while (start > 0 && lines[start - 1]) start--;
    if (start >= end) break;
    const para = lines.slice(start, end);
    const joined = para.join(' ');
    const footer =
      FOOTER.test(joined) ||
      /\b(?:confidential|intended (?:only )?for|intended recipient|legally privileged|VAT (?:no|number)|registered (?:in|office|address))\b/i.test(
        joined,
      ) ||
      /^(?:p\.?\s?s\.?|n\.?b\.?)[\s:]/i.test(para[0] ?? '') ||
      /^[-_=*~]{8,}$/.test(para[0] ?? '') ||
      para.every((l) => isContactDetail(l));
    // A footer paragraph may still hold the signature ("Best,\nAnna\nSent via X").
    if (!footer || para.some((l) => isClosing(l))) {
      // Drop the footer lines inside the last paragraph, keep the rest.
      while (
        end > start &&
        (FOOTER.test(lines[end - 1] ?? '') || isContactDetail(lines[end - 1] ?? ''))
      )
        end--;
      break;
    }
    end = start;
  }
  return lines.slice(0, end);
}

function isSigLike(line: string): boolean {
  if (line.length > 90) return false;
  if (/https?:\/\/|www\./i.test(line)) return false;
  if (
    /^(?:hi|hello|dear|hey|hiya|greetings|habari|hola|ciao|bonjour|hallo|oi|olá|kia ora)\b/i.test(
      line,
    )
  )
    return false;
  const n = tokensOf(line).length;
  if (n > 12) return false;
  if (isClosing(line)) return true;
  if (/[?:;]$/.test(line)) return false;
  if (/\.$/.test(line) && !/(?:\b\p{Lu}|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Dr))\.$/u.test(line))
    return false;
  if (n > 8 && !/[|,–—]/.test(line)) return false;
  return true;
}

/** Splits a signature line into its parts: "Name | Title | Company", "Title, Company". */
function segments(line: string): string[] {
  return line
    .replace(/^[\s\-–—~•·*]+/, '')
    .split(
      /\s*[|•·]\s*|\s*,\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+(?:at|@|via|through|on behalf of|powered by)\s+/,
    )
    .map((s) => s.trim())
    .filter(Boolean);
}

function isTitleSegment(seg: string): boolean {
  const toks = tokensOf(seg)
    .map(lc)
    .filter((t) => !/^(?:&|and|of|for|at|de|the|in)$/.test(t));
  if (!toks.length) return false;
  if (toks.every((t) => DEPT.has(t) || DEPT_QUALIFIERS.has(t) || TITLE_WORDS.has(t))) return true;
  return toks.some((t) => isRoleHead(t) && !CORP.has(t));
}

// ---------------------------------------------------------------------------------------------
// Role

const ROLE_TOKEN = String.raw`(?:[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’+#]*(?:[.\-][\p{L}\p{M}\d+#]+)*|\p{Ll}{1,6}\p{Lu}[\p{L}\p{M}\d]*|[.][\p{Lu}][\p{L}]*)`;
const ROLE_RUN = String.raw`(?<![\p{L}\p{M}\d'’.\-/])${ROLE_TOKEN}(?:(?:[ \t]+(?:of|and|de)[ \t]+|[ \t]*[&/][ \t]*|[ \t]+[-–][ \t]+|[ \t]+)${ROLE_TOKEN}){0,8}(?:[ \t]+\([^()\n]{1,40}\))?`;
const R = `(${ROLE_RUN})`;

const ROLE_NOUNS = anyCase(
  String.raw`(?:position|role|roles|opening|job|vacancy|post|spot|programme|program|scheme|internship|apprenticeship|opportunity|search|process|requisition|req|application|applications|candidacy|assessment|(?:phone\s+|video\s+|recruiter\s+|technical\s+|first\s+|second\s+|final\s+)?(?:interview|interviews|screen|call|round|stage|loop|panel)|onsite|take-home|test|task|exercise|offer|hire|team\s+role|track|intake|cohort|seat|contract|gig|recruitment|hiring|shortlist|pipeline|candidates|applicants|vacancies|positions|openings)`,
);

const ROLE_PATTERNS: { re: RegExp; weight: number; needHead: boolean; name: string }[] = [
  {
    re: ci`\b(?:the|a|an|our|your|this|that|for|my|all|every|any)\s+(?:new\s+|open\s+|current\s+|vacant\s+)?${R}\s+${ROLE_NOUNS}\b`,
    weight: 3,
    needHead: false,
    name: 'the-R-role',
  },
  {
    re: ci`\b(?:position|post|role|title|vacancy|job|opening|function)\s+(?:of|as|for)\s+(?:an?\s+|the\s+)?${R}`,
    weight: 3,
    needHead: false,
    name: 'position-of',
  },
  {
    re: ci`\b(?:the|for)\s+(?:position|role|post|vacancy|job)\s*:?\s+${R}`,
    weight: 2,
    needHead: false,
    name: 'position-R',
  },
  {
    re: ci`\b(?:application|applications|applying|applied|apply|candidacy|candidature|interest|interview|interviews|interviewing|screen|screening|call|chat|conversation|assessment|test|take-home|task|exercise|challenge|offer|considered|consideration|shortlisted|selected|hiring|recruitment|process|onsite|round|stage|loop|presentation|meeting|references?|feedback|decision)\s+(?:for|to|as)\s+(?:the\s+|an?\s+)?${R}`,
    weight: 2.5,
    needHead: true,
    name: 'app-for',
  },
  {
    re: ci`\b(?:as|be|become|be\s+our|join\s+us\s+as|hire\s+you\s+as)\s+(?:an?\s+|our\s+|the\s+)?(?:new\s+|next\s+)?${R}`,
    weight: 1.5,
    needHead: true,
    name: 'as-R',
  },
  {
    re: ci`\bfor\s+(?:the\s+|an?\s+|our\s+)?${R}`,
    weight: 1.5,
    needHead: true,
    name: 'for-R',
  },
  {
    re: ci`\b(?:hiring|recruiting|seeking|looking\s+for|searching\s+for)\s+(?:an?\s+|our\s+|the\s+)?(?:new\s+|next\s+)?${R}`,
    weight: 2,
    needHead: true,
    name: 'hiring-R',
  },
  {
    re: ci`\b(?:including|such\s+as|namely)\s+(?:the\s+)?${R}`,
    weight: 1.5,
    needHead: true,
    name: 'including-R',
  },
  {
    re: ci`\b(?:assessment|application|interview|test|offer|task|challenge|exercise)\s+\(${R}\)`,
    weight: 2,
    needHead: true,
    name: 'paren-R',
  },
  {
    re: ci`(?:^|\n)\s*(?:re|ref|position|role|job(?:\s+title)?|vacancy|post)\s*:\s*${R}`,
    weight: 2.5,
    needHead: false,
    name: 're-line',
  },
];

function roleHasHead(role: string): boolean {
  const toks = tokensOf(role.replace(/\([^)]*\)/g, ' ')).map((t) =>
    t.toLowerCase().replace(/[.,;:!?]+$/, ''),
  );
  return toks.some(isRoleHead);
}

const ROLE_LEADING_JUNK = words(`
  the a an our your this that new open current my his her their its we i you thank thanks hi
  hello dear please unfortunately congratulations great good re fwd fw update regarding following
  dream exciting
`);

/** Words before a lower-case title that are not part of it. */
const LOWER_ROLE_JUNK = words(`
  exciting new open current same above following advertised vacant remote permanent temporary
  full-time part-time fixed-term contract your our this that great interesting challenging
  available posted listed mentioned relevant specific particular other another any each every
  previous recent latest junior-level entry-level and or of for in at
`);

/** Cleans a captured role; "" when it is not one. */
function cleanRole(raw: string, companies: string[]): string {
  let s = raw.trim().replace(/[\s,;:!?.]+$/, '');
  // Parentheticals that are not part of the title: references, locations, work modes.
  s = s.replace(/\s*\(([^()]*)\)\s*$/, (m, inner: string) => {
    const keep =
      /^[\p{Lu}\d]/u.test(inner) &&
      tokensOf(inner).length <= 4 &&
      !/\d{3,}|\b(?:ref|reference|req|requisition|id|job|no|number|remote|hybrid|on-?site|m\/f|f\/m|w\/m|m\/w|d\/f|full[- ]time|part[- ]time|contract|temporary|permanent|fixed|maternity|cover)\b/i.test(
        inner,
      ) &&
      !/^(?:[A-Z]{2,}-?\d+)$/.test(inner);
    return keep ? m.trimEnd() : '';
  });
  s = s.replace(/\s*[-–—]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time)\b.*$/i, '');
  // "Requisition 44821 - Lab Technician II", "R-1023: Analyst", "Analyst – Ref 77".
  s = s.replace(
    /^(?:(?:job|req|requisition|ref|reference|vacancy|position|posting)\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*)?#?[A-Z]{0,4}[-#]?\d[\w-]*\s*[-–—:|]\s*/i,
    '',
  );
  s = s.replace(
    /\s*[-–—:|]\s*(?:(?:job|req|requisition|ref|reference)\.?\s*(?:id|no\.?|#)?\s*[:#]?\s*)?#?[A-Z]{0,4}-?\d[\w-]*$/i,
    '',
  );
  let toks = tokensOf(s);
  while (toks.length && ROLE_LEADING_JUNK.has(lc(toks[0] ?? ''))) toks = toks.slice(1);
  s = toks.join(' ');
  for (const c of companies) {
    if (c && s.toLowerCase().startsWith(c.toLowerCase() + ' ')) s = s.slice(c.length + 1);
    const tail = new RegExp(String.raw`\s+(?:at|with|@)\s+${escapeRe(c)}$`, 'i');
    s = s.replace(tail, '');
  }
  // "Data Engineer in Bergen" -> "Data Engineer".
  s = s.replace(/\s+in\s+[\p{Lu}][\p{L}\s]*$/u, '');
  s = s.replace(/\s+(?:for|of|and|&|de|in)$/i, '');
  s = s.trim();
  if (!s) return '';
  toks = tokensOf(s);
  if (toks.length > 9) return '';
  const low = toks.map(lc);
  if (!/\p{L}/u.test(s)) return '';
  if (low.every((w) => NOT_NAME.has(w) || DEPT.has(w))) return '';
  if (low.some((w) => /^(?:team|talent|recruiting|careers|hr)$/.test(w)) && !roleHasHead(s))
    return '';
  return s;
}

// ---------------------------------------------------------------------------------------------
// Voting

type Tally = { text: string; score: number; sources: Set<string>; first: number };

function tally(cands: Cand[]): Tally[] {
  const byKey = new Map<string, Tally>();
  cands.forEach((c, i) => {
    const k = keyOf(c.text);
    const t = byKey.get(k);
    if (t) {
      t.score += c.weight;
      t.sources.add(c.source);
    } else {
      byKey.set(k, { text: c.text, score: c.weight, sources: new Set([c.source]), first: i });
    }
  });
  return [...byKey.values()];
}

/** Merges "Hadley Brook" into "Hadley Brook Accounting": the fuller form takes both scores. */
function mergePrefixes(list: Tally[], fuller: 'longer' | 'shorter-on-comma'): Tally[] {
  const sorted = [...list].sort((a, b) => b.text.length - a.text.length);
  const kept: Tally[] = [];
  for (const t of sorted) {
    const k = keyOf(t.text);
    const host = kept.find((h) => {
      const hk = keyOf(h.text);
      return hk.startsWith(k + ' ') || hk.startsWith(k + ' (') || hk.startsWith(k + ',');
    });
    if (!host) {
      kept.push(t);
      continue;
    }
    const rest = keyOf(host.text).slice(k.length);
    if (
      fuller === 'shorter-on-comma' &&
      rest.startsWith(',') &&
      [...host.sources].every((s) => s === 'subject')
    ) {
      // "Data Engineer, Bergen": the comma part is usually a place; keep the plain title.
      t.score += host.score;
      for (const s of host.sources) t.sources.add(s);
      kept.splice(kept.indexOf(host), 1, t);
    } else {
      host.score += t.score;
      for (const s of t.sources) host.sources.add(s);
    }
  }
  return kept;
}

function best(list: Tally[], min: number): Tally | null {
  let top: Tally | null = null;
  for (const t of list) {
    const score = t.score + (t.sources.size - 1) * 0.5;
    const topScore = top ? top.score + (top.sources.size - 1) * 0.5 : -Infinity;
    if (score > topScore || (score === topScore && top && t.first < top.first)) top = t;
  }
  if (!top || top.score < min) return null;
  return top;
}

// ---------------------------------------------------------------------------------------------
// The extractor

export function extractParties(email: EmailParts): Parties {
  const cleaned = cleanBody(email.body);
  const fromRaw = cleaned.from ?? email.from;
  const rawSubject = cleaned.subject ?? email.subject;
  // In a reply thread the subject names what the thread began with, not always this message.
  const replyThread = /^\s*(?:re|aw|antw|sv|vs|odp|r)\s*(?:\[\d+\])?\s*:/i.test(rawSubject);
  const subject = rawSubject
    .replace(/^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|odp|r)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    .trim();
  const lines = cleaned.lines;
  const text = cleaned.text;
  const whole = `${subject}\n${text}`;

  if (JOB_BOARD.test(`${subject}\n${withoutFooter(lines).join('\n')}`)) {
    return { company: null, role: null, contactName: null };
  }

  const sender = analyseSender(fromRaw);
  const vendors = findVendors(whole, sender);

  // ---- company candidates from the body, the subject and the From header
  const companyCands: Cand[] = [];
  for (const p of COMPANY_PATTERNS) {
    for (const [src, weightScale] of [
      [text, 1],
      [subject, 0.9],
    ] as const) {
      for (const f of findAll(src, p.re)) {
        // "with Nikhil, our Head of Analytics": a person in apposition.
        if (/^,\s+(?:our|my|the|who|one\s+of)\b/i.test(src.slice(f.end))) continue;
        const c = cleanCompany(f.text);
        if (c) addCand(companyCands, c, p.weight * weightScale, p.name);
      }
    }
  }
  // "Payroll Specialist at Mirabel Insurance": a job title, then its employer.
  const roleAt = new RegExp(String.raw`(${ROLE_RUN})[ \t]+(?:at|with|for)[ \t]+${CO}`, 'gu');
  for (const [src, scale] of [
    [text, 1],
    [subject, 0.9],
  ] as const) {
    for (const m of src.matchAll(roleAt)) {
      const [, role = '', co = ''] = m;
      if (!roleHasHead(role) || /^,\s+(?:our|my|the|who)\b/i.test(src.slice(m.index + m[0].length)))
        continue;
      const c = cleanCompany(co);
      if (c) addCand(companyCands, c, 2 * scale, 'title-at');
    }
  }
  for (const seg of subjectSegments(subject)) {
    if (!CAPRUN_LINE.test(seg)) continue;
    const c = cleanCompany(seg);
    if (c && !isTitleSegment(c) && tokensOf(c).length <= 4)
      addCand(companyCands, c, 0.5, 'subject');
  }
  const tag = /^\[([^\]]{2,40})\]/.exec(subject);
  if (tag?.[1]) {
    const c = cleanCompany(tag[1]);
    if (c) addCand(companyCands, c, 1.5, 'subject-tag');
  }
  if (sender.company) addCand(companyCands, sender.company, 2.5, 'from');

  // A platform's own mailbox while the body names an employer: the sender is the platform.
  if (
    sender.company &&
    (sender.platformLike || domainMatches(fold(sender.company), sender.domain))
  ) {
    const own = fold(sender.company);
    const others = companyCands.filter(
      (c) =>
        c.source !== 'from' &&
        fold(c.text) !== own &&
        (sender.platformLike || c.source === 'acts' || c.source === 'behalf'),
    );
    if (tally(others).some((t) => t.score >= 1.5)) vendors.push(sender.company);
  }
  const inviter = inviterName(
    text,
    companyCands.filter((c) => c.source !== 'acts').map((c) => c.text),
  );
  const preliminary = companyCands
    .filter((c) => !inviter || fold(c.text) !== fold(inviter))
    .map((c) => c.text);

  // ---- signature
  const sig = readSignature(lines, sender, preliminary);
  for (const c of sig.companies) addCand(companyCands, c, 2.5, 'signature');

  // ---- contact
  let contactName = sig.name;
  if (!contactName) contactName = inviter ?? profileCardName(lines);
  if (contactName && sender.person) contactName = fuller(contactName, sender.person);

  // ---- company choice
  const vendorKeys = vendors.map(fold).filter(Boolean);
  const isVendor = (name: string): boolean => {
    const f = fold(name);
    return vendorKeys.some((v) => v === f || (f.startsWith(v) && v.length >= 4));
  };
  const personKeys = [contactName, sender.person].filter((x): x is string => !!x).map(fold);
  const filtered = companyCands.filter(
    (c) =>
      !isVendor(c.text) &&
      !personKeys.some((p) => p && (fold(c.text) === p || p.startsWith(fold(c.text)))),
  );
  // Agency outreach: the agency's own name is not the employer; a named client would be.
  const agency = AGENCY.test(whole);
  const employerCands = agency
    ? filtered.filter(
        (c) =>
          c.source !== 'from' &&
          c.source !== 'signature' &&
          !(sender.domain && domainMatches(fold(c.text), sender.domain)),
      )
    : filtered;
  let tallied = mergePrefixes(tally(employerCands), 'longer');
  for (const t of tallied) {
    if (sender.domain && fold(t.text) && domainMatches(fold(t.text), sender.domain))
      t.score += 0.75;
  }
  tallied = tallied.filter((t) => t.text.length >= 2);
  const viaPlatform =
    !!sender.vendor || (!!sender.company && isVendor(sender.company)) || sender.platformLike;
  const company = best(tallied, viaPlatform ? 0.75 : 1.5)?.text ?? null;

  // ---- role
  const role = extractRole(
    subject,
    replyThread,
    text,
    [company, sender.company].filter((x): x is string => !!x),
  );

  if (contactName && company && fold(contactName) === fold(company)) contactName = null;
  return { company, role, contactName };
}

function domainMatches(name: string, domain: string): boolean {
  const d = domain.replace(/[^a-z0-9]/g, '');
  if (!d || !name) return false;
  return (
    d === name || (d.length >= 4 && name.startsWith(d)) || (name.length >= 4 && d.startsWith(name))
  );
}

function analyseSender(fromRaw: string): Sender {
  const { display, local, domain } = parseFrom(fromRaw);
  const sender: Sender = {
    display,
    local,
    domain,
    company: null,
    vendor: null,
    person: null,
    platformLike: false,
  };
  if (!display) return sender;

  let name = display;
  let m =
    /^(.+?)\s+(?:via|through|powered\s+by)\s+(.+)$/i.exec(name) ??
    /^(.+?)\s*\((?:via\s+)?(.+)\)$/i.exec(name);
  if (m) {
    name = m[1] ?? name;
    sender.vendor = m[2] ?? null;
  }
  m = /^(.+?)\s+on\s+behalf\s+of\s+(.+)$/i.exec(name);
  if (m) {
    sender.vendor = m[1] ?? null;
    name = m[2] ?? name;
  }
  // "Careers at Acme", "Talent Team | Acme".
  m = /^(.+?)\s+(?:at|from|@|\||-|–|—)\s+(.+)$/i.exec(name);
  if (m && !stripDept(m[1] ?? '') && cleanCompany(m[2] ?? '')) {
    sender.company = cleanCompany(m[2] ?? '');
    return sender;
  }
  // "Anna at Acme", "Anna from Acme", "Anna | Acme".
  if (m && isPersonName(cleanName(m[1] ?? ''), true) && !isPersonName(m[2] ?? '')) {
    sender.person = cleanName(m[1] ?? '');
    const c = cleanCompany(m[2] ?? '');
    if (c) sender.company = c;
    return sender;
  }

  const stripped = stripDept(name);
  const deptStripped = stripped !== name.trim();
  const person = cleanName(name);
  const f = fold(stripped);
  const localParts = local.split(/[._\-+]/).filter(Boolean);
  const nameToks = tokensOf(person)
    .map(fold)
    .filter((t) => t.length >= 2);
  const letters = local.replace(/[^a-z]/g, '');
  const firstTok = nameToks[0] ?? '';
  const lastTok = nameToks[nameToks.length - 1] ?? '';
  // "anna.schmidt", "anna", "schmidt", "aschmidt", "annas".
  const localHasName =
    nameToks.some((t) => localParts.includes(t) || (t.length >= 3 && letters.startsWith(t))) ||
    (nameToks.length >= 2 &&
      (letters === firstTok.charAt(0) + lastTok || letters === firstTok + lastTok.charAt(0)));
  const genericLocal = localParts.some((p) => MAIL_WORDS.has(p)) || MAIL_WORDS.has(local);

  if (
    !deptStripped &&
    isPersonName(person) &&
    !hasCorpWord(person) &&
    (localHasName || (!genericLocal && !domainMatches(f, domain)))
  ) {
    sender.person = person;
    return sender;
  }
  if (!deptStripped && isPersonName(person, true) && localHasName && !domainMatches(f, domain)) {
    sender.person = person;
    return sender;
  }
  const c = cleanCompany(stripped);
  if (c) sender.company = c;
  sender.platformLike =
    !!c &&
    domainMatches(fold(c), domain) &&
    (localParts.some((p) => AUTOMATED_LOCAL.has(p)) || AUTOMATED_LOCAL.has(local));
  return sender;
}

function findVendors(whole: string, sender: Sender): string[] {
  const out: string[] = [];
  if (sender.vendor) out.push(stripDept(sender.vendor) || sender.vendor);
  const own = sender.company && !sender.platformLike ? fold(sender.company) : '';
  for (const { re, strong } of VENDOR_PATTERNS) {
    for (const f of findAll(whole, re)) {
      const v = stripDept(f.text.replace(/[’']s$/, '').replace(/[.,;:!?]+$/, ''));
      if (!v || tokensOf(v).length > 3) continue;
      // "on Acme's careers site" from Acme itself does not make Acme a platform.
      if (!strong && own && fold(v) === own) continue;
      out.push(v);
    }
  }
  return out;
}

function subjectSegments(subject: string): string[] {
  return subject
    .split(/\s+[-–—|]\s+|\s*[–—|]\s*|:\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Signature = { name: string | null; companies: string[] };

function readSignature(lines: string[], sender: Sender, knownCompanies: string[]): Signature {
  const block = signatureBlock(lines);
  const companies: string[] = [];
  let name: string | null = null;
  const known = new Set(knownCompanies.map(fold));
  const companyish = (s: string): boolean =>
    known.has(fold(s)) ||
    hasCorpWord(s) ||
    (!!sender.domain &&
      domainMatches(fold(s), sender.domain) &&
      !(sender.person && fold(sender.person).includes(fold(s))));

  let sawClosing = false;
  let slot = 0; // content lines seen after the closing
  for (const line of block) {
    // "Best, Anna Kim" / "Thanks — Anna": the closing and the name on one line.
    const same = /^(.+?)(?:[,!.]\s*|\s+[-–—]\s*)(\S.*)$/.exec(line);
    if (!name && same && isClosing(same[1] ?? '')) {
      const tail = cleanName(same[2] ?? '');
      if (tail && isPersonName(tail, true) && !companyish(tail)) {
        name = tail;
        slot++;
        continue;
      }
    }
    if (!name && isClosing(line)) {
      sawClosing = true;
      continue;
    }
    const segs = segments(line);
    const first = cleanName(segs[0] ?? '');
    const firstIsTitle = isTitleSegment(first) && !isPersonName(first);
    if (!name && first && !firstIsTitle) {
      const multi = isPersonName(first) && !companyish(first);
      const single =
        !multi &&
        isPersonName(first, true) &&
        !companyish(first) &&
        // A lone first name: right after the closing, or the sender's own first name.
        (slot === 0 ||
          (sawClosing && sender.person !== null && fold(sender.person).includes(fold(first)))) &&
        !(sender.company && fold(sender.company).includes(fold(first)));
      if (multi || single) {
        name = first;
        slot++;
        for (const seg of segs.slice(1)) pushCompanySeg(seg, companies);
        continue;
      }
    } else if (
      name &&
      first &&
      tokensOf(name).length === 1 &&
      isPersonName(first) &&
      fold(first).startsWith(fold(name))
    ) {
      // "Malik" then "Malik Johnson, Executive Producer": the fuller form.
      name = first;
      for (const seg of segs.slice(1)) pushCompanySeg(seg, companies);
      continue;
    }
    slot++;
    for (const seg of segs) pushCompanySeg(seg, companies);
  }
  return { name, companies };
}

function pushCompanySeg(seg: string, out: string[]): void {
  const cleaned = seg.replace(/^[\s\-–—~•·*]+/, '').replace(/^(?:the)\s+/i, '');
  if (!cleaned || /^(?:via|by)\b/i.test(cleaned)) return;
  const stripped = stripDept(cleaned);
  if (!stripped) return;
  if (isTitleSegment(stripped) && !hasCorpWord(stripped)) return;
  if (/[@/:]|\d{3,}/.test(stripped)) return;
  const c = cleanCompany(stripped);
  if (!c || tokensOf(c).length > 6 || !CAPRUN_LINE.test(c)) return;
  out.push(c);
}

/** "Dmitri Volkov has invited you to ..." on scheduling and calendar mail. */
function inviterName(text: string, companies: string[]): string | null {
  const re = new RegExp(
    String.raw`(${CAPRUN})\s+(?:has\s+)?(?:invited|would\s+like\s+to\s+invite|wants\s+to\s+(?:meet|chat|talk))\s+you`,
    'gu',
  );
  for (const f of findAll(text, re)) {
    const n = cleanName(f.text);
    if (isPersonName(n) && !hasCorpWord(n) && !companies.some((c) => fold(c) === fold(n))) return n;
  }
  return null;
}

/** A name line followed by "Title at Company" (a contact card from a network). */
function profileCardName(lines: string[]): string | null {
  const content = lines.filter(Boolean);
  for (let i = 0; i + 1 < content.length && i < 4; i++) {
    const name = cleanName(content[i] ?? '');
    const next = content[i + 1] ?? '';
    if (
      isPersonName(name) &&
      /\s(?:at|@)\s+\p{Lu}/u.test(next) &&
      isTitleSegment(next.split(/\s(?:at|@)\s/)[0] ?? '')
    ) {
      return name;
    }
  }
  return null;
}

/** The fullest consistent form: "Zoë" and "Zoë Brandt" give "Zoë Brandt". */
function fuller(signed: string, display: string): string {
  const s = tokensOf(signed).map(fold);
  const d = tokensOf(display).map(fold);
  if (d.length > s.length && s.every((t) => d.includes(t))) return display;
  return signed;
}

function extractRole(
  subject: string,
  replyThread: boolean,
  text: string,
  companies: string[],
): string | null {
  const cands: Cand[] = [];
  const consider = (raw: string, w: number, needHead: boolean, source: string): void => {
    const weight = source === 'subject' && replyThread ? w * 0.6 : w;
    const r = cleanRole(raw, companies);
    if (!r) return;
    if (needHead && !roleHasHead(r)) return;
    if (companies.some((c) => fold(c) === fold(r))) return;
    addCand(cands, r, roleHasHead(r) ? weight : weight * 0.5, source);
  };
  for (const p of ROLE_PATTERNS) {
    for (const f of findAll(text, p.re)) {
      consider(f.text, p.weight, p.needHead, p.name);
      // "Software Engineer, Infrastructure." at the end of a sentence.
      const tail = /^,\s+([\p{Lu}][\p{L}]+)(?=[.!\n]|$)/u.exec(text.slice(f.end));
      if (tail && p.needHead)
        consider(`${f.text}, ${tail[1] ?? ''}`, p.weight + 0.25, true, p.name);
    }
    for (const f of findAll(subject, p.re)) consider(f.text, p.weight, p.needHead, 'subject');
  }
  // Titles written in lower case: "the data analyst position".
  const lower =
    /\b(?:the|a|an|our|your|this|that)\s+((?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)\s+(?:position|role|job|opening|vacancy|post)\b/g;
  for (const m of `${subject}\n${text}`.matchAll(lower)) {
    let toks = tokensOf(m[1] ?? '');
    if (!isRoleHead(toks[toks.length - 1] ?? '')) continue;
    while (toks.length > 1 && LOWER_ROLE_JUNK.has(toks[0] ?? '')) toks = toks.slice(1);
    if (toks.length === 1 && LOWER_ROLE_JUNK.has(toks[0] ?? '')) continue;
    consider(toks.join(' '), 1.5, true, 'lower');
  }
  for (const seg of subjectSegments(subject)) {
    const m = new RegExp(String.raw`^${R}(?:\s+[\p{Ll}][\p{Ll}\s]*)?$`, 'u').exec(seg);
    if (m?.[1]) {
      consider(m[1], 2, true, 'subject');
      const comma = /^([^,]+),\s*[\p{Lu}][\p{L}]+$/u.exec(m[1]);
      if (comma?.[1]) consider(comma[1], 2, true, 'subject');
    }
  }
  // A quoted document title: "Offer Letter – Customer Success Associate".
  for (const q of text.matchAll(/["“]([^"”\n]{3,80})["”]/gu)) {
    for (const seg of subjectSegments(q[1] ?? '').slice(1)) {
      const m = new RegExp(String.raw`^${R}$`, 'u').exec(seg);
      if (m?.[1]) consider(m[1], 1.5, true, 'quoted');
    }
  }
  const top = best(mergePrefixes(tally(cands), 'shorter-on-comma'), 1.5);
  return top?.text ?? null;
}

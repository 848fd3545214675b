/** Lexicons for the party extractor (lower case): department, corporate, title and name words. */
export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that name a department or mailbox rather than the employer: trimmed off names. */
export const DEPT = words(`
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
export const LEADING_DEPT = words(`
  hr rh ta talent recruiting recruitment careers career hiring jobs team equipe équipe equipo
`);

/** Words that qualify a department ("Early Careers", "Engineering Recruiting"). */
export const DEPT_QUALIFIERS = words(`
  engineering early design product data sales graduate graduates campus university global technical
  tech corporate internal student students executive emea apac uk us eu europe americas north south
  people central local regional group the and & of de
`);

/** Words that end company names. */
export const CORP = words(`
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
export const ROLE_HEADS = words(`
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
export function isRoleHead(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,;:!?]+$/, '');
  if (ROLE_HEADS.has(w)) return true;
  if (w.split(/[-/]/).some((p) => ROLE_HEADS.has(p))) return true;
  if (w.length < 9) return false;
  for (const head of COMPOUND_HEADS)
    if (w.endsWith(head) && w.length > head.length + 2) return true;
  return false;
}

/** Words of a job title line in a signature (beyond the role heads). */
export const TITLE_WORDS = new Set([
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

export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. professor sir dame herr frau sr sr. sra sra.
  srta srta. mme mme. mlle m. dott dott. dott.ssa ing ing. mag mag. dipl.-ing. rev rev. doctor
`);

export const NAME_PARTICLES = words(`
  van von der den de da das dos do del della di du la le ten ter bin binti bint ibn al el y e zu
  af av
`);

/** Capitalised words that are never (part of) a person's name. */
export const NOT_NAME = words(`
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

export const MAIL_WORDS = words(`
  noreply no-reply donotreply do-not-reply do_not_reply no_reply careers career jobs job hr talent
  recruiting recruitment recruiter people hiring team hello info admin notifications notification
  alerts alert support mail mailer news newsletter digest updates update contact office studio
  applications apply candidates candidate scheduling security events assessments assessment invites
  invitations invitation recommendations earlycareers early-careers eng-recruiting careers-noreply
  sign documents bot system automated rh personal empleo trabajo bewerbung karriere
`);

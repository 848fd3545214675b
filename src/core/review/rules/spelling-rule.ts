import type { Finding, SpellChecker } from '../types.js';

// Everyday words of this field that general dictionaries often lack.
const fieldWords = new Set(
  'linkedin github gitlab frontend backend fullstack devops onboarding offboarding hackathon bootcamp bootcamps kubernetes postgres postgresql graphql typescript javascript nodejs react vue svelte nextjs webpack docker terraform ansible jira figma sql nosql api apis saas ux ui cv cvs resumé résumé recruiter recruiters interviewer interviewers hiring upskill upskilling reskilling teammate teammates startup startups fintech healthtech edtech dataset datasets microservice microservices repo repos codebase codebases whiteboarding whiteboard workflow workflows roadmap roadmaps stakeholder stakeholders email emails e-mail wifi online offline shortlist shortlisted onsite takeaway takeaways learnings walkthrough walkthroughs follow-up followup timeframe mentorship pm qa sre ml ai llm analytics'.split(
    ' ',
  ),
);

const word = /[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu;

function isCheckable(
  token: string,
  text: string,
  index: number,
  names: ReadonlySet<string>,
): boolean {
  const lower = token.toLowerCase();
  if (token.length < 3 || names.has(lower) || fieldWords.has(lower)) return false;
  if (/[A-Z]/.test(token.slice(1)) || /^[A-Z]+$/.test(token)) return false;
  // Capitalised words in mid-sentence are names and places we cannot know.
  const before = text.slice(Math.max(0, index - 3), index);
  const isSentenceStart =
    index === 0 ||
    /[.!?\n]\s*$/.test(before) ||
    (/^\s*$/.test(text.slice(Math.max(0, index - 1), index)) && index < 2);
  if (/^\p{Lu}/u.test(token) && !isSentenceStart) return false;
  const around = text.slice(Math.max(0, index - 30), index + token.length + 30);
  return (
    !/(https?:\/\/|www\.|@)\S*$/.test(text.slice(Math.max(0, index - 40), index)) &&
    !/\S+@\S+/.test(around.slice(25, 40 + token.length))
  );
}

const suffixes = [
  's',
  'es',
  'ies',
  'ity',
  'ities',
  'ness',
  'ly',
  'ed',
  'ing',
  'er',
  'ers',
  'ment',
  'ments',
  'ability',
  'ibility',
  'ation',
  'ations',
];

/** Dictionaries miss many derived forms ("integrations", "reproducibility"); accept a known stem. */
function hasKnownStem(word: string, checker: SpellChecker): boolean {
  const lower = word.toLowerCase();
  return suffixes.some((suffix) => {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 4) return false;
    const stem = lower.slice(0, -suffix.length);
    return [stem, `${stem}e`, `${stem}y`, `${stem}le`].some((candidate) =>
      checker.isCorrect(candidate),
    );
  });
}

/** Links and addresses are not words: blank them out, keeping every offset. */
function maskLinks(text: string): string {
  return text.replace(
    /https?:\/\/\S+|www\.\S+|[^\s@]+@[^\s@]+|\b[\w.-]+\.(com|org|net|io|dev|co|uk|de)\b\S*/gi,
    (m) => ' '.repeat(m.length),
  );
}

/** Misspelled words, leaving alone names, the company, the role and the field's own words. */
export function findMisspellings(
  text: string,
  checker: SpellChecker,
  names: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  const masked = maskLinks(text);
  for (const match of masked.matchAll(word)) {
    const token = match[0].replace(/['’-]+$/, '');
    const bare = token.replace(/'s$/i, '');
    if (!isCheckable(bare, masked, match.index, names)) continue;
    if (
      checker.isCorrect(token) ||
      checker.isCorrect(bare) ||
      checker.isCorrect(bare.toLowerCase())
    )
      continue;
    if (hasKnownStem(bare, checker)) continue;
    if (
      bare.includes('-') &&
      bare.split('-').every((part) => part.length < 3 || checker.isCorrect(part))
    )
      continue;
    const [best] = checker.suggest(token);
    findings.push({
      rule: 'spelling',
      category: 'spelling',
      severity: 'warning',
      message: `"${token}" looks misspelled. Small typos are what readers notice first in a short note.`,
      start: match.index,
      end: match.index + token.length,
      excerpt: token,
      ...(best
        ? { suggestion: `Did you mean "${best}"?`, replacement: best }
        : { suggestion: 'Check the spelling of this word.' }),
    });
  }
  return findings;
}

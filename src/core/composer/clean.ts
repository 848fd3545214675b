/**
 * Cleans what the user typed before it goes into a draft: one line, single spaces, no
 * characters that make text look like a template placeholder (`[Name]`, `{{role}}`,
 * `<Company>`, `(NAME)`), no literal "null" or "undefined", no empty values.
 */

const placeholderCharacters = /[()[\]{}<>]/g;
/** A whole value that is a template placeholder, e.g. "[Name]" or "{{company}}": left out. */
const wholePlaceholder = /^\s*(?:\[[^\]]*\]|\{[^}]*\}+|<[^>]*>|\([^)]*\))\s*$/;
const nullishWords = /(?<![\p{L}\p{N}])(?:null|undefined)(?![\p{L}\p{N}])/giu;
const edgePunctuation = /^[\s,;:.!?\-–—|/\\*_~^]+|[\s,;:|/\\*_~^\-–—]+$/gu;
const endingPunctuation = /[\s.!?]+$/u;

export type TextShape = 'name' | 'phrase';

/** Collapses, strips and caps a piece of user text; null when nothing useful is left. */
export function cleanText(value: unknown, max: number, shape: TextShape = 'name'): string | null {
  if (typeof value !== 'string' || wholePlaceholder.test(value)) return null;
  const flat = value
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .replace(placeholderCharacters, ' ')
    .replace(nullishWords, ' ')
    .replace(/!{2,}/g, '!')
    .replace(/\?{2,}/g, '?')
    .replace(/ {2,}/g, ' ');
  const text = trimEdges(capLength(trimEdges(flat, shape), max), shape);
  return text === '' ? null : text;
}

function trimEdges(text: string, shape: TextShape): string {
  // Closing the gap before punctuation can join marks ("0! !" → "0!!"): collapse them after.
  let result = text
    .replace(edgePunctuation, '')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/!{2,}/g, '!')
    .replace(/\?{2,}/g, '?');
  if (shape === 'phrase') result = result.replace(endingPunctuation, '');
  return result.trim();
}

function capLength(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  const cut = points.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > cut.length - 30 && lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);
const groupNames = /^(?:the )?(?:hiring|recruit|talent|hr\b|people|team\b|human resources)/i;

/** The recipient's full name and the name to use in a friendly greeting. */
export function cleanRecipient(value: unknown): { full: string; first: string } | null {
  const full = cleanText(value, 200);
  if (full === null || full.includes('@')) return null;
  if (groupNames.test(full)) return { full, first: full };
  const words = full.split(' ');
  const given = words.find((word) => !honorifics.has(word.replace(/\.$/, '').toLowerCase()));
  const first = given?.replace(/[,;:.]+$/, '') ?? '';
  return { full, first: first === '' ? full : first };
}

export function cleanSkills(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const item of value) {
    const skill = cleanText(item, 60, 'phrase');
    if (skill === null || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    skills.push(skill);
  }
  return skills.slice(0, 3);
}

export function cleanEmail(value: unknown): string | null {
  const email = cleanText(value, 320);
  return email !== null && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

export function cleanUrl(value: unknown): string | null {
  const url = cleanText(value, 500);
  return url !== null && /^\S+$/.test(url) && /^https?:\/\/|linkedin\./i.test(url) ? url : null;
}

export function cleanPhone(value: unknown): string | null {
  const phone = cleanText(value, 40);
  return phone !== null && /\d/.test(phone) ? phone : null;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.slice(-1).join('')}`;
}

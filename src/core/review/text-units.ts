/** A stretch of the reviewed text with its offsets. */
export type Span = { start: number; end: number; text: string };

/**
 * The same text with curly quotes made straight, so patterns can be written once. Every
 * replacement keeps the length, so offsets still point into the original.
 */
export function normalise(text: string): string {
  return text
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** Sentences, split at . ! ? and line breaks, with their offsets. */
export function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = match.index + lead;
    spans.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return spans;
}

/** The clause around an offset: the stretch between commas, semicolons and "but". */
export function clauseBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 80), offset);
  const parts = before.split(/[,;:.!?\n]|\bbut\b|\bhowever\b|\balthough\b|\bthough\b/i);
  return parts.at(-1) ?? '';
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

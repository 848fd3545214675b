import type { Pick } from './random.js';
import type { Draft, DraftElement, DraftKind, Tone } from './types.js';
import { draftElements } from './types.js';
import type { View } from './view.js';

/** One sentence (or line) of a draft and the element it carries. */
export type Part = { element: DraftElement; text: string };
/** Parts joined by spaces, or one per line when `isLines` (greeting, sign-off, contact). */
export type Paragraph = { parts: Part[]; isLines?: boolean };

/** A wording block: one sentence written from the view. */
export type Template = (v: View) => string;
export type Variants = Record<Tone, readonly Template[]>;

/** Writes one block in the view's tone, choosing one of its variants. */
export function say(pick: Pick, variants: Variants, v: View): string {
  const options = variants[v.tone];
  return options.length === 0 ? '' : pick(options)(v);
}

export const part = (element: DraftElement, text: string): Part => ({ element, text });

/** A paragraph of the given parts, leaving out the empty ones. */
export function paragraph(...parts: (Part | null | false)[]): Paragraph {
  return { parts: parts.filter((p): p is Part => p !== null && p !== false && p.text !== '') };
}

/** Single spaces, no space before punctuation, no doubled full stop after a value. */
export function tidy(line: string): string {
  return line
    .replace(/\s+/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/([.!?])\.(?=\s|$)/g, '$1')
    .trim();
}

export function render(
  paragraphs: readonly Paragraph[],
  separator: string,
): { body: string; elements: DraftElement[] } {
  const kept = paragraphs
    .map((p) => ({ ...p, parts: p.parts.filter((x) => tidy(x.text) !== '') }))
    .filter((p) => p.parts.length > 0);
  const body = kept
    .map((p) => {
      const lines =
        p.isLines === true ? p.parts.map((x) => x.text) : [p.parts.map((x) => x.text).join(' ')];
      return lines.map(tidy).join('\n');
    })
    .join(separator);
  const present = new Set(kept.flatMap((p) => p.parts.map((x) => x.element)));
  return { body, elements: draftElements.filter((element) => present.has(element)) };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

export function countChars(text: string): number {
  return Array.from(text).length;
}

export function toDraft(
  kind: DraftKind,
  subject: string | null,
  rendered: { body: string; elements: DraftElement[] },
  limit: number | null,
): Draft {
  return {
    kind,
    subject: subject === null ? null : tidy(subject),
    body: rendered.body,
    chars: countChars(rendered.body),
    words: countWords(rendered.body),
    elements: rendered.elements,
    limit,
  };
}

/** How one kind of email is written: its subject line and its paragraphs before the closing. */
export type EmailWriter = {
  /** Whether the closing carries the contact lines (LinkedIn URL, phone, email). */
  hasContact: boolean;
  subject: (v: View, pick: Pick) => string;
  body: (v: View, pick: Pick) => Paragraph[];
};

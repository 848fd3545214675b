/** The feedback themes Rebound recognises in what an employer said after a rejection. */
export const feedbackThemes = [
  'experience_mismatch',
  'technical_skills',
  'communication',
  'nervousness_confidence',
  'enthusiasm_motivation',
  'culture_fit',
  'resume_presentation',
  'portfolio',
  'preparation_company_research',
  'other',
] as const;
export type FeedbackTheme = (typeof feedbackThemes)[number];

/** A theme found in the feedback, with the words that show it (offsets into the text given). */
export type ThemeFinding = {
  theme: FeedbackTheme;
  /** 0..1: how sure the finder is that the employer meant this. */
  confidence: number;
  evidence: { start: number; end: number; text: string };
};

/** One concrete thing the user can do about a theme. */
export type ThemeAction = { theme: FeedbackTheme; title: string; detail: string };

export type ThemeReport = { themes: ThemeFinding[]; actions: ThemeAction[] };

export function isFeedbackTheme(value: unknown): value is FeedbackTheme {
  return typeof value === 'string' && (feedbackThemes as readonly string[]).includes(value);
}

// Public API of the feedback themes finder. A first, trivial version so other parts
// (the insights page) can build against it; the real finder replaces it.
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
export type ThemeFinding = {
  theme: FeedbackTheme;
  confidence: number;
  evidence: { start: number; end: number; text: string };
};
export type ThemeAction = { theme: FeedbackTheme; title: string; detail: string };
export type ThemeReport = { themes: ThemeFinding[]; actions: ThemeAction[] };

export const themeLabels: Record<FeedbackTheme, string> = {
  experience_mismatch: 'Experience',
  technical_skills: 'Technical skills',
  communication: 'Communication',
  nervousness_confidence: 'Nerves and confidence',
  enthusiasm_motivation: 'Enthusiasm',
  culture_fit: 'Team fit',
  resume_presentation: 'Resume',
  portfolio: 'Portfolio',
  preparation_company_research: 'Preparation',
  other: 'Other',
};

export function actionsFor(_theme: FeedbackTheme): ThemeAction[] {
  return [];
}

export function findThemes(text: string): ThemeReport {
  if (text.trim() === '') return { themes: [], actions: [] };
  return {
    themes: [{ theme: 'other', confidence: 0.5, evidence: { start: 0, end: text.length, text } }],
    actions: [],
  };
}

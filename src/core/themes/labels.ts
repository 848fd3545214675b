import type { FeedbackTheme } from './types.js';

/** Short names for people: chart legends, headings, the CLI. */
export const themeLabels: Record<FeedbackTheme, string> = {
  experience_mismatch: 'Experience for the role',
  technical_skills: 'Skills',
  communication: 'Communication',
  nervousness_confidence: 'Nerves and confidence',
  enthusiasm_motivation: 'Showing enthusiasm',
  culture_fit: 'Team and culture fit',
  resume_presentation: 'Resume and application',
  portfolio: 'Portfolio',
  preparation_company_research: 'Preparation and research',
  other: 'No specific reason given',
};

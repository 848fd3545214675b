/** Feedback themes: what an employer's feedback says to work on, and what to do about it. */
export { feedbackThemes, isFeedbackTheme } from './types.js';
export type { FeedbackTheme, ThemeAction, ThemeFinding, ThemeReport } from './types.js';
export { themeLabels } from './labels.js';
export { actionsFor } from './actions.js';
export { findThemes } from './find-themes.js';

export { reviewDraft } from './review.js';
export * from './types.js';

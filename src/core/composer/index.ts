export { composeDraft } from './compose.js';
export { composerContextSchema, type ComposerContextInput } from './schema.js';
export {
  draftElements,
  draftKindLabels,
  draftKinds,
  isDraftKind,
  linkedinAccounts,
  linkedinNoteLimits,
  tones,
  type ComposerContext,
  type Draft,
  type DraftElement,
  type DraftKind,
  type LinkedinAccount,
  type Tone,
} from './types.js';

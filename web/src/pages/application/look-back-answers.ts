import type { SelfAssessmentAnswers } from '../../../../src/core/insights/self-assessment.js';
import type { SelfAssessmentInput } from '../insights/insights-api.js';

// The look-back form keeps every answer as the text of a form control; this turns it into
// the answers the API takes, and saved answers back into the form.

export type YesNo = 'yes' | 'no' | '';

export type LookBackDraft = {
  isTailored: YesNo;
  isTypoChecked: YesNo;
  hasQuantifiedAchievements: YesNo;
  isCompanyResearched: YesNo;
  hasAskedQuestions: YesNo;
  wentWell: string;
  wentBadly: string;
  areExamplesStrong: YesNo;
  nerves: '' | '1' | '2' | '3' | '4' | '5';
  skillsMissing: string;
  fit: '' | 'yes' | 'partly' | 'no';
  fitNote: string;
};

export const emptyDraft: LookBackDraft = {
  isTailored: '',
  isTypoChecked: '',
  hasQuantifiedAchievements: '',
  isCompanyResearched: '',
  hasAskedQuestions: '',
  wentWell: '',
  wentBadly: '',
  areExamplesStrong: '',
  nerves: '',
  skillsMissing: '',
  fit: '',
  fitNote: '',
};

const toBool = (value: YesNo) => (value === '' ? null : value === 'yes');
const fromBool = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');
/** One note per line; blank lines dropped. */
const toList = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function draftToAnswers(draft: LookBackDraft): SelfAssessmentInput {
  return {
    materials: {
      isTailored: toBool(draft.isTailored),
      isTypoChecked: toBool(draft.isTypoChecked),
      hasQuantifiedAchievements: toBool(draft.hasQuantifiedAchievements),
    },
    preparation: {
      isCompanyResearched: toBool(draft.isCompanyResearched),
      hasAskedQuestions: toBool(draft.hasAskedQuestions),
    },
    interview: {
      wentWell: toList(draft.wentWell),
      wentBadly: toList(draft.wentBadly),
      areExamplesStrong: toBool(draft.areExamplesStrong),
      nerves: draft.nerves === '' ? null : Number(draft.nerves),
    },
    skillsMissing: toList(draft.skillsMissing),
    roleFit: { fit: draft.fit === '' ? null : draft.fit, note: draft.fitNote.trim() || null },
  };
}

export function answersToDraft(answers: SelfAssessmentAnswers): LookBackDraft {
  const { materials, preparation, interview, roleFit } = answers;
  return {
    isTailored: fromBool(materials.isTailored),
    isTypoChecked: fromBool(materials.isTypoChecked),
    hasQuantifiedAchievements: fromBool(materials.hasQuantifiedAchievements),
    isCompanyResearched: fromBool(preparation.isCompanyResearched),
    hasAskedQuestions: fromBool(preparation.hasAskedQuestions),
    wentWell: interview.wentWell.join('\n'),
    wentBadly: interview.wentBadly.join('\n'),
    areExamplesStrong: fromBool(interview.areExamplesStrong),
    nerves: interview.nerves === null ? '' : (String(interview.nerves) as LookBackDraft['nerves']),
    skillsMissing: answers.skillsMissing.join('\n'),
    fit: roleFit.fit ?? '',
    fitNote: roleFit.note ?? '',
  };
}

import { describe, expect, it } from 'vitest';
import { selfAssessmentSchema } from '../../../../src/core/insights/self-assessment.js';
import { answersToDraft, draftToAnswers, emptyDraft } from './look-back-answers.js';

describe('look-back answers', () => {
  it('leaves unanswered questions as "not sure" rather than no', () => {
    const answers = selfAssessmentSchema.parse(draftToAnswers(emptyDraft));
    expect(answers.materials.isTailored).toBeNull();
    expect(answers.interview.nerves).toBeNull();
    expect(answers.skillsMissing).toEqual([]);
  });

  it('reads one note per line and survives a round trip through the API schema', () => {
    const draft = {
      ...emptyDraft,
      isTailored: 'no' as const,
      hasAskedQuestions: 'yes' as const,
      wentBadly: 'Salary expectations\n\n  Why this company  ',
      nerves: '4' as const,
      skillsMissing: 'Kubernetes',
      fit: 'partly' as const,
    };
    const answers = selfAssessmentSchema.parse(draftToAnswers(draft));
    expect(answers.interview.wentBadly).toEqual(['Salary expectations', 'Why this company']);
    expect(answers.materials.isTailored).toBe(false);
    expect(answersToDraft(answers)).toEqual({
      ...draft,
      wentBadly: 'Salary expectations\nWhy this company',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { hintsFromAssessment, selfAssessmentSchema } from '../insights/self-assessment.js';
import { remedies } from '../insights/remedies.js';
import { feedbackThemes, type FeedbackTheme } from '../themes/index.js';
import { checkSmartGoal } from './smart.js';
import { spellDate, suggestGoals } from './suggest.js';

const today = '2026-03-04';
const reference = new Date(`${today}T09:00:00Z`);
const allThemes = feedbackThemes.map((theme) => ({ theme, count: 2 }));
const worried = selfAssessmentSchema.parse({
  materials: { isTailored: false, isTypoChecked: false, hasQuantifiedAchievements: false },
  preparation: { isCompanyResearched: false, hasAskedQuestions: false },
  interview: { nerves: 5, areExamplesStrong: false, wentBadly: ['Tell me about a conflict'] },
  skillsMissing: ['Kubernetes'],
  roleFit: { fit: 'no', note: 'Too much travel' },
});

describe('suggested goals', () => {
  it('are SMART against the theme or stage they answer', () => {
    for (const from of ['applied', 'screen', 'technical', 'final'] as const) {
      const suggestions = suggestGoals({
        diagnosis: {
          bottleneck: {
            from,
            to: 'offer',
            certainty: 'clear',
            probabilityBelow: 0.95,
            remedy: remedies[from],
          },
        },
        themes: allThemes,
        hints: hintsFromAssessment(worried),
        existing: [],
        today,
      });
      expect(suggestions.length).toBeGreaterThan(5);
      for (const s of suggestions) {
        const isStage = s.source === 'diagnosis';
        const check = checkSmartGoal(s.text, {
          reference,
          themes: isStage ? [] : [s.theme as FeedbackTheme],
          bottleneck: isStage ? from : null,
        });
        expect(check.missing, `${s.text}: ${check.letters.map((l) => l.why).join(' | ')}`).toEqual(
          [],
        );
      }
    }
  });

  it('put the bottleneck first, then frequent themes, then the self-assessment', () => {
    const suggestions = suggestGoals({
      diagnosis: {
        bottleneck: {
          from: 'screen',
          to: 'technical',
          certainty: 'clear',
          probabilityBelow: 0.95,
          remedy: remedies.screen,
        },
      },
      themes: [{ theme: 'nervousness_confidence', count: 3 }],
      hints: hintsFromAssessment(selfAssessmentSchema.parse({ interview: { nerves: 4 } })),
      existing: [],
      today,
    });
    expect(suggestions.map((s) => [s.source, s.text])).toEqual([
      ['diagnosis', 'Practise 3 phone-screen answers out loud by 18 March 2026'],
      ['feedback', 'Do 2 mock interviews by 18 March 2026'],
    ]);
    expect(suggestions[1]?.reason).toBe('Nerves and confidence came up in feedback 3 times.');
  });

  it('skip goals the user already has, whatever their date', () => {
    const suggestions = suggestGoals({
      diagnosis: null,
      themes: [{ theme: 'portfolio', count: 1 }],
      hints: [],
      existing: [{ text: 'Add 1 case study to my portfolio by 2 January 2026', theme: null }],
      today,
    });
    expect(suggestions).toEqual([]);
  });

  it.each([
    ['by Friday', 'Do 2 mock interviews by Friday', null],
    ['this week', 'Do 2 mock interviews this week', null],
    ['another count and date', 'do three mock interviews by next Tuesday.', null],
    [
      'in the same theme, in other words',
      'Do a practice interview with a friend',
      'nervousness_confidence',
    ],
  ])('skip a goal the user already has with %s', (_, text, theme) => {
    const suggestions = suggestGoals({
      diagnosis: null,
      themes: [
        { theme: 'nervousness_confidence', count: 2 },
        { theme: 'portfolio', count: 1 },
      ],
      hints: [],
      existing: [{ text, theme }],
      today,
    });
    expect(suggestions.map((s) => s.theme)).toEqual(['portfolio']);
  });

  it('still suggest a different action for the same theme or with shared words', () => {
    const suggestions = suggestGoals({
      diagnosis: null,
      themes: [{ theme: 'resume_presentation', count: 2 }],
      hints: [],
      existing: [
        { text: 'Tailor my resume to 3 postings this week', theme: 'resume_presentation' },
        { text: 'Add 5 keywords from the posting to my resume by Friday', theme: null },
      ],
      today,
    });
    expect(suggestions.map((s) => s.text)).toEqual([
      'Rewrite 5 resume bullets with numbers and keywords from the posting by 18 March 2026',
    ]);
  });

  it('spell dates the way the checker reads them back', () => {
    expect(spellDate('2026-03-18')).toBe('18 March 2026');
    expect(
      checkSmartGoal(`Apply to 2 jobs by ${spellDate('2026-03-18')}`, { reference }).deadline,
    ).toBe('2026-03-18');
  });
});

describe('self-assessment answers', () => {
  it('accept an empty form and fill every answer with "not sure"', () => {
    expect(selfAssessmentSchema.parse({})).toEqual({
      materials: { isTailored: null, isTypoChecked: null, hasQuantifiedAchievements: null },
      preparation: { isCompanyResearched: null, hasAskedQuestions: null },
      interview: { wentWell: [], wentBadly: [], areExamplesStrong: null, nerves: null },
      skillsMissing: [],
      roleFit: { fit: null, note: null },
    });
    expect(hintsFromAssessment(selfAssessmentSchema.parse({}))).toEqual([]);
  });

  it('refuse nerves outside 1 to 5 with a message that says the scale', () => {
    const result = selfAssessmentSchema.safeParse({ interview: { nerves: 7 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Nerves must be from 1 (calm) to 5 (very nervous).',
    );
  });

  it('turn "not tailored" into a tailoring goal and high nerves into mock interviews', () => {
    const hints = hintsFromAssessment(
      selfAssessmentSchema.parse({ materials: { isTailored: false }, interview: { nerves: 4 } }),
    );
    expect(hints.map((h) => h.theme)).toEqual(['resume_presentation', 'nervousness_confidence']);
    expect(hints.map((h) => h.goal)).toEqual([
      'Tailor my resume to 3 postings by {deadline}',
      'Do 2 mock interviews by {deadline}',
    ]);
  });
});

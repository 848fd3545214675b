import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  feedbackThemes,
  findThemes,
  themeLabels,
  type FeedbackTheme,
} from './index.js';

const themesOf = (text: string): FeedbackTheme[] => findThemes(text).themes.map((t) => t.theme);

describe('findThemes', () => {
  it('does not count praise as a theme, only the criticism after it', () => {
    expect(
      themesOf(
        'Your communication was excellent, but we needed someone with more experience in payments.',
      ),
    ).toEqual(['experience_mismatch']);
    expect(
      themesOf(
        'The panel loved your portfolio and your energy. Where you fell short was the system design interview.',
      ),
    ).toEqual(['technical_skills']);
  });

  it('reads "no concerns about" and "didn\'t seem" the way they are meant', () => {
    expect(
      themesOf('No concerns about your technical skills. You did seem quite nervous, though.'),
    ).toEqual(['nervousness_confidence']);
    expect(
      themesOf('You did not seem nervous at all and we had no doubts about your skills.'),
    ).toEqual(['other']);
    expect(themesOf("You didn't seem very enthusiastic about the role.")).toEqual([
      'enthusiasm_motivation',
    ]);
  });

  it('reads a clause of plain praise as praise, even with a usual complaint word in it', () => {
    expect(
      themesOf('Your answers were clear and to the point. We went with someone else.'),
    ).toEqual(['other']);
    expect(
      themesOf("Please don't take this as a comment on your portfolio, which the team loved."),
    ).toEqual(['other']);
    expect(themesOf("We don't doubt your skills; the role was simply filled internally.")).toEqual([
      'other',
    ]);
  });

  it('after "X was fine, but…" reads the criticism as about something else, unless it points back', () => {
    expect(
      themesOf(
        'The portfolio was good but a lot of it was group work and it was not clear what your part was.',
      ),
    ).toEqual(['portfolio']);
    expect(
      themesOf("Your maths was fine but you didn't show any working, so we couldn't follow it."),
    ).toEqual(['communication']);
    expect(
      themesOf(
        'Your SQL was fine for simple queries but window functions were a clear gap for the role.',
      ),
    ).toEqual(['technical_skills']);
  });

  it('counts hedged advice and plain requirements as the reason', () => {
    expect(
      themesOf("Next time I'd recommend brushing up on IFRS 16 - a few answers weren't right."),
    ).toEqual(['technical_skills']);
    expect(
      themesOf('Speaking honestly, we needed someone fluent in German for the DACH accounts.'),
    ).toEqual(['technical_skills']);
    expect(themesOf('Test result: 52/100 on the Java assessment; the pass mark is 70.')).toEqual([
      'technical_skills',
    ]);
    expect(themesOf('Your score was 80%, well above the threshold of 65.')).toEqual(['other']);
  });

  it('finds several themes in one text, each with its own evidence', () => {
    const text =
      "Your answers rambled a bit. You hadn't researched our product, and your CV had a couple of typos.";
    const report = findThemes(text);
    expect(report.themes.map((t) => t.theme).sort()).toEqual([
      'communication',
      'preparation_company_research',
      'resume_presentation',
    ]);
    const evidence = Object.fromEntries(report.themes.map((t) => [t.theme, t.evidence.text]));
    expect(evidence.communication).toContain('rambled');
    expect(evidence.resume_presentation).toContain('typos');
  });

  it('gives evidence inside the text that covers the words that show the theme', () => {
    const text = 'Hi Sam,\n\nThanks for coming in. Honestly, you seemed very nervous.\n\nBest, Ana';
    const [finding] = findThemes(text).themes;
    expect(finding?.theme).toBe('nervousness_confidence');
    expect(finding && text.slice(finding.evidence.start, finding.evidence.end)).toBe(
      finding?.evidence.text,
    );
    expect(finding?.evidence.text).toContain('nervous');
    expect(finding?.confidence).toBeGreaterThan(0.5);
    expect(finding?.confidence).toBeLessThanOrEqual(1);
  });

  it('follows the headings of a written debrief', () => {
    const text =
      'Strengths:\n- Clear communicator\n- Good attitude\n\nAreas of concern:\n- Kafka and stream processing\n';
    expect(themesOf(text)).toEqual(['technical_skills']);
  });

  it('says other when feedback gives no reason, with the decision as evidence', () => {
    const text =
      'Everyone enjoyed meeting you. After a very close decision we offered the role to another candidate.';
    const report = findThemes(text);
    expect(report.themes.map((t) => t.theme)).toEqual(['other']);
    expect(report.themes[0]?.evidence.text).toContain('another candidate');
  });

  it('returns nothing for empty or wordless input', () => {
    for (const text of ['', '   \n ', '!!!', '12 34', ':)']) {
      expect(findThemes(text)).toEqual({ themes: [], actions: [] });
    }
  });

  it('suggests the actions for each theme it found', () => {
    const report = findThemes('We went with a candidate who has more direct experience in retail.');
    expect(report.actions.length).toBeGreaterThan(0);
    expect(report.actions.every((a) => a.theme === 'experience_mismatch')).toBe(true);
  });
});

describe('actions and labels', () => {
  it('has two or three concrete actions and a short label for every theme', () => {
    for (const theme of feedbackThemes) {
      const actions = actionsFor(theme);
      expect(actions.length, theme).toBeGreaterThanOrEqual(2);
      expect(actions.length, theme).toBeLessThanOrEqual(3);
      for (const action of actions) {
        expect(action.theme).toBe(theme);
        expect(action.title.length).toBeGreaterThan(5);
        expect(action.detail.length).toBeGreaterThan(20);
      }
      expect(themeLabels[theme].length).toBeLessThanOrEqual(30);
    }
  });
});

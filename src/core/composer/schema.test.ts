import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose.js';
import { composerContextSchema } from './schema.js';

describe('composerContextSchema', () => {
  it('accepts an empty context and a full one', () => {
    expect(composerContextSchema.parse({})).toEqual({});
    const full = composerContextSchema.parse({
      recipientName: '  Ana Silva ',
      role: 'Data Analyst',
      company: 'Northwind',
      stage: 'final',
      detail: 'the case study',
      skills: ['SQL', ' Python '],
      wantsFeedback: true,
      futureInterest: false,
      senderName: 'Sam',
      linkedinUrl: 'https://linkedin.com/in/sam',
      phone: '+1 555 0100',
      email: 'sam@example.com',
      linkedinAccount: 'premium',
      tone: 'formal',
      seed: 12,
      feedbackSummary: 'SQL window functions',
    });
    expect(full.recipientName).toBe('Ana Silva');
    expect(full.skills).toEqual(['SQL', 'Python']);
    expect(composeDraft('reply', full).body).toContain('Dear Ana Silva,');
  });

  it('accepts null and empty values for text fields', () => {
    const parsed = composerContextSchema.parse({ role: null, linkedinUrl: '', email: null });
    expect(parsed.role).toBeNull();
  });

  it('explains each invalid field', () => {
    const result = composerContextSchema.safeParse({
      recipientName: 'x'.repeat(201),
      detail: 'y'.repeat(501),
      linkedinUrl: 'linkedin.com/in/sam',
      email: 'sam',
      tone: 'angry',
      linkedinAccount: 'gold',
      seed: 1.5,
      stage: 'hired',
      wantsFeedback: 'yes',
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(fields).toEqual(
      [
        'detail',
        'email',
        'linkedinAccount',
        'linkedinUrl',
        'recipientName',
        'seed',
        'stage',
        'tone',
        'wantsFeedback',
      ].sort(),
    );
    const url = result.error?.issues.find((issue) => issue.path[0] === 'linkedinUrl');
    expect(url?.message).toMatch(/http/);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanRecipient, cleanSkills, cleanText, listWords } from './clean.js';

describe('cleanText', () => {
  it('collapses whitespace and trims', () => {
    expect(cleanText('  Acme \n\t Corp  ', 200)).toBe('Acme Corp');
  });

  it('leaves out values that are template placeholders or nothing', () => {
    for (const value of ['[Name]', '{{company}}', '<Company>', '(YOUR NAME)', '   ', 'null', '']) {
      expect(cleanText(value, 200)).toBeNull();
    }
    expect(cleanText(undefined, 200)).toBeNull();
    expect(cleanText(42, 200)).toBeNull();
  });

  it('strips bracket characters inside a value', () => {
    expect(cleanText('Ana [Silva]', 200)).toBe('Ana Silva');
    expect(cleanText('x (HIRING MANAGER) y', 200)).toBe('x HIRING MANAGER y');
  });

  it('drops the final stop of a phrase and caps the length at a word', () => {
    expect(cleanText('the design review.', 500, 'phrase')).toBe('the design review');
    const long = 'word '.repeat(100);
    const capped = cleanText(long, 42) ?? '';
    expect(Array.from(capped).length).toBeLessThanOrEqual(42);
    expect(capped.endsWith('word')).toBe(true);
  });
});

describe('cleanRecipient', () => {
  it('finds the first name after a title', () => {
    expect(cleanRecipient('Dr. Ana Silva')).toEqual({ full: 'Dr. Ana Silva', first: 'Ana' });
    expect(cleanRecipient('李雷')).toEqual({ full: '李雷', first: '李雷' });
  });

  it('keeps a team name whole and ignores an email address', () => {
    expect(cleanRecipient('Hiring Manager')?.first).toBe('Hiring Manager');
    expect(cleanRecipient('ana@example.com')).toBeNull();
  });
});

describe('cleanSkills and listWords', () => {
  it('keeps up to three distinct skills and lists them plainly', () => {
    const skills = cleanSkills(['SQL', ' sql ', '', 'Python', '[x]', 'dbt', 'Airflow']);
    expect(skills).toEqual(['SQL', 'Python', 'dbt']);
    expect(listWords(skills)).toBe('SQL, Python and dbt');
    expect(listWords(['Go'])).toBe('Go');
  });
});

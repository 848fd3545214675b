import { describe, expect, it } from 'vitest';
import { isReboundError } from './errors.js';
import { applicationInputSchema, rejectionInputSchema } from './inputs.js';
import { validate } from './validate.js';

function problems(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isReboundError(error)) return error.fields;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('application input', () => {
  it('trims text, defaults the stage and turns empty optionals into null', () => {
    expect(
      validate(applicationInputSchema, { company: '  Acme ', role: 'Dev', notes: '' }),
    ).toMatchObject({
      company: 'Acme',
      stage: 'applied',
      notes: null,
    });
  });

  it('names every bad field at once', () => {
    const fields = problems(() =>
      validate(applicationInputSchema, {
        company: '',
        role: 7,
        appliedOn: '2026-02-30',
        stage: 'interview',
        postingUrl: 'ftp://x',
      }),
    );
    expect(fields.map((f) => f.field).sort()).toEqual([
      'appliedOn',
      'company',
      'postingUrl',
      'role',
      'stage',
    ]);
    expect(fields.find((f) => f.field === 'stage')?.message).toContain(
      'applied, screen, technical, final, offer',
    );
  });
});

describe('rejection input', () => {
  it('drops NUL characters that PostgreSQL cannot store', () => {
    expect(validate(rejectionInputSchema, { text: 'Thank\u0000 you' }).text).toBe('Thank you');
  });

  it('refuses a paste larger than an email, naming the field', () => {
    const fields = problems(() => validate(rejectionInputSchema, { text: 'x'.repeat(10_000_000) }));
    expect(fields).toEqual([
      { field: 'text', message: expect.stringContaining('too long') as unknown },
    ]);
  });

  it('normalises the received time to UTC and refuses impossible times', () => {
    expect(
      validate(rejectionInputSchema, { text: 'no', receivedAt: '2026-03-14T10:30:00+02:00' })
        .receivedAt,
    ).toBe('2026-03-14T08:30:00.000Z');
    expect(
      problems(() =>
        validate(rejectionInputSchema, { text: 'no', receivedAt: '2026-02-30T10:00:00Z' }),
      )[0]?.field,
    ).toBe('receivedAt');
  });
});

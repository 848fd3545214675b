import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../core/classify/classify.js';
import { parseMessage } from './parse-message.js';

const folder = join(import.meta.dirname, '..', '..', 'fixtures', 'emails', 'raw');
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => ({
    name,
    raw: readFileSync(join(folder, name)),
    expected: JSON.parse(
      readFileSync(join(folder, name.replace(/\.eml$/, '.expected.json')), 'utf8'),
    ) as {
      label: string;
      stage: string | null;
      reapplyInvited: boolean | null;
    },
  }));

describe.each(cases)('$name', ({ raw, expected }) => {
  it('parses and is classified as expected', async () => {
    const message = await parseMessage(raw);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text).not.toMatch(/<script|<img|function\s*\(/i);
    const result = classifyEmail({
      subject: message.subject,
      from: message.from,
      body: message.text,
    });
    expect({
      label: result.label,
      stage: result.stage,
      reapplyInvited: result.reapplyInvited,
    }).toEqual({
      label: expected.label,
      stage: expected.stage,
      reapplyInvited: expected.reapplyInvited,
    });
  });
});

describe('parseMessage', () => {
  it('takes pasted text without headers as the body', async () => {
    const message = await parseMessage(
      'We have decided not to move forward with your application.',
    );
    expect(message).toMatchObject({
      subject: '',
      messageId: null,
      text: 'We have decided not to move forward with your application.',
    });
  });
});

import { z } from 'zod';
import { stageSchema } from '../inputs.js';
import { linkedinAccounts, tones } from './types.js';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is too long: keep it under ${max} characters.` })
    .nullish();

const flag = (label: string) => z.boolean({ error: `${label} must be true or false.` }).optional();

/**
 * Validates a composer context from a JSON file (CLI `--context`) or a request body.
 * Every field is optional; the composer writes around what is missing.
 */
export const composerContextSchema = z.object({
  recipientName: text('Recipient name', 200),
  role: text('Role', 200),
  company: text('Company', 200),
  stage: stageSchema.nullish(),
  detail: text('Detail', 500),
  skills: z
    .array(z.string({ error: 'Each skill must be text.' }).trim().max(100), {
      error: 'Skills must be a list of words, for example ["SQL", "Python"].',
    })
    .max(20, { error: 'List at most 20 skills.' })
    .nullish(),
  wantsFeedback: flag('Wants feedback'),
  futureInterest: flag('Future interest'),
  senderName: text('Your name', 200),
  linkedinUrl: text('LinkedIn URL', 500).refine(
    (value) =>
      value === undefined || value === null || value === '' || /^https?:\/\/\S+$/i.test(value),
    { error: 'LinkedIn URL must be a web address starting with http:// or https://.' },
  ),
  phone: text('Phone', 50),
  email: text('Email', 320).refine(
    (value) =>
      value === undefined ||
      value === null ||
      value === '' ||
      /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    { error: 'Email must look like name@example.com.' },
  ),
  linkedinAccount: z
    .enum(linkedinAccounts, { error: 'LinkedIn account must be free or premium.' })
    .optional(),
  tone: z.enum(tones, { error: 'Tone must be warm, formal or brief.' }).optional(),
  seed: z
    .number({ error: 'Seed must be a whole number.' })
    .int({ error: 'Seed must be a whole number.' })
    .optional(),
  feedbackSummary: text('Feedback summary', 500),
});

export type ComposerContextInput = z.input<typeof composerContextSchema>;

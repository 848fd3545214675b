import { z } from 'zod';
import { isCalendarDate, isTimestamp } from './dates.js';
import { outcomes, stages } from './stages.js';

// PostgreSQL text cannot hold NUL; pasted mail sometimes carries one. Drop it quietly
// rather than failing the whole record.
export const withoutNul = (value: string) => value.replaceAll(String.fromCharCode(0), '');

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .transform(withoutNul)
    .pipe(
      z
        .string()
        .trim()
        .max(max, {
          error: `${label} is too long: keep it under ${max.toLocaleString('en')} characters.`,
        }),
    );

const requiredText = (label: string, max: number) =>
  text(label, max).pipe(z.string().min(1, { error: `${label} is required.` }));

const optionalText = (label: string, max: number) =>
  z
    .union([text(label, max), z.null()])
    .optional()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));

const url = (label: string) =>
  optionalText(label, 2000).refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), {
    error: `${label} must be a web address starting with http:// or https://.`,
  });

const calendarDate = (label: string) =>
  optionalText(label, 10).refine((value) => value === null || isCalendarDate(value), {
    error: `${label} must be a real date written YYYY-MM-DD, for example 2026-03-14.`,
  });

export const stageSchema = z.enum(stages, {
  error: `Stage must be one of: ${stages.join(', ')}.`,
});

export const outcomeSchema = z.enum(outcomes, {
  error: `Outcome must be one of: ${outcomes.join(', ')}.`,
});

export const timestampSchema = z
  .string({ error: 'Time must be text.' })
  .refine(isTimestamp, {
    error:
      'Time must be an ISO 8601 date and time with a time zone, for example 2026-03-14T09:30:00Z.',
  })
  .transform((value) => new Date(value).toISOString());

const applicationFields = {
  company: requiredText('Company', 200),
  role: requiredText('Role', 200),
  postingUrl: url('Posting URL'),
  source: optionalText('Source', 200),
  location: optionalText('Location', 200),
  appliedOn: calendarDate('Applied date'),
  notes: optionalText('Notes', 20_000),
};

export const applicationInputSchema = z.object({
  ...applicationFields,
  stage: stageSchema.default('applied'),
});
export type ApplicationInput = z.input<typeof applicationInputSchema>;
export type ValidApplicationInput = z.output<typeof applicationInputSchema>;

export const applicationPatchSchema = z.object(applicationFields).partial();
export type ApplicationPatch = z.input<typeof applicationPatchSchema>;

export const stageChangeSchema = z.object({ stage: stageSchema, at: timestampSchema.optional() });
export const outcomeChangeSchema = z.object({
  outcome: outcomeSchema,
  at: timestampSchema.optional(),
});

/** A pasted rejection email can be long, but not a whole mailbox. */
export const maxRejectionTextLength = 200_000;

export const rejectionInputSchema = z.object({
  text: text('Rejection text', maxRejectionTextLength).pipe(
    z.string().min(1, { error: 'Paste the rejection email (or a few words about it).' }),
  ),
  receivedAt: timestampSchema.optional(),
  sender: optionalText('Sender', 320),
  isReapplyInvited: z
    .boolean({ error: 'Reapply invited must be true or false.' })
    .nullable()
    .optional(),
  stageAtRejection: stageSchema.optional(),
});
export type RejectionInput = z.input<typeof rejectionInputSchema>;

const contactFields = {
  name: requiredText('Name', 200),
  title: optionalText('Title', 200),
  email: optionalText('Email', 320).refine(
    (value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    { error: 'Email must look like name@example.com.' },
  ),
  linkedinUrl: url('LinkedIn URL'),
  company: optionalText('Company', 200),
  notes: optionalText('Notes', 20_000),
};

export const contactInputSchema = z.object(contactFields);
export type ContactInput = z.input<typeof contactInputSchema>;
export const contactPatchSchema = z.object(contactFields).partial();
export type ContactPatch = z.input<typeof contactPatchSchema>;

export const applicationFilterSchema = z.object({
  stage: stageSchema.optional(),
  outcome: outcomeSchema.optional(),
  company: z.string().trim().max(200).optional(),
  q: z.string().trim().max(200).optional(),
  /** Show applications filed away too. The user's list leaves them out unless asked. */
  filed: z
    .union([z.boolean(), z.enum(['true', 'false'])], {
      error: 'Filed must be true or false.',
    })
    .optional()
    .transform((value) => value === true || value === 'true'),
});
/** For the store, `filed` left out means every application (imports and mail linking need them all). */
export type ApplicationFilter = Omit<z.output<typeof applicationFilterSchema>, 'filed'> & {
  filed?: boolean;
};

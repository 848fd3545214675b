import { z } from 'zod';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const hour = (label: string) =>
  z
    .number({ error: `${label} must be an hour from 0 to 23.` })
    .int({ error: `${label} must be a whole hour.` })
    .min(0, { error: `${label} must be an hour from 0 to 23.` })
    .max(23, { error: `${label} must be an hour from 0 to 23.` });

/** The user's choices that shape the playbook and the drafts. */
const settingsFields = z.object({
  timeZone: z.string().refine(isTimeZone, {
    error: 'Time zone must be a name like Europe/Berlin or America/New_York.',
  }),
  /** Quiet from this hour (local) … */
  quietFromHour: hour('Quiet hours start'),
  /** … until this hour the next morning. */
  quietUntilHour: hour('Quiet hours end'),
  isWeekendQuiet: z.boolean(),
  coolOffHours: z
    .number({ error: 'Cool-off must be a number of hours.' })
    .min(1, { error: 'Cool-off must be at least 1 hour.' })
    .max(72, { error: 'Cool-off must be at most 72 hours (three days).' }),
  checkInDays: z
    .number({ error: 'Check-in interval must be a number of days.' })
    .int()
    .min(14, { error: 'Check in at most every 14 days; more often feels like pressure.' })
    .max(365, { error: 'Check-in interval must be at most 365 days.' }),
  linkedinAccount: z.enum(['free', 'premium'], {
    error: 'LinkedIn account must be free or premium.',
  }),
  senderName: z.string().trim().max(200).nullable(),
  senderEmail: z.string().trim().max(320).nullable(),
  senderPhone: z.string().trim().max(60).nullable(),
  senderLinkedinUrl: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), {
      error: 'LinkedIn URL must start with https://',
    })
    .nullable(),
  /** Tailored applications to aim for each week: a few, quality over quantity. */
  weeklyTarget: z
    .number({ error: 'Weekly target must be a number of applications.' })
    .int({ error: 'Weekly target must be a whole number.' })
    .min(1, { error: 'Weekly target must be at least 1 application.' })
    .max(15, {
      error:
        'Weekly target must be at most 15: a few tailored applications do more than many rushed ones.',
    }),
});

const hasQuietWindow = (s: { quietFromHour?: number; quietUntilHour?: number }) =>
  s.quietFromHour === undefined || s.quietFromHour !== s.quietUntilHour;

export const playbookSettingsSchema = settingsFields.refine(hasQuietWindow, {
  error: 'Quiet hours must start and end at different hours.',
  path: ['quietUntilHour'],
});

export type PlaybookSettings = z.output<typeof playbookSettingsSchema>;

export const playbookSettingsPatchSchema = settingsFields.partial();

/** Defaults from the advice we follow: a few hours' pause, quiet nights and weekends. */
export function defaultPlaybookSettings(timeZone = 'UTC'): PlaybookSettings {
  return {
    timeZone,
    quietFromHour: 21,
    quietUntilHour: 9,
    isWeekendQuiet: true,
    coolOffHours: 4,
    checkInDays: 90,
    linkedinAccount: 'free',
    senderName: null,
    senderEmail: null,
    senderPhone: null,
    senderLinkedinUrl: null,
    weeklyTarget: 3,
  };
}

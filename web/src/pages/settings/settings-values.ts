import type { FieldProblem, Settings, SettingsPatch } from '../../api.js';

/** The settings as the form holds them: every input's text, as typed. */
export type SettingsValues = {
  timeZone: string;
  quietFromHour: string;
  quietUntilHour: string;
  isWeekendQuiet: boolean;
  coolOffHours: string;
  checkInDays: string;
  linkedinAccount: 'free' | 'premium';
  senderName: string;
  senderEmail: string;
  senderPhone: string;
  senderLinkedinUrl: string;
};

export function valuesOf(settings: Settings): SettingsValues {
  return {
    timeZone: settings.timeZone,
    quietFromHour: String(settings.quietFromHour),
    quietUntilHour: String(settings.quietUntilHour),
    isWeekendQuiet: settings.isWeekendQuiet,
    coolOffHours: String(settings.coolOffHours),
    checkInDays: String(settings.checkInDays),
    linkedinAccount: settings.linkedinAccount,
    senderName: settings.senderName ?? '',
    senderEmail: settings.senderEmail ?? '',
    senderPhone: settings.senderPhone ?? '',
    senderLinkedinUrl: settings.senderLinkedinUrl ?? '',
  };
}

const numberFields = {
  coolOffHours: 'Cool-off must be a number of hours.',
  checkInDays: 'Check-in interval must be a number of days.',
} as const;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The patch to send, or the fields a person must fix first. The server checks the rest. */
export function toPatch(values: SettingsValues): SettingsPatch | FieldProblem[] {
  const problems = Object.entries(numberFields).flatMap(([field, message]) => {
    const text = values[field as keyof typeof numberFields].trim();
    return text === '' || !Number.isFinite(Number(text)) ? [{ field, message }] : [];
  });
  if (problems.length > 0) return problems;
  return {
    timeZone: values.timeZone.trim(),
    quietFromHour: Number(values.quietFromHour),
    quietUntilHour: Number(values.quietUntilHour),
    isWeekendQuiet: values.isWeekendQuiet,
    coolOffHours: Number(values.coolOffHours),
    checkInDays: Number(values.checkInDays),
    linkedinAccount: values.linkedinAccount,
    senderName: orNull(values.senderName),
    senderEmail: orNull(values.senderEmail),
    senderPhone: orNull(values.senderPhone),
    senderLinkedinUrl: orNull(values.senderLinkedinUrl),
  };
}

export const fieldIds: Record<keyof SettingsValues, string> = {
  timeZone: 'settings-time-zone',
  quietFromHour: 'settings-quiet-from',
  quietUntilHour: 'settings-quiet-until',
  isWeekendQuiet: 'settings-weekend-quiet',
  coolOffHours: 'settings-cool-off',
  checkInDays: 'settings-check-in',
  linkedinAccount: 'settings-linkedin-free',
  senderName: 'settings-sender-name',
  senderEmail: 'settings-sender-email',
  senderPhone: 'settings-sender-phone',
  senderLinkedinUrl: 'settings-sender-linkedin',
};

export const idFor = (field: string) =>
  field in fieldIds ? fieldIds[field as keyof SettingsValues] : undefined;

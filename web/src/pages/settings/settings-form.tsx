import { useMemo, useState, type SyntheticEvent } from 'react';
import { linkedinNoteLimits } from '../../../../src/core/composer/types.js';
import { api, asApiError, type Settings } from '../../api.js';
import { Field, type ControlProps } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';
import { useStatus } from '../../status.js';
import { knownTimeZones } from '../../zoned-time.js';
import { fieldIds, idFor, toPatch, valuesOf, type SettingsValues } from './settings-values.js';

const hours = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

type TextName = Exclude<keyof SettingsValues, 'isWeekendQuiet' | 'linkedinAccount'>;

export function SettingsForm({ initial }: { initial: Settings }) {
  const { announce } = useStatus();
  const [values, setValues] = useState(() => valuesOf(initial));
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isSaving, setIsSaving] = useState(false);
  const zones = useMemo(knownTimeZones, []);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const patch = toPatch(values);
    if (Array.isArray(patch)) {
      setErrors({ message: 'Some settings need a fix.', fields: patch });
      return;
    }
    setErrors(null);
    setIsSaving(true);
    try {
      setValues(valuesOf(await api.updateSettings(patch)));
      announce('Settings saved. Your plans and drafts use them from now on.');
    } catch (caught) {
      const error = asApiError(caught);
      setErrors({ message: error.message, fields: error.fields });
    } finally {
      setIsSaving(false);
    }
  };

  const set = <K extends keyof SettingsValues>(name: K, value: SettingsValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
  };
  const field = (name: keyof SettingsValues) => ({
    id: fieldIds[name],
    name,
    error: errorFor(errors, name),
  });
  const text = (name: TextName) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      set(name, event.target.value);
    },
  });
  const hourSelect = (control: ControlProps, name: 'quietFromHour' | 'quietUntilHour') => (
    <select {...control} {...text(name)}>
      {hours.map((hour) => (
        <option key={hour} value={String(hour)}>
          {hourLabel(hour)}
        </option>
      ))}
    </select>
  );
  const linkedinError = errorFor(errors, 'linkedinAccount');

  return (
    <form
      className="form settings-form"
      noValidate
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <ErrorSummary errors={errors} idFor={idFor} title="Some settings need a fix" />

      <fieldset className="settings-group">
        <legend>Time and quiet hours</legend>
        <p className="field-hint">
          Rebound only suggests writing in your waking hours, so no message goes out at 2 a.m.
        </p>
        <Field
          {...field('timeZone')}
          label="Time zone"
          hint="Deadlines and quiet hours follow this zone: a name like Europe/Berlin or America/New_York."
        >
          {(control) => (
            <>
              <input
                {...control}
                type="text"
                list="time-zones"
                autoComplete="off"
                spellCheck={false}
                {...text('timeZone')}
              />
              <datalist id="time-zones">
                {zones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <div className="form-row">
          <Field
            {...field('quietFromHour')}
            label="Quiet from"
            hint="No suggestions after this hour…"
          >
            {(control) => hourSelect(control, 'quietFromHour')}
          </Field>
          <Field
            {...field('quietUntilHour')}
            label="Quiet until"
            hint="…until this hour the next morning."
          >
            {(control) => hourSelect(control, 'quietUntilHour')}
          </Field>
        </div>
        <div className="checkbox-field">
          <input
            id={fieldIds.isWeekendQuiet}
            name="isWeekendQuiet"
            type="checkbox"
            checked={values.isWeekendQuiet}
            aria-describedby="settings-weekend-quiet-hint"
            onChange={(event) => {
              set('isWeekendQuiet', event.target.checked);
            }}
          />
          <div>
            <label htmlFor={fieldIds.isWeekendQuiet}>Keep weekends quiet</label>
            <p id="settings-weekend-quiet-hint" className="field-hint">
              Messages wait until Monday morning. Looking back on a process can still happen any
              day.
            </p>
          </div>
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>The pause and check-ins</legend>
        <div className="form-row">
          <Field
            {...field('coolOffHours')}
            label="Cool-off (hours)"
            hint="How long to pause after a rejection before sending anything: 1 to 72. Four hours is a good start."
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="decimal"
                min={1}
                max={72}
                step="any"
                {...text('coolOffHours')}
              />
            )}
          </Field>
          <Field
            {...field('checkInDays')}
            label="Check in every (days)"
            hint="How often to suggest a friendly note to people you met: 14 to 365 days."
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={14}
                max={365}
                step={1}
                {...text('checkInDays')}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset
        className={`settings-group${linkedinError ? ' has-error' : ''}`}
        aria-describedby={linkedinError ? 'settings-linkedin-error' : undefined}
      >
        <legend>LinkedIn account</legend>
        <p className="field-hint">
          Connection notes are limited by your account type; drafts stay within it.
        </p>
        {linkedinError && (
          <p id="settings-linkedin-error" className="field-error">
            {linkedinError}
          </p>
        )}
        {(['free', 'premium'] as const).map((account) => (
          <label key={account} className="radio-option">
            <input
              id={`settings-linkedin-${account}`}
              type="radio"
              name="linkedinAccount"
              value={account}
              checked={values.linkedinAccount === account}
              onChange={() => {
                set('linkedinAccount', account);
              }}
            />
            <span>
              {account === 'free' ? 'Free' : 'Premium'}
              <span className="radio-hint">
                Notes up to {linkedinNoteLimits[account]} characters.
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="settings-group">
        <legend>Your sign-off</legend>
        <p className="field-hint">
          Used at the end of your drafts. Leave empty anything you would rather not share.
        </p>
        <div className="form-grid">
          <Field {...field('senderName')} label="Your name">
            {(control) => (
              <input {...control} type="text" autoComplete="name" {...text('senderName')} />
            )}
          </Field>
          <Field {...field('senderEmail')} label="Your email">
            {(control) => (
              <input {...control} type="email" autoComplete="email" {...text('senderEmail')} />
            )}
          </Field>
          <Field {...field('senderPhone')} label="Your phone">
            {(control) => (
              <input {...control} type="tel" autoComplete="tel" {...text('senderPhone')} />
            )}
          </Field>
          <Field
            {...field('senderLinkedinUrl')}
            label="Your LinkedIn URL"
            hint="Starts with https://, like https://www.linkedin.com/in/your-name"
          >
            {(control) => (
              <input {...control} type="url" inputMode="url" {...text('senderLinkedinUrl')} />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}

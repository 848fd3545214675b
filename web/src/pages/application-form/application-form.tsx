import { useState, type SyntheticEvent } from 'react';
import { Link } from 'wouter';
import { stageLabels, stages, type Stage } from '../../../../src/core/stages.js';
import { asApiError } from '../../api.js';
import { Field } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';

export type ApplicationValues = {
  company: string;
  role: string;
  postingUrl: string;
  source: string;
  location: string;
  appliedOn: string;
  stage: Stage;
  notes: string;
};

type TextName = Exclude<keyof ApplicationValues, 'stage'>;

type Props = {
  initial: ApplicationValues;
  isStageShown: boolean;
  cancelHref: string;
  onSubmit: (values: ApplicationValues) => Promise<void>;
};

const fieldIds: Record<keyof ApplicationValues, string> = {
  company: 'application-company',
  role: 'application-role',
  postingUrl: 'application-posting-url',
  source: 'application-source',
  location: 'application-location',
  appliedOn: 'application-applied-on',
  stage: 'application-stage',
  notes: 'application-notes',
};

const idFor = (field: string) =>
  field in fieldIds ? fieldIds[field as keyof ApplicationValues] : undefined;

/** Only the checks a person needs before sending; the server has the final word. */
function checkRequired(values: ApplicationValues): FormErrors {
  const fields = [
    ...(values.company.trim() === ''
      ? [{ field: 'company', message: 'Company is required.' }]
      : []),
    ...(values.role.trim() === '' ? [{ field: 'role', message: 'Role is required.' }] : []),
  ];
  return fields.length > 0 ? { message: 'Some details need a fix.', fields } : null;
}

export function ApplicationForm({ initial, isStageShown, cancelHref, onSubmit }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = checkRequired(values);
    setErrors(problems);
    if (problems) return;
    setIsSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors({ message: apiError.message, fields: apiError.fields });
      setIsSaving(false);
    }
  };

  const text = (name: TextName) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
    },
  });
  const field = (name: keyof ApplicationValues) => ({
    id: fieldIds[name],
    name,
    error: errorFor(errors, name),
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <ErrorSummary errors={errors} idFor={idFor} />
      <div className="form-grid">
        <Field {...field('company')} label="Company" isRequired>
          {(control) => (
            <input {...control} type="text" autoComplete="organization" {...text('company')} />
          )}
        </Field>
        <Field {...field('role')} label="Role" isRequired>
          {(control) => (
            <input {...control} type="text" autoComplete="organization-title" {...text('role')} />
          )}
        </Field>
        <Field
          {...field('postingUrl')}
          label="Posting URL"
          hint="The link to the job ad, if you have it."
        >
          {(control) => <input {...control} type="url" inputMode="url" {...text('postingUrl')} />}
        </Field>
        <Field
          {...field('source')}
          label="Source"
          hint="Where you found it: a job board, a referral, the company site."
        >
          {(control) => <input {...control} type="text" {...text('source')} />}
        </Field>
        <Field {...field('location')} label="Location" hint="A city, or Remote.">
          {(control) => <input {...control} type="text" {...text('location')} />}
        </Field>
        <Field {...field('appliedOn')} label="Applied date">
          {(control) => <input {...control} type="date" {...text('appliedOn')} />}
        </Field>
        {isStageShown && (
          <Field {...field('stage')} label="Stage" hint="How far it has got so far.">
            {(control) => (
              <select
                {...control}
                value={values.stage}
                onChange={(event) => {
                  const stage = stages.find((s) => s === event.target.value) ?? 'applied';
                  setValues((current) => ({ ...current, stage }));
                }}
              >
                {stages.map((stage) => (
                  <option key={stage} value={stage}>
                    {stageLabels[stage]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field
          {...field('notes')}
          label="Notes"
          hint="Anything you want to remember: people, questions, how it felt."
          className="field-wide"
        >
          {(control) => <textarea {...control} rows={5} {...text('notes')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save application'}
        </button>
        <Link href={cancelHref} className="button button-quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}

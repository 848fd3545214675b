import { useId, useState, type SyntheticEvent } from 'react';
import { asApiError } from '../../api.js';
import { useStatus } from '../../status.js';
import { insightsApi, type SelfAssessmentView } from '../insights/insights-api.js';
import { draftToAnswers, type LookBackDraft } from './look-back-answers.js';

type Setter = <K extends keyof LookBackDraft>(key: K, value: LookBackDraft[K]) => void;

function Choice(props: {
  legend: string;
  name: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <fieldset className="yes-no">
      <legend className="look-back-question">{props.legend}</legend>
      <div className="yes-no-options">
        {props.options.map(([value, label]) => (
          <label key={value} htmlFor={`${id}-${value || 'unsure'}`}>
            <input
              id={`${id}-${value || 'unsure'}`}
              type="radio"
              name={`${props.name}-${id}`}
              value={value}
              checked={props.value === value}
              onChange={() => {
                props.onChange(value);
              }}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const yesNo = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['', 'Not sure'],
] as const;

function YesNoQuestion(props: {
  legend: string;
  field: keyof LookBackDraft;
  draft: LookBackDraft;
  set: Setter;
}) {
  return (
    <Choice
      legend={props.legend}
      name={props.field}
      value={props.draft[props.field]}
      options={yesNo}
      onChange={(value) => {
        props.set(props.field, value);
      }}
    />
  );
}

function Notes(props: {
  label: string;
  hint: string;
  field: keyof LookBackDraft;
  draft: LookBackDraft;
  set: Setter;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {props.hint}
      </p>
      <textarea
        id={id}
        rows={2}
        aria-describedby={`${id}-hint`}
        value={props.draft[props.field]}
        onChange={(event) => {
          props.set(props.field, event.target.value);
        }}
      />
    </div>
  );
}

type Props = {
  view: SelfAssessmentView;
  initial: LookBackDraft;
  onSaved: (view: SelfAssessmentView) => void;
  onCancel?: () => void;
};

/** The guided look-back after one rejection. Every question is optional. */
export function SelfAssessmentForm({ view, initial, onSaved, onCancel }: Props) {
  const { announce } = useStatus();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const set: Setter = (key, value) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const q = { draft, set };

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setError(undefined);
    setIsSaving(true);
    try {
      const saved = await insightsApi.saveSelfAssessment(
        view.rejection.id,
        draftToAnswers(draft),
        !view.isOpen,
      );
      announce('Look-back saved. You can change it any time.');
      onSaved(saved);
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="form look-back-form"
      noValidate
      aria-label={`Look back on ${view.application.company}`}
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <p className="quiet">
        Five short parts, all optional. Honest answers help; nobody else sees them.
      </p>
      <fieldset>
        <legend>Materials</legend>
        <YesNoQuestion
          legend="Was your resume tailored to this posting?"
          field="isTailored"
          {...q}
        />
        <YesNoQuestion legend="Did you check it for typos?" field="isTypoChecked" {...q} />
        <YesNoQuestion
          legend="Did your achievements have numbers (time saved, users, growth)?"
          field="hasQuantifiedAchievements"
          {...q}
        />
      </fieldset>
      <fieldset>
        <legend>Preparation</legend>
        <YesNoQuestion legend="Did you research the company?" field="isCompanyResearched" {...q} />
        <YesNoQuestion
          legend="Did you ask questions of your own?"
          field="hasAskedQuestions"
          {...q}
        />
      </fieldset>
      <fieldset>
        <legend>Interview</legend>
        <Notes label="Questions that went well" hint="One per line." field="wentWell" {...q} />
        <Notes label="Questions that went badly" hint="One per line." field="wentBadly" {...q} />
        <YesNoQuestion legend="Were your examples strong?" field="areExamplesStrong" {...q} />
        <Choice
          legend="How nervous were you?"
          name="nerves"
          value={draft.nerves}
          options={[
            ['1', '1 calm'],
            ['2', '2'],
            ['3', '3'],
            ['4', '4'],
            ['5', '5 very'],
            ['', 'Not sure'],
          ]}
          onChange={(value) => {
            set('nerves', value as LookBackDraft['nerves']);
          }}
        />
      </fieldset>
      <fieldset>
        <legend>Skills missing</legend>
        <Notes
          label="Skills the role asked for that you are still building"
          hint="One per line, for example a tool or a kind of experience."
          field="skillsMissing"
          {...q}
        />
      </fieldset>
      <fieldset>
        <legend>Role fit</legend>
        <Choice
          legend="Did the role fit your long-term goals?"
          name="fit"
          value={draft.fit}
          options={[
            ['yes', 'Yes'],
            ['partly', 'Partly'],
            ['no', 'No'],
            ['', 'Not sure'],
          ]}
          onChange={(value) => {
            set('fit', value as LookBackDraft['fit']);
          }}
        />
        <Notes label="A note on fit" hint="Optional." field="fitNote" {...q} />
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save look-back'}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

import { useState, type SyntheticEvent } from 'react';
import {
  outcomeLabels,
  outcomes,
  stageLabels,
  stageRank,
  stages,
  type Outcome,
  type Stage,
} from '../../../../src/core/stages.js';
import { api, asApiError, type ApplicationDetail } from '../../api.js';
import { OutcomeBadge } from '../../components/badges.js';
import { Field } from '../../components/field.js';
import { useStatus } from '../../status.js';

type Props = { detail: ApplicationDetail; onChanged: () => void };

export function ProgressPanel({ detail, onChanged }: Props) {
  const { application, furthestStage } = detail;
  return (
    <section className="panel progress" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress</h2>
      <ol className="stepper" aria-label="Stages">
        {stages.map((stage) => {
          const isReached = stageRank(stage) <= stageRank(furthestStage);
          const isCurrent = stage === application.stage;
          return (
            <li
              key={stage}
              className={`step${isReached ? ' is-reached' : ''}${isCurrent ? ' is-current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="step-dot" aria-hidden="true" />
              <span className="step-label">
                {stageLabels[stage]}
                {isReached && <span className="visually-hidden"> (reached)</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <dl className="facts facts-progress">
        <div>
          <dt>Current stage</dt>
          <dd>{stageLabels[application.stage]}</dd>
        </div>
        <div>
          <dt>Furthest stage reached</dt>
          <dd>{stageLabels[furthestStage]}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>
            <OutcomeBadge outcome={application.outcome} />
          </dd>
        </div>
      </dl>
      <div className="progress-forms">
        <MoveStageForm key={application.stage} detail={detail} onChanged={onChanged} />
        <OutcomeForm key={application.outcome} detail={detail} onChanged={onChanged} />
      </div>
    </section>
  );
}

function MoveStageForm({ detail, onChanged }: Props) {
  const { application } = detail;
  const { announce } = useStatus();
  const [stage, setStage] = useState<Stage>(application.stage);
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setError(undefined);
    if (stage === application.stage) {
      announce(`This application is already at ${stageLabels[stage]}.`);
      return;
    }
    setIsSaving(true);
    try {
      const updated = await api.moveToStage(application.id, stage);
      announce(`Moved to ${stageLabels[updated.stage]}.`);
      onChanged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <Field id="move-stage" name="stage" label="Move to stage" error={error}>
        {(control) => (
          <select
            {...control}
            value={stage}
            onChange={(event) => {
              setStage(stages.find((s) => s === event.target.value) ?? application.stage);
            }}
          >
            {stages.map((s) => (
              <option key={s} value={s}>
                {stageLabels[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={isSaving}>
        Move
      </button>
    </form>
  );
}

function OutcomeForm({ detail, onChanged }: Props) {
  const { application } = detail;
  const { announce } = useStatus();
  const [outcome, setOutcome] = useState<Outcome>(application.outcome);
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setError(undefined);
    setIsSaving(true);
    try {
      const updated = await api.setOutcome(application.id, outcome);
      announce(`Outcome saved: ${outcomeLabels[updated.outcome]}.`);
      onChanged();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <Field id="set-outcome" name="outcome" label="Change outcome" error={error}>
        {(control) => (
          <select
            {...control}
            value={outcome}
            onChange={(event) => {
              setOutcome(outcomes.find((o) => o === event.target.value) ?? application.outcome);
            }}
          >
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {outcomeLabels[o]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={isSaving}>
        Save outcome
      </button>
    </form>
  );
}

import {
  outcomeLabels,
  outcomes,
  stageLabels,
  stageRank,
  stages,
  type Outcome,
  type Stage,
} from '../../../../src/core/stages.js';
import { api, type ApplicationDetail } from '../../api.js';
import { ChoiceForm } from '../../components/choice-form.js';
import { OutcomeBadge } from '../../components/badges.js';
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
  return (
    <ChoiceForm<Stage>
      id="move-stage"
      name="stage"
      label="Move to stage"
      choices={stages}
      labels={stageLabels}
      initial={application.stage}
      submitLabel="Move"
      onSave={async (stage) => {
        if (stage === application.stage) {
          announce(`This application is already at ${stageLabels[stage]}.`);
          return;
        }
        const updated = await api.moveToStage(application.id, stage);
        announce(`Moved to ${stageLabels[updated.stage]}.`);
        onChanged();
      }}
    />
  );
}

function OutcomeForm({ detail, onChanged }: Props) {
  const { application } = detail;
  const { announce } = useStatus();
  return (
    <ChoiceForm<Outcome>
      id="set-outcome"
      name="outcome"
      label="Change outcome"
      choices={outcomes}
      labels={outcomeLabels}
      initial={application.outcome}
      submitLabel="Save outcome"
      onSave={async (outcome) => {
        const updated = await api.setOutcome(application.id, outcome);
        announce(`Outcome saved: ${outcomeLabels[updated.outcome]}.`);
        onChanged();
      }}
    />
  );
}

import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { stageLabels, stages, type Stage } from '../../../../src/core/stages.js';
import { api, asApiError, type ApplicationDetail, type Rejection } from '../../api.js';
import { Field } from '../../components/field.js';
import { ErrorSummary, errorFor, type FormErrors } from '../../components/form-errors.js';
import { localDateTimeToIso } from '../../format.js';

type Props = { detail: ApplicationDetail; onLogged: () => void };

/** A sentence or two for someone who just got a no: the feeling is fair, the progress is kept. */
function acknowledge(rejection: Rejection): string {
  if (rejection.stageAtRejection === 'applied') {
    return 'It’s normal to feel disappointed, even this early on. Rebound has kept this with your history, so it can still help you see what to adjust next.';
  }
  const stage = stageLabels[rejection.stageAtRejection].toLowerCase();
  return `It’s normal to feel disappointed — you made it to the ${stage} stage, and that counts. Rebound has kept how far you got, so this answer can still teach you something.`;
}

export function LogRejection({ detail, onLogged }: Props) {
  const [acknowledgement, setAcknowledgement] = useState('');
  const ackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (acknowledgement) ackRef.current?.focus();
  }, [acknowledgement]);
  return (
    <section className="panel" aria-labelledby="log-rejection-title">
      <h2 id="log-rejection-title">Log a rejection</h2>
      <p className="section-intro">
        Paste the email you received. It stays here with this application; nothing is sent.
      </p>
      <div ref={ackRef} role="status" className="acknowledgement-region" tabIndex={-1}>
        {acknowledgement && <p className="acknowledgement">{acknowledgement}</p>}
      </div>
      <LogRejectionForm
        key={`${detail.furthestStage}-${detail.rejections.length}`}
        detail={detail}
        onLogged={(rejection) => {
          setAcknowledgement(acknowledge(rejection));
          onLogged();
        }}
      />
    </section>
  );
}

const fieldIds: Record<string, string> = {
  text: 'rejection-text',
  receivedAt: 'rejection-received',
  stageAtRejection: 'rejection-stage',
};

type FormProps = { detail: ApplicationDetail; onLogged: (rejection: Rejection) => void };

function LogRejectionForm({ detail, onLogged }: FormProps) {
  const [text, setText] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [stage, setStage] = useState<Stage>(detail.furthestStage);
  const [errors, setErrors] = useState<FormErrors>(null);
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setErrors({
        message: 'Some details need a fix.',
        fields: [
          { field: 'text', message: 'Paste the rejection email (or a few words about it).' },
        ],
      });
      return;
    }
    setErrors(null);
    setIsSaving(true);
    try {
      const iso = localDateTimeToIso(receivedAt);
      const logged = await api.logRejection(detail.application.id, {
        text,
        stageAtRejection: stage,
        ...(iso ? { receivedAt: iso } : {}),
      });
      onLogged(logged.rejection);
    } catch (caught) {
      const error = asApiError(caught);
      setErrors({ message: error.message, fields: error.fields });
      setIsSaving(false);
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        void handleSubmit(event);
      }}
    >
      <ErrorSummary errors={errors} idFor={(field) => fieldIds[field]} />
      <Field
        id="rejection-text"
        name="text"
        label="Paste the rejection email"
        error={errorFor(errors, 'text')}
        isRequired
      >
        {(control) => (
          <textarea
            {...control}
            rows={7}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="form-row">
        <Field
          id="rejection-received"
          name="receivedAt"
          label="When it arrived"
          hint="Leave empty if it just arrived."
          error={errorFor(errors, 'receivedAt')}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={receivedAt}
              onChange={(event) => {
                setReceivedAt(event.target.value);
              }}
            />
          )}
        </Field>
        <Field
          id="rejection-stage"
          name="stageAtRejection"
          label="Stage reached"
          hint="How far you got before this answer."
          error={errorFor(errors, 'stageAtRejection')}
        >
          {(control) => (
            <select
              {...control}
              value={stage}
              onChange={(event) => {
                setStage(stages.find((s) => s === event.target.value) ?? detail.furthestStage);
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
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Log rejection'}
        </button>
      </div>
    </form>
  );
}

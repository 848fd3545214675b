import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Rejection } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { formatTime } from '../../format.js';
import { useResource } from '../../use-resource.js';
import { insightsApi, type SelfAssessmentView } from '../insights/insights-api.js';
import { answersToDraft, emptyDraft } from './look-back-answers.js';
import { goToLookBack, isLookBackInAddress, lookBackAnchor } from './look-back-anchor.js';
import { SelfAssessmentForm } from './self-assessment-form.js';

/** A look-back for each rejection, once the pause after it is over. */
type SectionProps = {
  rejections: Rejection[];
  /** After a save: the plan's look-back step is done now. */
  onSaved: () => void;
};

export function LookBackSection({ rejections, onSaved }: SectionProps) {
  const hasRejections = rejections.length > 0;
  // Arriving from a link to /applications/ID#look-back (the Today page): the page loads
  // after the browser looked for the anchor, so go there once the section exists.
  useEffect(() => {
    if (hasRejections && isLookBackInAddress()) goToLookBack();
  }, [hasRejections]);
  if (!hasRejections) return null;
  return (
    <section id={lookBackAnchor} className="panel" aria-labelledby={`${lookBackAnchor}-title`}>
      <h2 id={`${lookBackAnchor}-title`} tabIndex={-1}>
        Look back
      </h2>
      {rejections.map((rejection) => (
        <LookBack key={rejection.id} rejectionId={rejection.id} onSaved={onSaved} />
      ))}
    </section>
  );
}

function LookBack({ rejectionId, onSaved }: { rejectionId: string; onSaved: () => void }) {
  const { resource, reload } = useResource(
    () => insightsApi.getSelfAssessment(rejectionId),
    rejectionId,
  );
  const [saved, setSaved] = useState<SelfAssessmentView | null>(null);
  if (resource.status === 'loading') return <Loading what="the look-back" />;
  if (resource.status === 'error') return <LoadError error={resource.error} onRetry={reload} />;
  return (
    <LookBackBody
      view={saved ?? resource.data}
      onSaved={(view) => {
        setSaved(view);
        onSaved();
      }}
    />
  );
}

function LookBackBody(props: {
  view: SelfAssessmentView;
  onSaved: (view: SelfAssessmentView) => void;
}) {
  const { view } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [isEarly, setIsEarly] = useState(false);
  const { assessment } = view;

  if (!view.isOpen && !assessment && !isEarly) {
    return (
      <div className="look-back">
        <p>
          A short look-back will be here after your pause, from {view.opensAtLocal}. A little
          distance makes it easier to be fair to yourself, so there is no rush.
        </p>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => {
            setIsEarly(true);
          }}
        >
          Fill it in now anyway
        </button>
      </div>
    );
  }

  if (assessment && !isEditing) {
    return (
      <div className="look-back">
        <p>
          You looked back on{' '}
          <time dateTime={assessment.updatedAt}>{formatTime(assessment.updatedAt)}</time>. Thank you
          for taking the time.
        </p>
        {view.hints.length > 0 && (
          <>
            <h3>What your answers point to</h3>
            <ul>
              {view.hints.map((hint) => (
                <li key={hint.goal}>{hint.reason}</li>
              ))}
            </ul>
            <p>
              <Link href="/goals">See suggested goals</Link>
            </p>
          </>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setIsEditing(true);
          }}
        >
          Edit your answers
        </button>
      </div>
    );
  }

  return (
    <div className="look-back">
      <SelfAssessmentForm
        view={view}
        initial={assessment ? answersToDraft(assessment.answers) : emptyDraft}
        onSaved={(next) => {
          setIsEditing(false);
          props.onSaved(next);
        }}
        {...(assessment
          ? {
              onCancel: () => {
                setIsEditing(false);
              },
            }
          : {})}
      />
    </div>
  );
}

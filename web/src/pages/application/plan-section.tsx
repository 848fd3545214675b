import { useRef } from 'react';
import { api, type ApplicationDetail } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { useResource } from '../../use-resource.js';
import { browserTimeZone, formatMoment } from '../../zoned-time.js';
import { FeedbackForm } from './feedback-form.js';
import { PlanStepItem } from './plan-step.js';

type Props = { detail: ApplicationDetail; onChanged: () => void };

/** The steps after the latest rejection, as an ordered timeline with what to do next. */
export function PlanSection({ detail, onChanged }: Props) {
  const { id } = detail.application;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The detail reloads after every change here; its timeline length tells the plan to follow.
  const key = `${id}:${detail.rejections.length}:${detail.timeline.length}`;
  const { resource, reload, isStale } = useResource(
    () => Promise.all([api.getPlan(id), api.getSettings()]),
    key,
  );

  const changed = () => {
    headingRef.current?.focus();
    onChanged();
  };

  return (
    <section className="panel plan-panel" aria-labelledby="plan-title" aria-busy={isStale}>
      <h2 id="plan-title" ref={headingRef} tabIndex={-1}>
        Your plan
      </h2>
      {resource.status === 'loading' && <Loading what="your plan" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && (
        <>
          <p className="section-intro">
            {resource.data[0].isCoolingOff
              ? `First, a pause until ${formatMoment(resource.data[0].coolOffEndsAt, resource.data[1].timeZone)}. After that, one step at a time, each in its own window.`
              : 'One step at a time, each in its own window. Skip whatever does not fit.'}
            {resource.data[1].timeZone !== browserTimeZone() &&
              ` Times are in ${resource.data[1].timeZone}, from your settings.`}
          </p>
          <ol className="plan" aria-label="Plan">
            {resource.data[0].steps.map((step, index) => (
              <PlanStepItem
                key={`${step.kind}:${String(index)}`}
                applicationId={id}
                step={step}
                timeZone={resource.data[1].timeZone}
                onChanged={changed}
              />
            ))}
          </ol>
          <FeedbackForm applicationId={id} onLogged={changed} />
        </>
      )}
    </section>
  );
}

import type { ApplicationEvent } from './records.js';
import { stepLabels } from './playbook/steps.js';
import { laterStage, outcomeLabels, stageLabels, type Stage } from './stages.js';

/** The furthest stage an application ever reached, whatever its status is now. */
export function furthestStage(events: readonly ApplicationEvent[]): Stage {
  return laterStage(...events.flatMap((event) => (event.stage ? [event.stage] : [])));
}

/** Oldest first; events at the same instant keep the order they were written in. */
export function sortTimeline(events: readonly ApplicationEvent[]): ApplicationEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.localeCompare(b.event.at) || a.index - b.index)
    .map(({ event }) => event);
}

/** One plain sentence for a timeline entry. */
export function describeEvent(event: ApplicationEvent): string {
  switch (event.type) {
    case 'created':
      return event.stage && event.stage !== 'applied'
        ? `Added at the ${stageLabels[event.stage].toLowerCase()} stage`
        : 'Application added';
    case 'stage_changed':
      return event.stage ? `Moved to ${stageLabels[event.stage].toLowerCase()}` : 'Stage changed';
    case 'outcome_changed':
      return event.outcome
        ? `Marked as ${outcomeLabels[event.outcome].toLowerCase()}`
        : 'Outcome changed';
    case 'rejection_logged':
      return event.stage
        ? `Rejection logged after the ${stageLabels[event.stage].toLowerCase()} stage`
        : 'Rejection logged';
    case 'contact_linked':
      return event.detail ? `Contact added: ${event.detail}` : 'Contact added';
    case 'contact_unlinked':
      return event.detail ? `Contact removed: ${event.detail}` : 'Contact removed';
    case 'step_done':
      return event.step ? `Done: ${stepLabels[event.step].toLowerCase()}` : 'Step done';
    case 'step_skipped':
      return event.step ? `Skipped: ${stepLabels[event.step].toLowerCase()}` : 'Step skipped';
    case 'feedback_received':
      return 'Feedback received';
  }
}

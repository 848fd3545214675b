import { useRef } from 'react';
import { Link } from 'wouter';
import type { DraftKind } from '../../../../src/core/composer/types.js';
import { stepLabels } from '../../../../src/core/playbook/steps.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { formatMoment } from '../../zoned-time.js';
import type { ComposerContext } from './composer-page.js';
import { DraftWorkspace } from './draft-workspace.js';
import { useDraft } from './use-draft.js';

type Props = { context: ComposerContext; kind: DraftKind };

/** Write one message of the plan: a prefilled draft to shape, then copy, mail or mark sent. */
export function Composer({ context, kind }: Props) {
  const { detail, settings, plan } = context;
  const { application } = detail;
  const state = useDraft(application.id, kind);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const label = stepLabels[kind];
  const step = plan?.steps.find((s) => s.kind === kind);
  const detailHref = `/applications/${application.id}`;
  useDocumentTitle(`${label} · ${application.company}`);

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link href="/">Applications</Link>
            <span aria-hidden="true"> / </span>
            <Link href={detailHref}>{application.company}</Link>
            <span aria-hidden="true"> / </span>
            Write
          </p>
          <h1>
            {label}
            <span className="h1-secondary">
              {' '}
              · {application.role} at {application.company}
            </span>
          </h1>
          {step && <p className="lead">{step.rationale}</p>}
        </div>
      </div>
      {plan?.isCoolingOff && (
        <p className="notice notice-calm">
          You are in a pause until {formatMoment(plan.coolOffEndsAt, settings.timeZone)}. Writing
          now is fine, if it helps; sending can wait until then.
        </p>
      )}
      {step?.status === 'done' && step.doneAt && (
        <p className="notice notice-calm">
          You marked this as sent {formatMoment(step.doneAt, settings.timeZone)}. Nothing more is
          needed, unless you want to write again.
        </p>
      )}
      {!state.draft && !state.error && <Loading what="your draft" />}
      {state.error && <LoadError error={state.error} onRetry={state.retry} />}
      {state.draft && (
        <DraftWorkspace
          context={context}
          kind={kind}
          state={{ ...state, draft: state.draft }}
          messageRef={messageRef}
        />
      )}
      <ConfirmDialog
        isOpen={state.pending !== null}
        title="Replace your edits?"
        cancelLabel="Keep my edits"
        confirmLabel="Use the new wording"
        confirmClassName="button-secondary"
        onConfirm={state.confirmPending}
        onCancel={state.cancelPending}
      >
        <p>
          The new draft replaces the changes you made here. If you want to keep any of them, copy
          them first.
        </p>
      </ConfirmDialog>
    </>
  );
}

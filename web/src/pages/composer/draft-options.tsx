import { useState, type SyntheticEvent } from 'react';
import { tones, type Tone } from '../../../../src/core/composer/types.js';
import { Field } from '../../components/field.js';
import type { DraftState } from './use-draft.js';

const toneLabels: Record<Tone, { label: string; hint: string }> = {
  warm: { label: 'Warm', hint: 'Friendly and personal.' },
  formal: { label: 'Formal', hint: 'Polite and reserved.' },
  brief: { label: 'Brief', hint: 'A few lines, nothing more.' },
};

/** Ways to reshape the draft: tone, other wording, one good moment to mention. */
export function DraftOptions({ state }: { state: DraftState }) {
  const { request } = state;
  const [detail, setDetail] = useState(request.detail);

  const applyDetail = (event: SyntheticEvent) => {
    event.preventDefault();
    state.ask({ ...request, detail });
  };

  return (
    <section className="panel composer-options" aria-labelledby="options-title">
      <h2 id="options-title">Shape it</h2>
      <fieldset className="radio-group">
        <legend>Tone</legend>
        {tones.map((tone) => (
          <label key={tone} className="radio-option">
            <input
              type="radio"
              name="tone"
              value={tone}
              checked={request.tone === tone}
              aria-describedby={`tone-${tone}-hint`}
              onChange={() => {
                state.ask({ ...request, tone });
              }}
            />
            <span>
              {toneLabels[tone].label}
              <span id={`tone-${tone}-hint`} className="radio-hint">
                {toneLabels[tone].hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button-secondary other-wording"
        onClick={() => {
          state.ask({ ...request, seed: (request.seed ?? 0) + 1 }, { isNewWording: true });
        }}
      >
        Other wording
      </button>
      <form className="detail-form" onSubmit={applyDetail}>
        <Field
          id="draft-detail"
          name="detail"
          label="A good moment to mention"
          hint="Optional. One thing you enjoyed, like “the pairing session on the billing service”."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={500}
              value={detail}
              onChange={(event) => {
                setDetail(event.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="button button-secondary">
          Rewrite with it
        </button>
      </form>
    </section>
  );
}

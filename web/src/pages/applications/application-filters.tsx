import { useCallback, useEffect, useState } from 'react';
import { outcomeLabels, outcomes, stageLabels, stages } from '../../../../src/core/stages.js';
import type { ApplicationFilter } from '../../api.js';
import type { FilterName } from './use-list-params.js';

type Props = {
  filter: ApplicationFilter;
  hasFilters: boolean;
  onChange: (changes: Partial<Record<FilterName, string>>) => void;
  onClear: () => void;
};

const typingDelayMs = 300;

/**
 * A text filter that applies after a short pause in typing, and follows the address when
 * it changes from elsewhere (Back, "Clear filters").
 */
function useTypedFilter(urlValue: string, commit: (value: string) => void) {
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== value.trim()) setValue(urlValue);
  }
  useEffect(() => {
    if (value.trim() === urlValue) return;
    const timer = setTimeout(() => {
      commit(value.trim());
    }, typingDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [value, urlValue, commit]);
  return [value, setValue] as const;
}

/** Stage and outcome apply at once; typed text applies after a short pause. */
export function ApplicationFilters({ filter, hasFilters, onChange, onClear }: Props) {
  const commitQ = useCallback(
    (q: string) => {
      onChange({ q });
    },
    [onChange],
  );
  const commitCompany = useCallback(
    (company: string) => {
      onChange({ company });
    },
    [onChange],
  );
  const [q, setQ] = useTypedFilter(filter.q ?? '', commitQ);
  const [company, setCompany] = useTypedFilter(filter.company ?? '', commitCompany);

  return (
    <form
      role="search"
      aria-label="Filter applications"
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: q.trim(), company: company.trim() });
      }}
    >
      <div className="field filter-search">
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          value={q}
          placeholder="Company, role or notes"
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-company">Company</label>
        <input
          id="filter-company"
          name="company"
          type="text"
          value={company}
          autoComplete="off"
          onChange={(event) => {
            setCompany(event.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-stage">Stage</label>
        <select
          id="filter-stage"
          name="stage"
          value={filter.stage ?? ''}
          onChange={(event) => {
            onChange({ stage: event.target.value });
          }}
        >
          <option value="">Any stage</option>
          {stages.map((stage) => (
            <option key={stage} value={stage}>
              {stageLabels[stage]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-outcome">Outcome</label>
        <select
          id="filter-outcome"
          name="outcome"
          value={filter.outcome ?? ''}
          onChange={(event) => {
            onChange({ outcome: event.target.value });
          }}
        >
          <option value="">Any outcome</option>
          {outcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcomeLabels[outcome]}
            </option>
          ))}
        </select>
      </div>
      <div className="field checkbox-field filter-filed">
        <input
          id="filter-filed"
          name="filed"
          type="checkbox"
          checked={filter.filed === 'true'}
          onChange={(event) => {
            onChange({ filed: event.target.checked ? 'true' : '' });
          }}
        />
        <label htmlFor="filter-filed">Show filed</label>
      </div>
      <div className="filters-actions">
        {hasFilters && (
          <button type="button" className="button button-quiet" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}

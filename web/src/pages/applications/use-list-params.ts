import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import { isOutcome, isStage } from '../../../../src/core/stages.js';
import type { ApplicationFilter } from '../../api.js';

export type ListView = 'list' | 'board';
export type FilterName = 'stage' | 'outcome' | 'company' | 'q' | 'filed';

const filterNames: FilterName[] = ['stage', 'outcome', 'company', 'q', 'filed'];

/** Filters and view live in the address, so they survive a reload and work with Back. */
export function useListParams() {
  const [params, setParams] = useSearchParams();

  const filter: ApplicationFilter = {};
  const stage = params.get('stage');
  if (isStage(stage)) filter.stage = stage;
  const outcome = params.get('outcome');
  if (isOutcome(outcome)) filter.outcome = outcome;
  const company = params.get('company')?.trim();
  if (company) filter.company = company;
  const q = params.get('q')?.trim();
  if (q) filter.q = q;
  // Filed-away applications stay out of the list unless asked for.
  if (params.get('filed') === 'true') filter.filed = 'true';

  const view: ListView = params.get('view') === 'board' ? 'board' : 'list';
  const hasFilters = Object.keys(filter).length > 0;

  const update = useCallback(
    (changes: Partial<Record<FilterName | 'view', string>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clearFilters = useCallback(() => {
    update(Object.fromEntries(filterNames.map((name) => [name, ''])));
  }, [update]);

  return { filter, view, hasFilters, update, clearFilters };
}

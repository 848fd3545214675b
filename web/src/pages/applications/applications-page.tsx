import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api, type Application } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { countOf } from '../../format.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { ApplicationFilters } from './application-filters.js';
import { ApplicationBoard, ApplicationList } from './application-views.js';
import { EmptyList, NoMatches } from './empty-states.js';
import { useListParams, type ListView } from './use-list-params.js';

export function ApplicationsPage() {
  useDocumentTitle('Applications');
  const { filter, view, hasFilters, update, clearFilters } = useListParams();
  const { resource, reload, isStale } = useResource(
    () => api.listApplications(filter),
    JSON.stringify(filter),
  );
  // Empty with no filter on: nothing added yet, or everything filed away (EmptyList tells).
  const isFirstEver = resource.status === 'ready' && resource.data.length === 0 && !hasFilters;
  // "Show filed" in the empty state goes away once used; focus moves to the filter that now says so.
  const [isFiledFilterFocusDue, setIsFiledFilterFocusDue] = useState(false);
  useEffect(() => {
    if (!isFiledFilterFocusDue || isFirstEver) return;
    document.getElementById('filter-filed')?.focus();
    setIsFiledFilterFocusDue(false);
  }, [isFiledFilterFocusDue, isFirstEver]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Applications</h1>
          <p className="lead">Every application you have sent, and how far each one got.</p>
        </div>
        {!isFirstEver && (
          <Link href="/applications/new" className="button button-primary">
            Add application
          </Link>
        )}
      </div>
      {resource.status === 'loading' && <Loading what="your applications" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (isFirstEver ? (
          <EmptyList
            onShowFiled={() => {
              update({ filed: 'true' });
              setIsFiledFilterFocusDue(true);
            }}
          />
        ) : (
          <>
            <ApplicationFilters
              filter={filter}
              hasFilters={hasFilters}
              onChange={update}
              onClear={clearFilters}
            />
            <Results
              applications={resource.data}
              view={view}
              isBusy={isStale}
              onViewChange={(next) => {
                update({ view: next === 'board' ? 'board' : '' });
              }}
              onClear={clearFilters}
            />
          </>
        ))}
    </>
  );
}

type ResultsProps = {
  applications: Application[];
  view: ListView;
  isBusy: boolean;
  onViewChange: (view: ListView) => void;
  onClear: () => void;
};

function Results({ applications, view, isBusy, onViewChange, onClear }: ResultsProps) {
  return (
    <div aria-busy={isBusy}>
      <div className="toolbar">
        <p role="status" className="result-count">
          {countOf(applications.length, 'application')}
        </p>
        <div role="group" aria-label="View" className="segmented">
          {(['list', 'board'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="segmented-button"
              aria-pressed={view === option}
              onClick={() => {
                onViewChange(option);
              }}
            >
              {option === 'list' ? 'List' : 'Board'}
            </button>
          ))}
        </div>
      </div>
      {applications.length === 0 ? (
        <NoMatches onClear={onClear} />
      ) : view === 'board' ? (
        <ApplicationBoard applications={applications} />
      ) : (
        <ApplicationList applications={applications} />
      )}
    </div>
  );
}

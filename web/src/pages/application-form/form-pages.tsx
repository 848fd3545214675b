import { useLocation } from 'wouter';
import { api, type Application } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { todayForDateInput } from '../../format.js';
import { useStatus } from '../../status.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { ApplicationMissing } from '../application/application-missing.js';
import { ApplicationForm, type ApplicationValues } from './application-form.js';

export function NewApplicationPage() {
  useDocumentTitle('Add an application');
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const initial: ApplicationValues = {
    company: '',
    role: '',
    postingUrl: '',
    source: '',
    location: '',
    appliedOn: todayForDateInput(),
    stage: 'applied',
    notes: '',
  };
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Add an application</h1>
          <p className="lead">Write down what you sent. You can fill in the rest later.</p>
        </div>
      </div>
      <ApplicationForm
        initial={initial}
        isStageShown
        cancelHref="/"
        onSubmit={async (values) => {
          const created = await api.addApplication(values);
          announce(`Added ${created.role} at ${created.company}.`, { isKeptOnNavigate: true });
          navigate(`/applications/${created.id}`);
        }}
      />
    </>
  );
}

function valuesOf(application: Application): ApplicationValues {
  return {
    company: application.company,
    role: application.role,
    postingUrl: application.postingUrl ?? '',
    source: application.source ?? '',
    location: application.location ?? '',
    appliedOn: application.appliedOn ?? '',
    stage: application.stage,
    notes: application.notes ?? '',
  };
}

export function EditApplicationPage({ id }: { id: string }) {
  useDocumentTitle('Edit application');
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const { resource, reload } = useResource(() => api.getApplication(id), id);

  if (resource.status === 'loading') return <Loading what="the application" />;
  if (resource.status === 'error') {
    return resource.error.status === 404 ? (
      <ApplicationMissing message={resource.error.message} />
    ) : (
      <>
        <h1>Edit application</h1>
        <LoadError error={resource.error} onRetry={reload} />
      </>
    );
  }
  const { application } = resource.data;
  const detailHref = `/applications/${application.id}`;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Edit application</h1>
          <p className="lead">
            {application.role} at {application.company}
          </p>
        </div>
      </div>
      <ApplicationForm
        initial={valuesOf(application)}
        isStageShown={false}
        cancelHref={detailHref}
        onSubmit={async ({ stage: _unchanged, ...patch }) => {
          await api.updateApplication(application.id, patch);
          announce('Your changes are saved.', { isKeptOnNavigate: true });
          navigate(detailHref);
        }}
      />
    </>
  );
}

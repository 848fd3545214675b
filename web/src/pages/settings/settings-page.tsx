import { api } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { SettingsForm } from './settings-form.js';

export function SettingsPage() {
  useDocumentTitle('Settings');
  const { resource, reload } = useResource(() => api.getSettings(), 'settings');
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="lead">When Rebound suggests writing, and how your messages are signed.</p>
        </div>
      </div>
      {resource.status === 'loading' && <Loading what="your settings" />}
      {resource.status === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && <SettingsForm initial={resource.data} />}
    </>
  );
}

import { Link } from 'wouter';
import { isDraftKind } from '../../../../src/core/composer/types.js';
import { api, asApiError } from '../../api.js';
import { Loading, LoadError } from '../../components/load-state.js';
import { useDocumentTitle } from '../../use-document-title.js';
import { useResource } from '../../use-resource.js';
import { ApplicationMissing } from '../application/application-missing.js';
import { Composer } from './composer.js';

/** Everything the composer needs to know besides the draft itself. */
async function loadContext(id: string) {
  const [detail, settings, plan] = await Promise.all([
    api.getApplication(id),
    api.getSettings(),
    // Without a logged rejection there is no plan, and no pause to respect.
    api.getPlan(id).catch((error: unknown) => {
      if (asApiError(error).status === 400) return null;
      throw error;
    }),
  ]);
  return { detail, settings, plan };
}

export type ComposerContext = Awaited<ReturnType<typeof loadContext>>;

export function ComposerPage({ id, kind }: { id: string; kind: string }) {
  const { resource, reload } = useResource(() => loadContext(id), id);
  useDocumentTitle('Write a message');

  if (!isDraftKind(kind)) {
    return (
      <section className="empty-state">
        <h1>There is no draft of that kind</h1>
        <p>The link may be old. Your plan lists each message you can write.</p>
        <Link href={`/applications/${id}`} className="button button-secondary">
          Back to the application
        </Link>
      </section>
    );
  }
  if (resource.status === 'loading') return <Loading what="the composer" />;
  if (resource.status === 'error') {
    return resource.error.status === 404 ? (
      <ApplicationMissing message={resource.error.message} />
    ) : (
      <>
        <h1>Write a message</h1>
        <LoadError error={resource.error} onRetry={reload} />
      </>
    );
  }
  return <Composer context={resource.data} kind={kind} />;
}

import { useEffect, useRef } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { SiteHeader } from './components/site-header.js';
import { ApplicationPage } from './pages/application/application-page.js';
import { EditApplicationPage, NewApplicationPage } from './pages/application-form/form-pages.js';
import { GoalsPage } from './pages/goals/goals-page.js';
import { ImportPage } from './pages/import/import-page.js';
import { InsightsPage } from './pages/insights/insights-page.js';
import { ReviewPage } from './pages/import/review-page.js';
import { ApplicationsPage } from './pages/applications/applications-page.js';
import { ComposerPage } from './pages/composer/composer-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { SettingsPage } from './pages/settings/settings-page.js';
import { TodayPage } from './pages/today/today-page.js';
import { StatusProvider, StatusRegion, useStatus } from './status.js';

export function App() {
  return (
    <StatusProvider>
      <Layout />
    </StatusProvider>
  );
}

function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const [location] = useLocation();
  const previous = useRef(location);
  const { onNavigate } = useStatus();

  // After a client-side navigation, start reading from the new page's content.
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    onNavigate();
    mainRef.current?.focus();
  }, [location, onNavigate]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="container">
        <StatusRegion />
        <Switch>
          <Route path="/">
            <ApplicationsPage />
          </Route>
          <Route path="/today">
            <TodayPage />
          </Route>
          <Route path="/settings">
            <SettingsPage />
          </Route>
          <Route path="/insights">
            <InsightsPage />
          </Route>
          <Route path="/goals">
            <GoalsPage />
          </Route>
          <Route path="/import">
            <ImportPage />
          </Route>
          <Route path="/import/review">
            <ReviewPage />
          </Route>
          <Route path="/applications">
            <Redirect to="/" replace />
          </Route>
          <Route path="/applications/new">
            <NewApplicationPage />
          </Route>
          <Route path="/applications/:id/edit">
            {(params) => <EditApplicationPage key={params.id} id={params.id} />}
          </Route>
          <Route path="/applications/:id/compose/:kind">
            {(params) => (
              <ComposerPage key={`${params.id}/${params.kind}`} id={params.id} kind={params.kind} />
            )}
          </Route>
          <Route path="/applications/:id">
            {(params) => <ApplicationPage key={params.id} id={params.id} />}
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </main>
      <footer className="site-footer">
        <p className="container">
          Your data stays on this computer. Rebound never sends anything by itself.
        </p>
      </footer>
    </>
  );
}

import { Link, useLocation } from 'wouter';

export function SiteHeader() {
  const [location] = useLocation();
  const isList = location === '/';
  const isNew = location === '/applications/new';
  const isToday = location === '/today';
  const isSettings = location === '/settings';
  const isImport = location.startsWith('/import');
  const isInsights = location === '/insights' || location === '/goals';
  return (
    <header className="site-header">
      <nav aria-label="Main" className="container site-nav">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Rebound
        </Link>
        <ul className="nav-links">
          <li>
            <Link href="/today" className="nav-link" aria-current={isToday ? 'page' : undefined}>
              Today
            </Link>
          </li>
          <li>
            <Link href="/" className="nav-link" aria-current={isList ? 'page' : undefined}>
              Applications
            </Link>
          </li>
          <li>
            <Link
              href="/insights"
              className="nav-link"
              aria-current={isInsights ? 'page' : undefined}
            >
              Insights
            </Link>
          </li>
          <li>
            <Link
              href="/applications/new"
              className="nav-link nav-link-accent"
              aria-current={isNew ? 'page' : undefined}
            >
              Add application
            </Link>
          </li>
          <li>
            <Link href="/import" className="nav-link" aria-current={isImport ? 'page' : undefined}>
              Import email
            </Link>
          </li>
          <li>
            <Link
              href="/settings"
              className="nav-link"
              aria-current={isSettings ? 'page' : undefined}
            >
              Settings
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}

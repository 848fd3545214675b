import { Link, useLocation } from 'wouter';

export function SiteHeader() {
  const [location] = useLocation();
  const isList = location === '/';
  const isNew = location === '/applications/new';
  return (
    <header className="site-header">
      <nav aria-label="Main" className="container site-nav">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Rebound
        </Link>
        <ul className="nav-links">
          <li>
            <Link href="/" className="nav-link" aria-current={isList ? 'page' : undefined}>
              Applications
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
        </ul>
      </nav>
    </header>
  );
}

import { Link, usePageTitle } from '../router';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </section>
  );
}

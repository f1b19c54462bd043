import { useMe } from '../auth';
import { formatDate, roleTitle, useRoles } from '../roles';
import { Link, usePageTitle } from '../router';
import { ChannelAlertList } from './channels/ChannelAlertList';

export function HomePage() {
  usePageTitle('Home');
  const me = useMe();
  const { roles, error: rolesError } = useRoles();
  const roleKeys = me.user?.roles ?? me.roles;
  const rolesKnown = roles !== null || rolesError !== null;
  const roleText = roleKeys.length ? roleKeys.map((key) => roleTitle(key, roles)).join(', ') : 'No role';
  const canManageMembers = me.permissions.includes('members:manage');

  return (
    <section className="page" aria-labelledby="home-title">
      <div className="page-header">
        <div>
          <p className="eyebrow">Organisation</p>
          <h1 id="home-title" data-testid="org-name">
            {me.organization.name}
          </h1>
          <p className="muted">Created {formatDate(me.organization.createdAt)}</p>
        </div>
        <Link to="/members" className="button button-primary">
          {canManageMembers ? 'Manage members' : 'View members'}
        </Link>
      </div>

      <ChannelAlertList linkToChannels />

      <div className="grid">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">Your profile</h2>
          <dl className="details">
            <dt>Name</dt>
            <dd data-testid="user-name">{me.user?.name ?? '—'}</dd>
            <dt>E-mail</dt>
            <dd data-testid="user-email">{me.user?.email ?? '—'}</dd>
            <dt>Role</dt>
            <dd data-testid="user-role" aria-busy={!rolesKnown}>
              {rolesKnown ? roleText : 'Loading…'}
            </dd>
            {me.user && (
              <>
                <dt>Member since</dt>
                <dd>{formatDate(me.user.joinedAt)}</dd>
              </>
            )}
          </dl>
        </section>

        <section className="card" aria-labelledby="permissions-title">
          <h2 id="permissions-title">Your permissions</h2>
          {me.permissions.length === 0 ? (
            <p className="muted">You have no permissions in this organisation yet.</p>
          ) : (
            <ul className="permissions" data-testid="permissions">
              {[...me.permissions].sort().map((permission) => (
                <li key={permission}>
                  <code>{permission}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}

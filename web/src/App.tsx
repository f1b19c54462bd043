import { useEffect, useRef, type ReactNode } from 'react';
import { useAuth } from './auth';
import { Link, Navigate, safeRedirect, useLocation } from './router';
import { canSeeBilling } from './billing';
import { useChannelAlerts } from './channelAlerts';
import { canManageChannels, canSeeContacts, canSeeMessagingSettings } from './messaging';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { BillingPage } from './pages/billing/BillingPage';
import { ChannelsPage } from './pages/channels/ChannelsPage';
import { ContactsPage } from './pages/contacts/ContactsPage';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './pages/inbox/InboxPage';
import { MembersPage } from './pages/MembersPage';
import { MessagingSettingsPage } from './pages/messaging/MessagingSettingsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SandboxPhonePage } from './pages/sandbox/SandboxPhonePage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';

export function App() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page's heading so
  // that keyboard and screen-reader users land on the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" ref={mainRef} className="main">
        <Routes pathname={pathname} />
      </main>
    </>
  );
}

function Routes({ pathname }: { pathname: string }) {
  switch (pathname.replace(/\/+$/, '') || '/') {
    case '/':
      return (
        <RequireAuth>
          <HomePage />
        </RequireAuth>
      );
    case '/members':
      return (
        <RequireAuth>
          <MembersPage />
        </RequireAuth>
      );
    case '/inbox':
      return (
        <RequireAuth>
          <InboxPage />
        </RequireAuth>
      );
    case '/billing':
      return (
        <RequireAuth>
          <BillingPage />
        </RequireAuth>
      );
    case '/contacts':
      return (
        <RequireAuth>
          <ContactsPage />
        </RequireAuth>
      );
    case '/channels':
      return (
        <RequireAuth>
          <ChannelsPage />
        </RequireAuth>
      );
    case '/messaging/settings':
      return (
        <RequireAuth>
          <MessagingSettingsPage />
        </RequireAuth>
      );
    case '/sandbox':
      return (
        <RequireAuth>
          <SandboxPhonePage />
        </RequireAuth>
      );
    case '/signin':
      return (
        <GuestOnly>
          <SignInPage />
        </GuestOnly>
      );
    case '/signup':
      return (
        <GuestOnly>
          <SignUpPage />
        </GuestOnly>
      );
    case '/accept-invitation':
      return <AcceptInvitationPage />;
    default:
      return <NotFoundPage />;
  }
}

function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      Loading…
    </div>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const { href } = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const next = href === '/' ? '' : `?next=${encodeURIComponent(href)}`;
    return <Navigate to={`/signin${next}`} />;
  }
  return <>{children}</>;
}

function GuestOnly({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const { search } = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'authenticated') return <Navigate to={safeRedirect(search.get('next'))} />;
  return <>{children}</>;
}

function Header() {
  const { state, signOut } = useAuth();
  return (
    <header className="header">
      <div className="header-inner">
        <Link to="/" className="brand" aria-label="ChatNation home">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">ChatNation</span>
        </Link>
        {state.status === 'authenticated' && (
          <>
            <nav className="nav" aria-label="Main">
              <Link to="/">Home</Link>
              {state.me.permissions.includes('contacts:read') && <Link to="/inbox">Inbox</Link>}
              <Link to="/members">Members</Link>
              {canSeeContacts(state.me) && <Link to="/contacts">Contacts</Link>}
              {canManageChannels(state.me) && <ChannelsLink />}
              {canSeeMessagingSettings(state.me) && <Link to="/messaging/settings">Messaging</Link>}
              {canSeeBilling(state.me) && <Link to="/billing">Billing</Link>}
              <Link to="/sandbox">Sandbox</Link>
            </nav>
            <div className="header-account">
              <span className="header-org" data-testid="header-org">
                {state.me.organization.name}
              </span>
              <button type="button" className="button button-secondary" data-testid="signout" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          </>
        )}
      </div>
    </header>
  );
}

/** The channels entry, with the number of unread alerts about the organisation's numbers. */
function ChannelsLink() {
  const { unread } = useChannelAlerts();
  const count = unread.length;
  return (
    <Link to="/channels" aria-label={count > 0 ? `Channels, ${count} unread alert${count === 1 ? '' : 's'}` : undefined}>
      Channels
      {count > 0 && (
        <span className="nav-count" aria-hidden="true" data-testid="nav-channel-alerts">
          {count}
        </span>
      )}
    </Link>
  );
}

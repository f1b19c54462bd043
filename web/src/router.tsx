// A deliberately small client-side router on top of the History API.
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** pathname + search, as typed in the address bar. */
  href: string;
}

const LocationContext = createContext<string | null>(null);

/**
 * Holds the current location as ordinary React state, so that a navigation and
 * a state change made in the same tick (e.g. sign out + go to /signin) are
 * rendered together.
 */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [href, setHref] = useState(snapshot);
  useEffect(() => {
    const unsubscribe = subscribe(() => setHref(snapshot()));
    setHref(snapshot());
    return unsubscribe;
  }, []);
  return <LocationContext.Provider value={href}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  const href = useContext(LocationContext);
  if (href === null) throw new Error('useLocation must be used inside <RouterProvider>');
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams, href };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

/** Redirects as soon as it is rendered. */
export function Navigate({ to, replace = true }: { to: string; replace?: boolean }) {
  useEffect(() => {
    navigate(to, { replace });
  }, [to, replace]);
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const { pathname } = useLocation();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (rest.target && rest.target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  }
  const current = new URL(to, window.location.origin).pathname === pathname;
  return <a href={to} aria-current={current ? 'page' : undefined} onClick={handleClick} {...rest} />;
}

/** Accepts only same-site paths as a post-sign-in destination. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

/** Sets the document title for the current page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ChatNation`;
  }, [title]);
}
